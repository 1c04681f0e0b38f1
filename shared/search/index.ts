/**
 * Indicator search: ranks levels by how well their title, indicators and competency name match a
 * query (docs/cli.md, "Lookup"). Thai has no spaces between words, so matching is on substrings of
 * space-free keys (matchKey: NFC, no zero-width characters, Thai digits folded). The source's
 * original, misspelt text is indexed beside the corrected text, so searching a misspelling finds it;
 * looser keys (./spelling) forgive a missing, extra or wrong tone mark or vowel, always ranked
 * below what matches as typed.
 */
import { allSets, COMPETENCY_ALIASES } from '../dictionary';
import type { CompetencyCode, SetId } from '../dictionary/types';
import { matchKey } from '../text/normalize';
import { MIN_CONSONANTS, spellingKeys } from './spelling';

export interface SearchHit {
  set: SetId;
  competency: CompetencyCode;
  level: number;
  title: string;
  /** The best-matching text of the level: an indicator, or the title. */
  text: string;
  /** Higher is better; ≥ 20 matched as typed, 10–20 by `marks` keys, below 10 by consonants. */
  score: number;
}

/** A text's keys by tier (as typed, marks, consonants); each tier lists the corrected and original text. */
type Keys = [string[], string[], string[]];

interface Entry {
  set: SetId;
  competency: CompetencyCode;
  level: number;
  title: string;
  texts: { text: string; keys: Keys; isTitle: boolean }[];
  /** Competency names and code, so "จริยธรรม ระดับ 2" finds the right competency. */
  names: Keys;
}

const TIERS = [0, 1, 2] as const;
type Tier = (typeof TIERS)[number];

function keysOf(texts: string[]): Keys {
  const keys: Keys = [[], [], []];
  for (const t of texts.filter(Boolean)) {
    const k = spellingKeys(matchKey(t));
    for (const tier of TIERS) keys[tier].push(k[tier]);
  }
  return keys;
}

let INDEX: Entry[] | null = null;

function buildIndex(): Entry[] {
  const out: Entry[] = [];
  for (const set of allSets()) {
    for (const c of set.competencies) {
      const names = keysOf([c.nameTh, c.nameOriginal ?? '', c.nameEn, c.code, ...COMPETENCY_ALIASES[c.code]]);
      for (const l of c.levels) {
        const texts = [
          { text: l.title, keys: keysOf([l.title, l.titleOriginal ?? '']), isTitle: true },
          ...l.indicators.map((t, i) => ({
            text: t,
            keys: keysOf([t, l.indicatorsOriginal?.[i] ?? '']),
            isTitle: false,
          })),
        ];
        out.push({ set: set.id, competency: c.code, level: l.level, title: l.title, texts, names });
      }
    }
  }
  return out;
}

interface Term {
  keys: [string, string, string];
  /** The loosest tier this term may be compared at (short skeletons are not compared). */
  loosest: Tier;
}

/**
 * Query terms: space-separated words; "ระดับ 3" / "ระดับที่ ๓", or a digit standing alone
 * ("จริยธรรม 3"), becomes a level filter.
 */
function parseQuery(query: string): { terms: Term[]; whole: Term | null; level: number | null } {
  let level: number | null = null;
  const rest = query.replace(/ระดับ(?:ที่)?\s*([0-9๐-๙])(?![0-9๐-๙])/g, (_, d: string) => {
    level = Number(matchKey(d));
    return ' ';
  });
  const words = rest
    .split(/[\s,]+/)
    .map(matchKey)
    .filter(Boolean);
  const digit = words.findIndex((w) => /^[0-9]$/.test(w));
  if (level === null && digit >= 0) {
    level = Number(words[digit]);
    words.splice(digit, 1);
  }
  const term = (key: string): Term => {
    const keys = spellingKeys(key);
    return { keys, loosest: keys[2].length >= MIN_CONSONANTS ? 2 : 1 };
  };
  return { terms: words.map(term), whole: words.length > 1 ? term(words.join('')) : null, level };
}

export interface SearchOptions {
  set?: SetId;
  limit?: number;
}

/** How one term meets one entry: the strictest tier it matches at, and the best score there. */
function matchTerm(e: Entry, term: Term): { tier: Tier; score: number; text: string } | null {
  for (const tier of TIERS) {
    if (tier > term.loosest) break;
    const k = term.keys[tier];
    // A competency's own name or code says most; a part of a name less.
    let best = { tier, score: 0, text: e.title };
    if (e.names[tier].includes(k)) best.score = 5;
    else if (e.names[tier].some((n) => n.includes(k))) best.score = 2;
    for (const t of e.texts) {
      if (!t.keys[tier].some((x) => x.includes(k))) continue;
      // A title hit says more about the level than an indicator hit; longer terms say more than short ones.
      const s = (t.isTitle ? 3 : 2) + Math.min(k.length, 20) / 10;
      if (s > best.score) best = { tier, score: s, text: t.text };
    }
    if (best.score > 0) return best;
  }
  return null;
}

export function searchIndicators(query: string, opts: SearchOptions = {}): SearchHit[] {
  INDEX ??= buildIndex();
  const { terms, whole, level } = parseQuery(query);
  if (terms.length === 0 && level === null) return [];
  const hits: SearchHit[] = [];
  for (const e of INDEX) {
    if (opts.set && e.set !== opts.set) continue;
    if (level !== null && e.level !== level) continue;
    // Every term must match somewhere; the entry is as loose as its loosest term.
    let tier: Tier = 0;
    let sum = 0;
    let best: { tier: Tier; score: number; text: string } = { tier: 0, score: 0, text: e.title };
    let all = true;
    for (const term of terms) {
      const m = matchTerm(e, term);
      if (!m) {
        all = false;
        break;
      }
      if (m.tier > tier) tier = m.tier;
      sum += m.score;
      if (best.score === 0 || m.tier < best.tier || (m.tier === best.tier && m.score > best.score)) best = m;
    }
    if (!all) continue;
    // The whole query as one phrase (spaces ignored) is worth more than scattered words.
    if (whole && e.texts.some((t) => t.keys[tier].some((k) => k.includes(whole.keys[tier])))) sum += 3;
    // Within a tier at most (5 × terms + 3) / terms ≤ 8, so the tiers never overlap.
    const within = terms.length ? sum / terms.length : 1;
    hits.push({
      set: e.set,
      competency: e.competency,
      level: e.level,
      title: e.title,
      text: best.text,
      score: Math.round((within + 10 * (2 - tier)) * 100) / 100,
    });
  }
  hits.sort((a, b) => b.score - a.score || a.set.localeCompare(b.set) || a.level - b.level);
  return hits.slice(0, opts.limit ?? 10);
}
