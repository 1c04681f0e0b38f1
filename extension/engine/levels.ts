/** Reading a level from what the page shows for one choice: "ระดับ 3", "๓", "3 - …", or a level title. */
import type { CompetencyCode } from '../../shared/dictionary/types';
import { cleanText, matchKey } from '../../shared/text/normalize';
import { levelTitles, type TitleEntry } from './level-titles';
import { EXPECTED_WORDS, LEVEL_ABOVE, LEVEL_NUMBER, LEVEL_WORD } from './rules';

// Pure: a bundle that imports this module without reading levels (the page picker) leaves the titles out.
const TITLES: readonly TitleEntry[] = /* @__PURE__ */ levelTitles();

/** Shortest text we accept as a shortened title ("แสดงความมุ่งมั่น…"). */
const MIN_TITLE_PREFIX = 8;
/** What may follow a title in a label (punctuation, a stray word) without it becoming another text. */
const TITLE_SLACK = 4;

/**
 * The level whose title a text is: the title itself (give or take a few characters) or its
 * beginning. Indicator texts often start with a level's title ("ธำรงความถูกต้อง ยืนหยัด…" is a
 * level-5 behaviour beginning with the level-4 title), so a longer text is never a title.
 */
function levelFromTitle(text: string, code: CompetencyCode): number | null {
  const k = matchKey(text.replace(/(?:\.{3}|…)\s*$/, ''));
  if (k.length < MIN_TITLE_PREFIX) return null;
  let found: number | null = null;
  for (const t of TITLES) {
    if (t.code !== code) continue;
    const same = k.startsWith(t.key) ? k.length <= t.length + TITLE_SLACK : t.key.startsWith(k);
    if (!same) continue;
    if (found !== null && found !== t.level) return null; // two levels claim it: not a title
    found = t.level;
  }
  return found;
}

/**
 * The level a text names, or null: "แสดงสมรรถนะระดับที่ 2 และ…" (how OCSC titles above level 1
 * begin) is level 3; then a level title (one mentions ความคาดหวัง); then "ระดับ 3" at the start or a bare
 * number ("๓", "(3)", "3 - …"); then "ระดับ N" anywhere. Texts about the expected level never count.
 */
export function levelFromText(raw: string, code: CompetencyCode | null): number | null {
  // Pure, and a grid repeats the same few option texts thousands of times.
  const key = `${code ?? ''}|${raw}`;
  let level = levelCache.get(key);
  if (level === undefined) {
    level = readLevel(raw, code);
    if (levelCache.size > 5000) levelCache.clear();
    levelCache.set(key, level);
  }
  return level;
}

const levelCache = new Map<string, number | null>();

function readLevel(raw: string, code: CompetencyCode | null): number | null {
  const text = cleanText(raw);
  if (!text) return null;
  const above = LEVEL_ABOVE.exec(text);
  if (above) return Number(above[1]) + 1;
  const title = code ? levelFromTitle(text, code) : null;
  if (title !== null) return title;
  if (EXPECTED_WORDS.test(text)) return null;
  const word = LEVEL_WORD.exec(text);
  if (word && word.index <= 2) return Number(word[1]);
  const num = LEVEL_NUMBER.exec(text);
  if (num) return Number(num[1]);
  // "…สมรรถนะระดับที่ 2 และ…" describes the level above 2: never read it as 2.
  return word && !/สมรรถนะ\s*$/.test(text.slice(0, word.index)) ? Number(word[1]) : null;
}

/** A value attribute that is a plain small number ("3"), the last resort for unlabeled choices. */
export function levelFromValue(value: string | null): number | null {
  if (value === null) return null;
  const t = cleanText(value);
  return /^\d$/.test(t) ? Number(t) : null;
}

/** True when every known level is different: a mapping we can trust to pick one choice. */
export function distinctLevels(levels: readonly (number | null)[]): boolean {
  const seen = new Set<number>();
  for (const l of levels) {
    if (l === null) continue;
    if (seen.has(l)) return false;
    seen.add(l);
  }
  return seen.size > 0;
}
