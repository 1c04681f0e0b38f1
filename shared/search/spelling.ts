/**
 * Keys that forgive how Thai is typed. A match key (matchKey) compared as it is finds text spelt as
 * typed; these two looser keys find it despite a missing, extra or wrong tone mark or vowel:
 *
 * - `marks`: tone marks (่ ้ ๊ ๋), ็, ์, ํ dropped; the vowels people swap folded together
 *   (ี → ิ, ื → ึ, ู → ุ, ใ → ไ, ำ → ัม). "บริการทีดี" meets "บริการที่ดี", "ทำงานเปนทีม" meets
 *   "ทำงานเป็นทีม", "มุ่งผลสำฤทธิ์" meets "มุ่งผลสัมฤทธิ์".
 * - `consonants`: the `marks` key without any vowel sign either, so a vowel left out or typed in
 *   the wrong place still meets the word ("เชียวชาญ" and "เชี่ยวชาญ" both read ชยวชญ).
 */

const TONE_AND_SIGNS = /[\u0E47-\u0E4B\u0E4C\u0E4D\u0E4E]/g;
const SAME_VOWEL: Record<string, string> = {
  '\u0E35': '\u0E34', // ี → ิ
  '\u0E37': '\u0E36', // ื → ึ
  '\u0E39': '\u0E38', // ู → ุ
  '\u0E43': '\u0E44', // ใ → ไ
};
/** Vowel signs above, below, before and after a consonant (ฤ and ฦ count as consonants). */
const VOWELS = /[\u0E30-\u0E3A\u0E40-\u0E45]/g;

/** Tone marks and signs dropped, vowels people swap folded together. Input: a match key. */
export function marksKey(key: string): string {
  return key
    .replace(/\u0E4D\u0E32/g, '\u0E33') // ํ + า typed for ำ
    .replace(/\u0E33/g, '\u0E31\u0E21') // ำ and ัม read alike
    .replace(TONE_AND_SIGNS, '')
    .replace(/[\u0E35\u0E37\u0E39\u0E43]/g, (v) => SAME_VOWEL[v]!);
}

/** Only the consonants (and digits, Latin letters) of a marks key. */
export function consonantsKey(marks: string): string {
  return marks.replace(VOWELS, '');
}

/**
 * The keys of a text, strictest first: as typed, `marks`, `consonants`. Tier i of a query term is
 * compared with tier i of a text.
 */
export function spellingKeys(key: string): [string, string, string] {
  const marks = marksKey(key);
  return [key, marks, consonantsKey(marks)];
}

/**
 * The fewest consonants a term needs before it is compared by consonants alone: shorter skeletons
 * ("ทม" of ทีม) are found inside too many unrelated words.
 */
export const MIN_CONSONANTS = 3;
