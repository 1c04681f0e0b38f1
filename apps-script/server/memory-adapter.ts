/**
 * An in-memory spreadsheet behind the adapter interface, for tests and the benchmark. It records
 * every call and reads setValues input the way Sheets reads typed input, so a renderer that forgot
 * to protect text ("=…", "001") is caught here.
 */
import { type ParsedRange, parseRange } from '../../shared/template/a1';
import type { A1, ConditionalFormat, Validation } from '../../shared/template/types';
import type { SheetInfo, SheetsAdapter, SheetValue, Style } from './adapter';

export interface MemoryCell {
  value: SheetValue;
  /** "=…" for a formula cell ("" otherwise). */
  formula: string;
}

interface Rule {
  rect: ParsedRange;
  rule: Validation;
  help: string;
}

export interface MemorySheet {
  name: string;
  cells: Map<number, Map<number, MemoryCell>>;
  styles: { rect: ParsedRange; style: Style }[];
  fonts: { rect: ParsedRange; family: string; size: number }[];
  validations: Rule[];
  conditionalFormats: ConditionalFormat[];
  protections: { ranges: A1[]; description: string }[];
  widths: Map<number, number>;
  hidden: Set<number>;
  merges: A1[];
  frozen: { rows: number; cols: number };
  /** Row heights in pixels, by row. */
  heights: Map<number, number>;
  gridlinesHidden: boolean;
}

export interface Call {
  op: keyof SheetsAdapter;
  sheet?: string;
}

const inside = (r: ParsedRange, row: number, col: number) =>
  row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;

/** What Sheets makes of a typed value. */
export function parseTyped(v: SheetValue): MemoryCell {
  if (typeof v !== 'string') return { value: v, formula: '' };
  if (v.startsWith('=')) return { value: '', formula: v };
  if (v.startsWith("'")) return { value: v.slice(1), formula: '' };
  const t = v.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return { value: Number(t), formula: '' };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true', formula: '' };
  return { value: v, formula: '' };
}

function emptySheet(name: string): MemorySheet {
  return {
    name,
    cells: new Map(),
    styles: [],
    fonts: [],
    validations: [],
    conditionalFormats: [],
    protections: [],
    widths: new Map(),
    hidden: new Set(),
    merges: [],
    frozen: { rows: 0, cols: 0 },
    heights: new Map(),
    gridlinesHidden: false,
  };
}

export class MemoryAdapter implements SheetsAdapter {
  readonly book: MemorySheet[] = [];
  readonly calls: Call[] = [];
  active = '';

  constructor(sheetNames: string[] = ['ชีต1']) {
    for (const n of sheetNames) this.book.push(emptySheet(n));
  }

  private log(op: keyof SheetsAdapter, sheet?: string) {
    this.calls.push(sheet === undefined ? { op } : { op, sheet });
  }

  sheet(name: string): MemorySheet {
    const s = this.book.find((x) => x.name === name);
    if (!s) throw new Error(`ไม่มีชีต "${name}"`);
    return s;
  }

  cell(sheet: string, row: number, col: number): MemoryCell {
    return this.sheet(sheet).cells.get(row)?.get(col) ?? { value: '', formula: '' };
  }

  /** The validation in force at a cell: the last one set over it. */
  validationAt(sheet: string, row: number, col: number): { rule: Validation; help: string } | null {
    const found = this.sheet(sheet)
      .validations.filter((v) => inside(v.rect, row, col))
      .at(-1);
    return found ? { rule: found.rule, help: found.help } : null;
  }

  private write(sheet: string, row: number, col: number, grid: MemoryCell[][]) {
    const s = this.sheet(sheet);
    grid.forEach((line, i) => {
      const r = s.cells.get(row + i) ?? new Map<number, MemoryCell>();
      s.cells.set(row + i, r);
      line.forEach((c, j) => {
        if (c.value === '' && !c.formula) r.delete(col + j);
        else r.set(col + j, c);
      });
    });
  }

  sheets(): SheetInfo[] {
    this.log('sheets');
    return this.book.map((s) => {
      let lastRow = 0;
      let lastColumn = 0;
      for (const [r, line] of s.cells) {
        if (line.size === 0) continue;
        lastRow = Math.max(lastRow, r);
        for (const c of line.keys()) lastColumn = Math.max(lastColumn, c);
      }
      return { name: s.name, lastRow, lastColumn };
    });
  }

