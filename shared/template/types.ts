/**
 * The scoring template as data: sheets, blocks of cells, formats, dropdowns, conditional formats and
 * protected ranges. The .xlsx renderer and the Apps Script renderer both draw exactly this, so the
 * two files agree cell for cell. Rows and columns are 1-based, as in every spreadsheet.
 */

/** A formula, written without the leading "=" (the renderers add what their target needs). */
export interface Formula {
  f: string;
}

/**
 * One cell: a number, a text (always stored as text, never parsed: "=1+1" stays those four
 * characters), a formula, or null for an empty cell.
 */
export type Cell = number | string | Formula | null;

export function isFormula(c: Cell): c is Formula {
  return typeof c === 'object' && c !== null;
}

/**
 * A rectangle of cells starting at (row, col); every row has the same length. With `fillDown`,
 * `cells` is one row of formulas that fills that many rows, as a spreadsheet's fill-down does: each
 * row below gets the same formulas with their relative row references moved (see blockCell). The
 * .xlsx writes them as shared formulas, so a long list costs a few bytes a cell.
 */
export interface Block {
  row: number;
  col: number;
  cells: Cell[][];
  fillDown?: number;
}

/** A cell range in A1 notation on the sheet it belongs to, e.g. "K4:M53". */
export type A1 = string;

export type Validation =
  /** A dropdown of fixed values. */
  | { kind: 'list'; values: (string | number)[]; strict: boolean }
  /** A dropdown of the values in a range of another sheet, e.g. "'พจนานุกรม'!$C$2:$C$7". */
  | { kind: 'range'; source: string; strict: boolean }
  /** Any number from min to max. */
  | { kind: 'number'; min: number; max: number; strict: boolean };

export interface ValidationSpec {
  range: A1;
  rule: Validation;
  /** Thai help shown when a value is refused or the cell is selected. */
  help: string;
}

export interface ConditionalFormat {
  range: A1;
  /** Custom formula relative to the range's top-left cell (no leading "="). */
  formula: string;
  background: string;
  color?: string;
}

export interface RangeStyle {
  range: A1;
  bold?: boolean;
  background?: string;
  color?: string;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle';
  /** Number format, e.g. "0.00". */
  numberFormat?: string;
  /** Font size, when it differs from the workbook's. */
  size?: number;
  /** Thin borders around every cell of the range (a printed table). */
  border?: boolean;
  /**
   * Numbers in Thai digits where the engine can show them (Excel and LibreOffice, through the
   * number format's locale code; Google Sheets has no such format and shows Arabic digits).
   */
  thaiDigits?: boolean;
}

/**
 * Heights of a run of rows, in lines of text: a Thai line needs about 1.5 × the font size (marks
 * above and below the consonants), so each renderer turns lines into its own unit.
 */
export interface RowHeights {
  row: number;
  count: number;
  lines: number;
  /** Font size of those rows, when it differs from the workbook's. */
  size?: number;
}

/** How a sheet prints (A4). Apps Script cannot set these; the README says what to choose in Sheets. */
export interface PrintSpec {
  orientation: 'portrait' | 'landscape';
  /** Fit to this many pages wide and tall; 0 = as many as needed. */
  fitWidth: number;
  fitHeight: number;
  area: A1;
  /** Rows printed again at the top of every page. */
  repeatRows?: { first: number; last: number };
  /** Centred page footer; {page} and {pages} stand for the page number and the page count. */
  footer: string;
}

export interface ColumnSpec {
  /** Width in characters (the .xlsx unit); the Sheets renderer converts to pixels. */
  width: number;
  hidden?: boolean;
}

export interface SheetSpec {
  name: string;
  columns: ColumnSpec[];
  blocks: Block[];
  frozen?: { rows: number; columns: number };
  styles: RangeStyle[];
  validations: ValidationSpec[];
  conditionalFormats: ConditionalFormat[];
  /** Ranges holding formulas: locked against edits (a warning in Sheets). */
  protectedRanges: A1[];
  /** Merged ranges (titles that span the table). */
  merges?: A1[];
  rowHeights?: RowHeights[];
  print?: PrintSpec;
  /** Hide the grid (a sheet laid out as a printed form). */
  hideGridlines?: boolean;
}

export interface FontSpec {
  /** For .xlsx: the font Thai government offices use (LibreOffice substitutes a metric twin). */
  xlsx: string;
  /** For Google Sheets: a Thai font that Sheets offers. */
  sheets: string;
  size: number;
  sheetsSize: number;
}

export interface TemplateDescription {
  title: string;
  font: FontSpec;
  sheets: SheetSpec[];
}
