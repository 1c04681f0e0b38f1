/**
 * Thai text normalisation used everywhere text from a person, a form or a file meets our data.
 * One place for each rule: NFC, zero-width characters, Thai digits, spacing.
 */

/** U+200B–U+200D (zero-width space / non-joiner / joiner), U+2060 word joiner, U+FEFF BOM, soft hyphen. */
const ZERO_WIDTH_CHARS = '\\u200B-\\u200D\\u2060\\uFEFF\\u00AD';
const ZERO_WIDTH = new RegExp(`[${ZERO_WIDTH_CHARS}]`, 'g');
const THAI_DIGITS = /[\u0E50-\u0E59]/g;
const ASCII_DIGITS = /[0-9]/g;
/** Every kind of white space, including no-break space and the ideographic space. */
const SPACE_CHARS = '\\s\\u00A0\\u3000';
const SPACES = new RegExp(`[${SPACE_CHARS}]+`, 'g');
/** Control characters (NUL, escape, …) never belong in a name or label: they count as a space. */
const CONTROL_CHARS = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F';
const CONTROLS = new RegExp(`[${CONTROL_CHARS}]`, 'g');
/** Half of a surrogate pair without its other half is not text at all. */
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A JSON Schema `pattern` (a Unicode regular expression) that a string matches exactly when
 * cleanText leaves something of it: a character that is no space, control, zero-width character or
 * lone surrogate half. Lets a schema refuse text that only looks filled in.
 */
export const SHOWS_TEXT = `[^${SPACE_CHARS}${CONTROL_CHARS}${ZERO_WIDTH_CHARS}\\uD800-\\uDFFF]`;

export function stripZeroWidth(s: string): string {
  return s.replace(ZERO_WIDTH, '');
}

/** ๐–๙ → 0–9. */
export function foldThaiDigits(s: string): string {
  return s.replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50));
}

/** 0–9 → ๐–๙, for printed forms. */
export function toThaiDigits(s: string | number): string {
  return String(s).replace(ASCII_DIGITS, (d) => String.fromCharCode(0x0e50 + Number(d)));
}

/** NFC, zero-width and control characters removed, Thai digits folded, runs of space collapsed, trimmed. */
export function cleanText(s: string): string {
  return foldThaiDigits(
    stripZeroWidth(s.replace(LONE_SURROGATES, '').replace(CONTROLS, ' ').normalize('NFC')),
  )
    .replace(SPACES, ' ')
    .trim();
}

/**
 * A free text a person writes (evidence, a plan): NFC, and every line break (CRLF, CR) as LF.
 * Unlike cleanText it keeps the text's own spacing, zero-width joiners and line breaks.
 */
export function cleanLongText(s: string): string {
  return s.normalize('NFC').replace(/\r\n?/g, '\n');
}

/** Thai vowel and tone marks written above or below the letter before them. */
const THAI_MARK = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;

/**
 * A text as one line of a list: spacing and line breaks as single spaces, cut at about `max`
 * characters with "…" (never between a Thai letter and its marks).
 */
export function oneLine(s: string, max = 40): string {
  const line = cleanText(s);
  if (line.length <= max) return line;
  let end = max;
  while (end > 1 && THAI_MARK.test(line[end] ?? '')) end--;
  // …nor after a vowel written before its letter (เ แ โ ใ ไ).
  while (end > 1 && /[\u0E40-\u0E44]/.test(line[end - 1] ?? '')) end--;
  return `${line.slice(0, end)}…`;
}

/** Control characters other than a line break (C0 and C1, tab included). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROLS_BUT_LF = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

/** The first character a free text may not hold (after cleanLongText), as "U+0009", or null. */
export function refusedCharacter(s: string): string | null {
  const at = [s.search(CONTROLS_BUT_LF), s.search(LONE_SURROGATES)].filter((i) => i >= 0);
  if (!at.length) return null;
  return `U+${s
    .charCodeAt(Math.min(...at))
    .toString(16)
    .toUpperCase()
    .padStart(4, '0')}`;
}

/**
 * A key for comparing Thai text: cleanText without any spaces and lower-cased. Thai writes no
 * spaces between words, and sources insert stray ones ("ประ สิทธิภาพ"), so spaces never matter.
 */
export function matchKey(s: string): string {
  return cleanText(s).replace(/ /g, '').toLowerCase();
}

/** Parses an integer written with ASCII or Thai digits (surrounding space allowed); otherwise null. */
export function parseThaiInt(s: string): number | null {
  const t = cleanText(s);
  return /^[+-]?\d+$/.test(t) ? Number(t) : null;
}

/** Parses a decimal number written with ASCII or Thai digits ("๘๐.๕", "80.5", "80,5" is refused). */
export function parseThaiNumber(s: string): number | null {
  const t = cleanText(s);
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : null;
}

/** Display width in a monospace terminal: Thai vowels and tone marks above/below take no column. */
export function displayWidth(s: string): number {
  let w = 0;
  // Characters (code points, not UTF-16 units) that are not combining marks.
  for (const _ of s.replace(COMBINING_MARKS, '')) w++;
  return w;
}
const COMBINING_MARKS = /\p{Mn}/gu;
