/**
 * Indicator search: ranks levels by how well their title and indicators match a query.
 * Thai has no spaces between words, so matching is on substrings of space-free keys
 * (matchKey: NFC, no zero-width characters, Thai digits folded). The source's original,
 * misspelt text is indexed beside the corrected text, so searching a misspelling finds it.
 */
import { allSets } from '../dictionary';
import type { CompetencyCode, SetId } from '../dictionary/types';
import { matchKey } from '../text/normalize';

export interface SearchHit {
  set: SetId;
  competency: CompetencyCode;
  level: number;
  title: string;
  /** The best-matching text of the level: an indicator, or the title. */
  text: string;
  score: number;
}

interface Entry {
  set: SetId;
  competency: CompetencyCode;
  level: number;
  title: string;
  /** Displayed text and its keys (corrected and original). */
  texts: { text: string; keys: string[]; isTitle: boolean }[];
  /** Competency names, so "จริยธรรม ระดับ 2" finds the right competency. */
  nameKeys: string[];
}

let INDEX: Entry[] | null = null;

function buildIndex(): Entry[] {
  const out: Entry[] = [];
  for (const set of allSets()) {
    for (const c of set.competencies) {
      const nameKeys = [c.nameTh, c.nameOriginal ?? '', c.nameEn, c.code].filter(Boolean).map(matchKey);
      for (const l of c.levels) {
        const texts = [
          { text: l.title, keys: [l.title, l.titleOriginal ?? ''], isTitle: true },
          ...l.indicators.map((t, i) => ({
            text: t,
            keys: [t, l.indicatorsOriginal?.[i] ?? ''],
            isTitle: false,
          })),
        ].map((t) => ({ ...t, keys: t.keys.filter(Boolean).map(matchKey) }));
        out.push({ set: set.id, competency: c.code, level: l.level, title: l.title, texts, nameKeys });
      }
    }
  }
  return out;
}

/** Query terms: space-separated words as keys; "ระดับ 3" / "ระดับที่ ๓" becomes a level filter. */
function parseQuery(query: string): { terms: string[]; whole: string; level: number | null } {
  let level: number | null = null;
  const rest = query.replace(/ระดับ(?:ที่)?\s*([0-9๐-๙])(?![0-9๐-๙])/g, (_, d: string) => {
    level = Number(matchKey(d));
    return ' ';
  });
  const terms = rest
    .split(/[\s,]+/)
    .map(matchKey)
    .filter(Boolean);
  return { terms, whole: matchKey(rest), level };
}

export interface SearchOptions {
  set?: SetId;
  limit?: number;
}

export function searchIndicators(query: string, opts: SearchOptions = {}): SearchHit[] {
  INDEX ??= buildIndex();
  const { terms, whole, level } = parseQuery(query);
  if (terms.length === 0 && level === null) return [];
  const hits: SearchHit[] = [];
  for (const e of INDEX) {
    if (opts.set && e.set !== opts.set) continue;
    if (level !== null && e.level !== level) continue;
    let score = 0;
    let best = { text: e.title, score: 0 };
    for (const term of terms) {
      const inName = e.nameKeys.some((k) => k.includes(term));
      let termBest = inName ? 2 : 0;
      for (const t of e.texts) {
        if (!t.keys.some((k) => k.includes(term))) continue;
        // A title hit says more about the level than an indicator hit; longer terms say more than short ones.
        const s = (t.isTitle ? 3 : 2) + Math.min(term.length, 20) / 10;
        if (s > termBest) termBest = s;
        if (s > best.score) best = { text: t.text, score: s };
      }
      if (termBest === 0) {
        score = 0;
        break; // every term must match somewhere
      }
      score += termBest;
    }
    if (terms.length === 0) score = 1;
    if (score === 0) continue;
    // The whole query as one phrase (spaces ignored) is worth more than scattered words.
    if (terms.length > 1 && e.texts.some((t) => t.keys.some((k) => k.includes(whole)))) score += 3;
    hits.push({
      set: e.set,
      competency: e.competency,
      level: e.level,
      title: e.title,
      text: best.text,
      score: Math.round(score * 100) / 100,
    });
  }
  hits.sort((a, b) => b.score - a.score || a.set.localeCompare(b.set) || a.level - b.level);
  return hits.slice(0, opts.limit ?? 10);
}
