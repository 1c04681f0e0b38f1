/** A1 notation helpers. */

/** 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export function rangeA1(row: number, col: number, rows = 1, cols = 1): string {
  const start = cellA1(row, col);
  return rows === 1 && cols === 1 ? start : `${start}:${cellA1(row + rows - 1, col + cols - 1)}`;
}

/** A sheet name as formulas quote it: 'คะแนน' (an apostrophe inside is doubled). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** An absolute reference to a range of another sheet: 'ตั้งค่า'!$B$2:$B$3. */
export function absRef(sheet: string, row: number, col: number, rows = 1, cols = 1): string {
  const abs = (r: number, c: number) => `$${columnLetter(c)}$${r}`;
  const end = rows === 1 && cols === 1 ? '' : `:${abs(row + rows - 1, col + cols - 1)}`;
  return `${quoteSheet(sheet)}!${abs(row, col)}${end}`;
}

export interface ParsedRange {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** "B2:D5" → {row 2, col 2, rows 4, cols 3}; "B2" is one cell. No sheet names, no "$". */
export function parseRange(a1: string): ParsedRange {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1.replace(/\$/g, ''));
  if (!m) throw new Error(`not an A1 range: ${a1}`);
  const row = Number(m[2]);
  const col = columnNumber(m[1]!);
  const row2 = m[4] ? Number(m[4]) : row;
  const col2 = m[3] ? columnNumber(m[3]) : col;
  return { row, col, rows: row2 - row + 1, cols: col2 - col + 1 };
}

/**
 * A cell reference in a formula: optional "$", column letters, optional "$", row. Not part of a
 * longer name (LOG10 is a function, not column LOG row 10) and not a function call.
 */
const CELL_REF = /(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)([1-9]\d*)(?![A-Za-z0-9_(])/g;
/** Text a formula holds verbatim: a string literal or a quoted sheet name. */
const VERBATIM = /("(?:[^"]|"")*"|'(?:[^']|'')*')/;

/**
 * The formula as a spreadsheet's fill-down writes it `by` rows lower: every relative row number
 * moves by `by`; absolute rows ($5), strings and sheet names stay as they are.
 */
export function slideRows(formula: string, by: number): string {
  if (by === 0) return formula;
  return formula
    .split(VERBATIM)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(CELL_REF, (ref, d1: string, col: string, d2: string, row: string) =>
            d2 ? ref : `${d1}${col}${d2}${Number(row) + by}`,
          ),
    )
    .join('');
}
