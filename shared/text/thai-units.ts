/**
 * Where Thai text may wrap onto a new line. Thai has no spaces between words, so a browser needs a
 * word list to find line breaks; Firefox's own (a statistical model) splits words of our texts such
 * as "สมรรถ|นะ" and "รอบ|คอบ". This splits a text into units that must each stay on one line,
 * using a word list made at build time from our own texts with a full dictionary
 * (scripts/gen-thai-words.ts → thai-words.generated.ts). See docs/browser-tests.md, "Thai line breaks".
 */
import { THAI_WORDS } from './thai-words.generated';

/** Thai letters, vowels and marks, as a character class's contents (not the Thai digits, which break like other digits). */
export const THAI_LETTERS = '\\u0E01-\\u0E4F';

/**
 * An abbreviation written with full stops (ก.พ., อ.ก.พ., พ.ศ.), which is one word, or a run of
 * Thai letters and marks.
 */
const THAI_RUN = new RegExp(
  `(?<abbreviation>(?:[${THAI_LETTERS}]{1,3}\\.)+[${THAI_LETTERS}]{1,3}\\.?(?![${THAI_LETTERS}]))|[${THAI_LETTERS}]+`,
  'g',
);
/** Marks and following vowels that belong to the letter before them: never a unit's first character. */
const TRAILING = /[\u0E30-\u0E3A\u0E45-\u0E4E]/;
/** Leading vowels (เ แ โ ใ ไ) belong to the letter after them: never a unit's last character. */
const LEADING = /[\u0E40-\u0E44]/;

let words: Set<string> | undefined;
let longest = 0;

function wordSet(): Set<string> {
  if (!words) {
    words = new Set(THAI_WORDS.split('\n').filter(Boolean));
    for (const w of words) longest = Math.max(longest, w.length);
  }
  return words;
}

/** May a line begin at `i` in `s` as far as the letters go (not splitting a letter from its marks)? */
function canBreakAt(s: string, i: number): boolean {
  return i <= 0 || i >= s.length || (!TRAILING.test(s.charAt(i)) && !LEADING.test(s.charAt(i - 1)));
}

/** The cheapest split of a run's first i letters: [unknown letters, pieces, previous index, last piece known]. */
type Best = [number, number, number, boolean];

/**
 * Splits one run of Thai letters into words: the split with the fewest letters outside the word
 * list, then the fewest pieces. Letters outside the list (a name, a word we never print) stay
 * together as one piece, so a name is not split either.
 */
export function splitThaiRun(run: string): string[] {
  const dict = wordSet();
  const n = run.length;
  const best: (Best | undefined)[] = new Array(n + 1);
  best[0] = [0, 0, -1, true];
  const better = (i: number, unknown: number, pieces: number, from: number, known: boolean) => {
    const cur = best[i];
    if (!cur || unknown < cur[0] || (unknown === cur[0] && pieces < cur[1]))
      best[i] = [unknown, pieces, from, known];
  };
  for (let i = 0; i < n; i++) {
    const at = best[i];
    if (!at || !canBreakAt(run, i)) continue;
    for (let len = Math.min(longest, n - i); len >= 2; len--) {
      if (canBreakAt(run, i + len) && dict.has(run.slice(i, i + len)))
        better(i + len, at[0], at[1] + 1, i, true);
    }
    // One letter (with its marks) outside the list; it joins an unknown piece before it.
    let j = i + 1;
    while (j < n && !canBreakAt(run, j)) j++;
    better(j, at[0] + (j - i), at[1] + (at[3] ? 1 : 0), i, false);
  }
  return piecesFrom(run, best);
}

function piecesFrom(run: string, best: (Best | undefined)[]): string[] {
  const steps: { from: number; to: number; known: boolean }[] = [];
  for (let i = run.length; i > 0; ) {
    const [, , from, known] = best[i]!;
    steps.unshift({ from, to: i, known });
    i = from;
  }
  const pieces: string[] = [];
  let lastKnown = true;
  for (const { from, to, known } of steps) {
    const piece = run.slice(from, to);
    if (!known && !lastKnown) pieces[pieces.length - 1] += piece;
    else pieces.push(piece);
    lastKnown = known;
  }
  return pieces;
}

/**
 * Letters outside the word list longer than this are not kept together: most likely text the list
 * has not seen (a sentence someone typed) rather than one name, and better broken by the browser
 * than sticking out of the panel.
 */
const LONGEST_UNKNOWN = 10;

/**
 * A text as pieces in order: Thai words to keep on one line (`keep`) and the rest (spaces, Latin,
 * digits, long text outside the word list — left to the browser). Joined, the pieces are the text
 * unchanged.
 */
export function thaiLineUnits(text: string): { text: string; keep: boolean }[] {
  const out: { text: string; keep: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(THAI_RUN)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), keep: false });
    if (m.groups?.abbreviation) out.push({ text: m[0], keep: true });
    else
      for (const w of splitThaiRun(m[0]))
        out.push({ text: w, keep: w.length > 1 && (wordSet().has(w) || w.length <= LONGEST_UNKNOWN) });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), keep: false });
  return withPunctuation(out);
}

/** Punctuation that never begins a line, and punctuation that never ends one. */
const CLOSING = /^[:;,.!?)\]}”’»%…ๆฯ]+/;
const OPENING = /[([{“‘«]+$/;

/**
 * A word takes the closing punctuation right after it and the opening punctuation right before it
 * ("ช่อง:", "(และ"), so that neither is left alone at the start or end of a line.
 */
function withPunctuation(units: { text: string; keep: boolean }[]): { text: string; keep: boolean }[] {
  for (const [i, unit] of units.entries()) {
    if (!unit.keep) continue;
    const next = units[i + 1];
    const close = next && !next.keep ? CLOSING.exec(next.text)?.[0] : undefined;
    if (next && close) {
      unit.text += close;
      next.text = next.text.slice(close.length);
    }
    const prev = units[i - 1];
    const open = prev && !prev.keep ? OPENING.exec(prev.text)?.[0] : undefined;
    if (prev && open) {
      unit.text = open + unit.text;
      prev.text = prev.text.slice(0, -open.length);
    }
  }
  return units.filter((u) => u.text !== '');
}