  insertSheet(name: string, index: number): void {
    this.log('insertSheet', name);
    if (this.book.some((s) => s.name === name)) throw new Error(`มีชีต "${name}" อยู่แล้ว`);
    this.book.splice(Math.min(index, this.book.length), 0, emptySheet(name));
  }

  deleteSheet(name: string): void {
    this.log('deleteSheet', name);
    this.book.splice(this.book.indexOf(this.sheet(name)), 1);
  }

  resetSheet(name: string, keepContents: boolean): void {
    this.log('resetSheet', name);
    const s = this.sheet(name);
    const fresh = emptySheet(name);
    if (keepContents) fresh.cells = s.cells;
    Object.assign(s, fresh);
  }

  setValues(sheet: string, row: number, col: number, values: SheetValue[][]): void {
    this.log('setValues', sheet);
    this.write(
      sheet,
      row,
      col,
      values.map((line) => line.map(parseTyped)),
    );
  }

  setFormulas(sheet: string, row: number, col: number, formulas: string[][]): void {
    this.log('setFormulas', sheet);
    for (const f of formulas.flat()) if (!f.startsWith('=')) throw new Error(`not a formula: ${f}`);
    this.write(
      sheet,
      row,
      col,
      formulas.map((line) => line.map((f) => ({ value: '', formula: f }))),
    );
  }

  getValues(sheet: string, row: number, col: number, rows: number, cols: number): SheetValue[][] {
    this.log('getValues', sheet);
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => this.cell(sheet, row + i, col + j).value),
    );
  }

  getFormulas(sheet: string, row: number, col: number, rows: number, cols: number): string[][] {
    this.log('getFormulas', sheet);
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => this.cell(sheet, row + i, col + j).formula),
    );
  }

  setFont(sheet: string, range: A1, family: string, size: number): void {
    this.log('setFont', sheet);
    this.sheet(sheet).fonts.push({ rect: parseRange(range), family, size });
  }

  setStyle(sheet: string, range: A1, style: Style): void {
    this.log('setStyle', sheet);
    this.sheet(sheet).styles.push({ rect: parseRange(range), style });
  }

  setValidation(sheet: string, range: A1, rule: Validation, help: string): void {
    this.log('setValidation', sheet);
    this.sheet(sheet).validations.push({ rect: parseRange(range), rule, help });
  }

  setConditionalFormats(sheet: string, rules: ConditionalFormat[]): void {
    this.log('setConditionalFormats', sheet);
    this.sheet(sheet).conditionalFormats = [...rules];
  }

  setColumnWidths(sheet: string, col: number, count: number, pixels: number): void {
    this.log('setColumnWidths', sheet);
    for (let c = col; c < col + count; c++) this.sheet(sheet).widths.set(c, pixels);
  }

  hideColumns(sheet: string, col: number, count: number): void {
    this.log('hideColumns', sheet);
    for (let c = col; c < col + count; c++) this.sheet(sheet).hidden.add(c);
  }

  merge(sheet: string, range: A1): void {
    this.log('merge', sheet);
    this.sheet(sheet).merges.push(range);
  }

  setRowHeights(sheet: string, row: number, count: number, pixels: number): void {
    this.log('setRowHeights', sheet);
    for (let r = row; r < row + count; r++) this.sheet(sheet).heights.set(r, pixels);
  }

  hideGridlines(sheet: string): void {
    this.log('hideGridlines', sheet);
    this.sheet(sheet).gridlinesHidden = true;
  }

  freeze(sheet: string, rows: number, cols: number): void {
    this.log('freeze', sheet);
    this.sheet(sheet).frozen = { rows, cols };
  }

  protectRanges(sheet: string, ranges: A1[], description: string): void {
    this.log('protectRanges', sheet);
    this.sheet(sheet).protections.push({ ranges: [...ranges], description });
  }

  activate(sheet: string): void {
    this.log('activate', sheet);
    this.sheet(sheet);
    this.active = sheet;
  }

  /** The cell a test has the user select. */
  selected: { sheet: string; row: number; col: number } | null = null;

  select(sheet: string, row: number, col = 1): void {
    this.sheet(sheet);
    this.selected = { sheet, row, col };
  }

  activeCell(): { sheet: string; row: number; col: number } | null {
    this.log('activeCell', this.selected?.sheet ?? '');
    return this.selected;
  }
}
