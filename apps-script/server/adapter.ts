/**
 * The thin adapter between the add-on and SpreadsheetApp. Every method is one block operation on
 * a range, never a loop over cells, so the number of calls does not grow with the number of people.
 * The real one wraps SpreadsheetApp (./spreadsheet-app); tests use the in-memory one (./memory-adapter).
 */
import type { A1, ConditionalFormat, RangeStyle, Validation } from '../../shared/template/types';

export type SheetValue = string | number | boolean;

export interface SheetInfo {
  name: string;
  /** Last row and column holding anything (0 for an empty sheet). */
  lastRow: number;
  lastColumn: number;
}

export type Style = Omit<RangeStyle, 'range'>;

export interface SheetsAdapter {
  /** Every sheet, in tab order. */
  sheets(): SheetInfo[];
  insertSheet(name: string, index: number): void;
  deleteSheet(name: string): void;
  /**
   * Clears formats, validations, conditional formats, protections, frozen panes and hidden columns;
   * contents too unless `keepContents`.
   */
  resetSheet(name: string, keepContents: boolean): void;
  /**
   * Writes a block as a person would type it: "=…" is a formula, a leading apostrophe keeps the
   * rest as text, and other strings may be read as numbers.
   */
  setValues(sheet: string, row: number, col: number, values: SheetValue[][]): void;
  /** Writes a block of formulas, each starting with "=". */
  setFormulas(sheet: string, row: number, col: number, formulas: string[][]): void;
  getValues(sheet: string, row: number, col: number, rows: number, cols: number): SheetValue[][];
  /** The formula of each cell ("=…"), or "" where a cell holds a plain value. */
  getFormulas(sheet: string, row: number, col: number, rows: number, cols: number): string[][];
  setFont(sheet: string, range: A1, family: string, size: number): void;
  setStyle(sheet: string, range: A1, style: Style): void;
  setValidation(sheet: string, range: A1, rule: Validation, help: string): void;
  /** Replaces all of a sheet's conditional formats. */
  setConditionalFormats(sheet: string, rules: ConditionalFormat[]): void;
  setColumnWidths(sheet: string, col: number, count: number, pixels: number): void;
  hideColumns(sheet: string, col: number, count: number): void;
  merge(sheet: string, range: A1): void;
  setRowHeights(sheet: string, row: number, count: number, pixels: number): void;
  /** Hides the grid, for a sheet laid out as a printed form. */
  hideGridlines(sheet: string): void;
  freeze(sheet: string, rows: number, cols: number): void;
  /** Marks ranges as protected (a warning before an edit). */
  protectRanges(sheet: string, ranges: A1[], description: string): void;
  activate(sheet: string): void;
  /** The cell the user has selected (the active range's top-left cell), or null when there is none. */
  activeCell(): { sheet: string; row: number; col: number } | null;
}
