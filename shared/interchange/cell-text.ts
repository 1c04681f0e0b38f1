/**
 * Text in spreadsheet cells, written so that it reads back exactly and never runs as a formula:
 * the apostrophe escape of CSV and typed input, and the _xHHHH_ escape of Office Open XML strings.
 */

/**
 * Text a spreadsheet would run as a formula gets a leading apostrophe, so it stays text (CSV, where
 * every cell is typed input). Text that already starts with an apostrophe before such a character
 * gets one more, so it reads back unchanged.
 */
export function escapeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : keepApostrophe(text);
}

/**
 * For a cell that is text already (an .xlsx string, a value Sheets takes after its own apostrophe):
 * only text that looks escaped ("'=x") gets one more apostrophe, so readers do not take it off.
 */
export function keepApostrophe(text: string): string {
  return /^'[=+\-@\t\r']/.test(text) ? `'${text}` : text;
}

/** Undoes escapeFormula and keepApostrophe: "'=x" read back is "=x" (a value, never a formula), "''=x" is "'=x". */
export function unescapeCell(s: string): string {
  return /^'[=+\-@\t\r']/.test(s) ? s.slice(1) : s;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: characters XML cannot hold are the point
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

/**
 * A string as an .xlsx holds it (ECMA-376 ST_Xstring): characters XML cannot hold become _xHHHH_,
 * and a literal "_x0041_" keeps its underscore as _x005F_, as Excel writes them.
 */
export function ooxmlEscape(s: string): string {
  return s.replace(NOT_IN_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** Undoes ooxmlEscape: the text of an .xlsx string as Excel shows it. */
export function ooxmlUnescape(s: string): string {
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
