/**
 * The Apps Script renderer: draws a template description through the adapter, one call per block,
 * style, validation or sheet setting, however many people there are.
 */
import { keepApostrophe } from '../../shared/interchange/cell-text';
import { rangeA1 } from '../../shared/template/a1';
import { blockLine, blockRows, lastBlockRow } from '../../shared/template/blocks';
import { LINE_HEIGHT } from '../../shared/template/layout';
import {
  type Block,
  type Cell,
  type FontSpec,
  isFormula,
  type RowHeights,
  type SheetSpec,
  type TemplateDescription,
} from '../../shared/template/types';
import type { SheetsAdapter, SheetValue } from './adapter';

/**
 * Sheets' height in pixels of rows `lines` high: 1.5 × the font size per line, the size scaled from
 * the .xlsx font to the Sheets one, 4/3 pixels a point.
 */
export function rowPixels(h: RowHeights, font: FontSpec): number {
  const size = ((h.size ?? font.size) * font.sheetsSize) / font.size;
  return Math.round(h.lines * LINE_HEIGHT * size * (4 / 3));
}

/** Sheets' column width for a width in characters (the .xlsx unit). */
export function columnPixels(chars: number): number {
  return Math.round(chars * 7 + 5);
}

/**
 * A cell as setValues takes it. Text gets a leading apostrophe so Sheets keeps it as typed: a name
 * starting with = + - @ never becomes a formula, and an id such as "001" never becomes a number.
 * Text that looks escaped already ("'=x") keeps its own apostrophe, as readers take one off.
 */
export function sheetsValue(c: Cell): SheetValue {
  if (c === null) return '';
  if (isFormula(c)) return `=${c.f}`;
  return typeof c === 'string' ? `'${keepApostrophe(c)}` : c;
}

/**
 * The words that mark the error below: an error reaches the sidebar through google.script.run as
 * its message alone, so the sidebar knows it by these (and offers to replace), not by its Thai text.
 */
export const TEMPLATE_EXISTS = 'template sheets already exist';

export class TemplateExistsError extends Error {
  override name = 'TemplateExistsError';
  constructor(readonly sheets: string[]) {
    super(
      `มีชีต ${sheets.map((s) => `"${s}"`).join(', ')} อยู่แล้ว: เลือก "แทนที่แม่แบบเดิม" หรือเปลี่ยนชื่อชีตเดิมก่อน (${TEMPLATE_EXISTS})`,
    );
  }
}

export interface RenderOptions {
  /** Rewrite sheets of the same names; without it, existing template sheets are an error. */
  replace?: boolean;
  /** Sheets whose contents are kept (only overwritten where the template writes), e.g. on repair. */
  keepContents?: string[];
}

function writeBlock(adapter: SheetsAdapter, sheet: string, b: Block): void {
  // A fill-down block goes in one call too, each row's formulas written out.
  const lines = Array.from({ length: blockRows(b) }, (_, i) => blockLine(b, b.row + i)!);
  if (lines.every((line) => line.every(isFormula))) {
    adapter.setFormulas(
      sheet,
      b.row,
      b.col,
      lines.map((line) => line.map((c) => `=${(c as { f: string }).f}`)),
    );
  } else {
    adapter.setValues(
      sheet,
      b.row,
      b.col,
      lines.map((line) => line.map(sheetsValue)),
    );
  }
}

function renderSheet(adapter: SheetsAdapter, s: SheetSpec, desc: TemplateDescription): void {
  // Widths: one call per run of equal widths; hidden columns likewise.
  for (let i = 0; i < s.columns.length; ) {
    let j = i;
    while (j + 1 < s.columns.length && s.columns[j + 1]!.width === s.columns[i]!.width) j++;
    adapter.setColumnWidths(s.name, i + 1, j - i + 1, columnPixels(s.columns[i]!.width));
    i = j + 1;
  }
  for (let i = 0; i < s.columns.length; ) {
    if (!s.columns[i]!.hidden) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < s.columns.length && s.columns[j + 1]!.hidden) j++;
    adapter.hideColumns(s.name, i + 1, j - i + 1);
    i = j + 1;
  }
  const lastRow = lastBlockRow(s);
  adapter.setFont(s.name, rangeA1(1, 1, lastRow, s.columns.length), desc.font.sheets, desc.font.sheetsSize);
  for (const { range, ...style } of s.styles) adapter.setStyle(s.name, range, style);
  for (const b of s.blocks) writeBlock(adapter, s.name, b);
  for (const m of s.merges ?? []) adapter.merge(s.name, m);
  for (const h of s.rowHeights ?? []) adapter.setRowHeights(s.name, h.row, h.count, rowPixels(h, desc.font));
  if (s.hideGridlines) adapter.hideGridlines(s.name);
  // Apps Script cannot set the print settings (s.print): the README says what to pick in Sheets'
  // print dialog. The frozen header rows are what Sheets repeats on every printed page.
  for (const v of s.validations) adapter.setValidation(s.name, v.range, v.rule, v.help);
  if (s.conditionalFormats.length) adapter.setConditionalFormats(s.name, s.conditionalFormats);
  if (s.protectedRanges.length) {
    adapter.protectRanges(
      s.name,
      s.protectedRanges,
      'สูตรของแม่แบบคะแนน: แก้แล้วคะแนนอาจผิด (ใช้ "ซ่อมแม่แบบ" เพื่อสร้างใหม่)',
    );
  }
  if (s.frozen) adapter.freeze(s.name, s.frozen.rows, s.frozen.columns);
}

/** Draws the template into the current spreadsheet. Checks first, so a refusal writes nothing. */
export function renderToSheets(
  desc: TemplateDescription,
  adapter: SheetsAdapter,
  opts: RenderOptions = {},
): void {
  const before = adapter.sheets();
  const names = desc.sheets.map((s) => s.name);
  const clash = before.filter((s) => names.includes(s.name)).map((s) => s.name);
  if (clash.length && !opts.replace) throw new TemplateExistsError(clash);

  desc.sheets.forEach((s, i) => {
    if (clash.includes(s.name)) adapter.resetSheet(s.name, opts.keepContents?.includes(s.name) ?? false);
    else adapter.insertSheet(s.name, i);
  });
  for (const s of desc.sheets) renderSheet(adapter, s, desc);
  // A new spreadsheet's one empty sheet ("ชีต1") would only sit in front of the template.
  const only = before.length === 1 ? before[0]! : null;
  if (only && !names.includes(only.name) && only.lastRow === 0 && only.lastColumn === 0)
    adapter.deleteSheet(only.name);
  adapter.activate(desc.sheets[0]!.name);
}
