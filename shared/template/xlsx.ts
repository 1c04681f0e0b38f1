/**
 * The .xlsx renderer (exceljs, streaming writer). Formula cells carry no cached result, so Excel,
 * LibreOffice and Sheets compute every score themselves; text is always written as a string cell,
 * so a name such as "=HYPERLINK(…)" stays text. Kept out of ./index so the Apps Script bundle
 * never pulls exceljs in.
 *
 * Rows are written in order and committed one by one, with one shared style object per distinct
 * style, and fill-down blocks become shared formulas: 10,000 people take well under two seconds
 * instead of several with the in-memory workbook.
 */
import ExcelJS from 'exceljs';
import { keepApostrophe, ooxmlEscape } from '../interchange/cell-text';
import { columnLetter, parseRange } from './a1';
import { blockRows } from './blocks';
import { LINE_HEIGHT } from './layout';
import type {
  Block,
  Cell,
  FontSpec,
  PrintSpec,
  RangeStyle,
  SheetSpec,
  TemplateDescription,
  Validation,
} from './types';
import { isFormula } from './types';

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/**
 * The locale code that shows a number in Thai digits: D0 = Thai numerals, 041E = Thai. Excel and
 * LibreOffice both honour it (LibreOffice ignores the D07… and th-TH spellings).
 */
export const THAI_DIGITS = '[$-D00041E]';

const THIN = { style: 'thin', color: { argb: 'FF808080' } } as const;

/** Page setup for printing on A4; a footer's {page} and {pages} become Excel's &P and &N. */
function pageSetup(print: PrintSpec): Partial<ExcelJS.PageSetup> {
  const fit = print.fitWidth > 0 || print.fitHeight > 0;
  return {
    paperSize: 9, // A4
    orientation: print.orientation,
    ...(fit ? { fitToPage: true, fitToWidth: print.fitWidth, fitToHeight: print.fitHeight } : {}),
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.2, footer: 0.25 },
    horizontalCentered: true,
    // exceljs puts "$" before the column letters only; LibreOffice needs the rows absolute too.
    printArea: print.area.replace(/([A-Z]+)(\d+)/g, '$1$$$2'),
    ...(print.repeatRows ? { printTitlesRow: `${print.repeatRows.first}:${print.repeatRows.last}` } : {}),
  };
}

function footer(print: PrintSpec): string {
  return `&C${print.footer.replace(/&/g, '&&').replace('{page}', '&P').replace('{pages}', '&N')}`;
}

function cellValue(c: Exclude<Cell, null>): ExcelJS.CellValue {
  if (isFormula(c)) return { formula: c.f } as ExcelJS.CellFormulaValue;
  // A string cell is never a formula; only text that looks escaped needs its apostrophe kept.
  return typeof c === 'string' ? ooxmlEscape(keepApostrophe(c)) : c;
}

function dataValidation(rule: Validation, help: string): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: rule.strict ? 'stop' : 'warning',
    errorTitle: 'ค่าไม่ถูกต้อง',
    error: help,
    showInputMessage: true,
    prompt: help,
  };
  switch (rule.kind) {
    case 'list':
      return { type: 'list', formulae: [`"${rule.values.join(',')}"`], ...common };
    case 'range':
      return { type: 'list', formulae: [rule.source], ...common };
    case 'number':
      return { type: 'decimal', operator: 'between', formulae: [rule.min, rule.max], ...common };
  }
}

/** The style of a cell covered by some of the sheet's range styles (in order) and maybe locked. */
function composeStyle(
  base: Partial<ExcelJS.Font>,
  styles: RangeStyle[],
  locked: boolean | null,
): Partial<ExcelJS.Style> {
  const font: Partial<ExcelJS.Font> = { ...base };
  const alignment: Partial<ExcelJS.Alignment> = {};
  const style: Partial<ExcelJS.Style> = {};
  for (const s of styles) {
    if (s.bold) font.bold = true;
    if (s.color) font.color = { argb: argb(s.color) };
    if (s.size) font.size = s.size;
    if (s.background)
      style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.background) } };
    if (s.wrap) alignment.wrapText = true;
    if (s.align) alignment.horizontal = s.align;
    if (s.valign) alignment.vertical = s.valign;
    if (s.numberFormat) style.numFmt = s.numberFormat;
    if (s.thaiDigits) style.numFmt = `${THAI_DIGITS}${s.numberFormat ?? 'General'}`;
    if (s.border) style.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  }
  style.font = font;
  if (Object.keys(alignment).length) style.alignment = alignment;
  if (locked !== null) style.protection = { locked };
  return style;
}

type Rect = ReturnType<typeof parseRange>;
const coversRow = (p: { row: number; rows: number }, r: number) => r >= p.row && r < p.row + p.rows;
const covers = (p: Rect, r: number, c: number) => coversRow(p, r) && c >= p.col && c < p.col + p.cols;

/** The cell styles of a row, and whether a range styles or locks each cell (written even when empty). */
interface RowStyles {
  style: Partial<ExcelJS.Style>[];
  styled: boolean[];
}

/**
 * A cell's style depends on which range styles and locks cover it. Rows between two consecutive
 * edges of those ranges are covered alike, so each such run of rows (and each distinct set of
 * covering ranges) works out its row of styles once, not once a cell. Rows are asked in order.
 */
function rowStyler(
  styleRects: { s: RangeStyle; rect: Rect }[],
  locks: Rect[],
  font: Partial<ExcelJS.Font>,
  protect: boolean,
): (r: number, width: number) => RowStyles {
  // On a protected sheet everything is unlocked except the formula ranges.
  const unlocked = protect ? false : null;
  const edges = [
    ...new Set([...styleRects.map((x) => x.rect), ...locks].flatMap((x) => [x.row, x.row + x.rows])),
  ].sort((a, b) => a - b);
  let run = { until: 0, styleIds: [] as number[], lockIds: [] as number[], key: '' };
  const rowStyles = new Map<string, RowStyles>();
  const cellStyles = new Map<string, Partial<ExcelJS.Style>>();
  return (r, width) => {
    if (r >= run.until) {
      const styleIds = styleRects.flatMap((x, i) => (coversRow(x.rect, r) ? [i] : []));
      const lockIds = locks.flatMap((p, i) => (coversRow(p, r) ? [i] : []));
      const until = edges.find((e) => e > r) ?? Number.POSITIVE_INFINITY;
      run = { until, styleIds, lockIds, key: `${styleIds.join(',')}|${lockIds.join(',')}` };
    }
    const key = `${width}|${run.key}`;
    const known = rowStyles.get(key);
    if (known) return known;
    const line: RowStyles = { style: [], styled: [] };
    for (let c = 1; c <= width; c++) {
      const covering = run.styleIds.filter((i) => covers(styleRects[i]!.rect, r, c));
      const locked = run.lockIds.some((i) => covers(locks[i]!, r, c));
      const cellKey = `${covering.join(',')}|${protect && locked}`;
      let style = cellStyles.get(cellKey);
      if (!style) {
        style = composeStyle(
          font,
          covering.map((i) => styleRects[i]!.s),
          protect && locked ? true : unlocked,
        );
        cellStyles.set(cellKey, style);
      }
      line.style[c] = style;
      line.styled[c] = covering.length > 0 || locked;
    }
    rowStyles.set(key, line);
    return line;
  };
}

/** A fill-down block's cell values: its first row's shared formulas, and what every row below holds. */
interface SharedFormulas {
  masters: ExcelJS.CellValue[];
  clones: ExcelJS.CellValue[];
}

/**
 * A fill-down block is written as shared formulas: its first row holds each formula and the range
 * it fills, the rows below point at it, and every application moves the relative references itself.
 */
function sharedFormulas(b: Block): SharedFormulas {
  const last = b.row + b.fillDown! - 1;
  const masters: ExcelJS.CellValue[] = [];
  const clones: ExcelJS.CellValue[] = [];
  b.cells[0]!.forEach((c, j) => {
    if (!isFormula(c)) throw new Error('a fill-down block holds formulas only');
    const col = columnLetter(b.col + j);
    masters.push({
      formula: c.f,
      shareType: 'shared',
      ref: `${col}${b.row}:${col}${last}`,
    } as ExcelJS.CellValue);
    clones.push({ sharedFormula: `${col}${b.row}` } as ExcelJS.CellValue);
  });
  return { masters, clones };
}

/** The values of sheet row r by column, and how many shared formulas start on it. */
function rowValues(
  blocks: Block[],
  shared: Map<Block, SharedFormulas>,
  r: number,
): { values: (ExcelJS.CellValue | undefined)[]; masters: number } {
  const values: (ExcelJS.CellValue | undefined)[] = [];
  let masters = 0;
  for (const b of blocks) {
    const fill = shared.get(b);
    if (fill) {
      if (r < b.row || r >= b.row + b.fillDown!) continue;
      const line = r === b.row ? fill.masters : fill.clones;
      if (r === b.row) masters += line.length;
      line.forEach((v, j) => {
        values[b.col + j] = v;
      });
      continue;
    }
    const line = b.cells[r - b.row];
    if (!line) continue;
    line.forEach((c, j) => {
      values[b.col + j] = c === null ? undefined : cellValue(c);
    });
  }
  return { values, masters };
}

async function renderSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: SheetSpec,
  fontSpec: FontSpec,
): Promise<void> {
  const grid = sheet.hideGridlines ? { showGridLines: false } : {};
  const ws = wb.addWorksheet(sheet.name, {
    views: sheet.frozen
      ? [{ state: 'frozen', xSplit: sheet.frozen.columns, ySplit: sheet.frozen.rows, ...grid }]
      : [{ ...grid }],
    ...(sheet.print
      ? { pageSetup: pageSetup(sheet.print), headerFooter: { oddFooter: footer(sheet.print) } }
      : {}),
  });
  const font: Partial<ExcelJS.Font> = { name: fontSpec.xlsx, size: fontSpec.size };
  const locks = sheet.protectedRanges.map(parseRange);
  const protect = locks.length > 0;
  // On a protected sheet everything is unlocked except the formula ranges.
  const unlocked = protect ? false : null;
  ws.columns = sheet.columns.map((spec) => ({
    width: spec.width,
    hidden: spec.hidden ?? false,
    style: composeStyle(font, [], unlocked),
  })) as ExcelJS.Column[];

  // The streaming writer takes merges only before their rows are committed.
  for (const m of sheet.merges ?? []) ws.mergeCells(m);

  const styleRects = sheet.styles.map((s) => ({ s, rect: parseRange(s.range) }));
  const stylesOfRow = rowStyler(styleRects, locks, font, protect);

  // Row heights in points: lines × 1.5 × the font size.
  const heights = new Map<number, number>();
  for (const h of sheet.rowHeights ?? [])
    for (let r = h.row; r < h.row + h.count; r++)
      heights.set(r, h.lines * LINE_HEIGHT * (h.size ?? fontSpec.size));

  // Every row that holds a value, a style, a lock or a height, in order.
  const rects = [
    ...sheet.blocks.map((b) => ({ row: b.row, rows: blockRows(b) })),
    ...styleRects.map((x) => x.rect),
    ...locks,
    ...(sheet.rowHeights ?? []).map((h) => ({ row: h.row, rows: h.count })),
  ];
  const lastRow = Math.max(0, ...rects.map((x) => x.row + x.rows - 1));
  const width = sheet.columns.length;
  // exceljs's streaming writer numbers shared formulas from its own counter on every row and never
  // moves that counter on, so masters on different rows would share a number; keep the count here.
  const writer = ws as unknown as { _siFormulae: number };
  let sharedMasters = 0;
  const shared = new Map(
    sheet.blocks.filter((b) => b.fillDown !== undefined).map((b) => [b, sharedFormulas(b)]),
  );
  for (let r = 1; r <= lastRow; r++) {
    const mastersAbove = sharedMasters;
    const { values, masters } = rowValues(sheet.blocks, shared, r);
    sharedMasters += masters;
    const touched = rects.some((x) => coversRow(x, r));
    if (!touched) continue;
    const row = ws.getRow(r);
    const height = heights.get(r);
    if (height) row.height = height;
    const lastCol = Math.max(width, values.length - 1);
    const { style, styled } = stylesOfRow(r, lastCol);
    for (let c = 1; c <= lastCol; c++) {
      const v = values[c];
      if (v === undefined && !styled[c]) continue;
      const cell = row.getCell(c);
      if (v !== undefined) cell.value = v;
      cell.style = style[c]!;
    }
    writer._siFormulae = mastersAbove;
    row.commit();
  }

  // exceljs supports sheet-level validations by range; its typings omit them.
  const validations = (
    ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  for (const v of sheet.validations) validations.add(v.range, dataValidation(v.rule, v.help));

  sheet.conditionalFormats.forEach((cf, i) => {
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: 'expression',
          priority: i + 1,
          formulae: [cf.formula],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.background) } },
            ...(cf.color ? { font: { color: { argb: argb(cf.color) } } } : {}),
          },
        },
      ],
    });
  });

  // No password: the lock guards formulas against slips, and anyone may lift it on purpose.
  if (protect) {
    await ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatCells: true,
      formatColumns: true,
      formatRows: true,
      sort: true,
      autoFilter: true,
    });
  }
  ws.commit();
}

/** The template as .xlsx bytes. */
export async function templateXlsx(desc: TemplateDescription): Promise<Uint8Array> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ useStyles: true, useSharedStrings: true });
  wb.creator = 'samatthana';
  wb.title = desc.title;
  for (const sheet of desc.sheets) await renderSheet(wb, sheet, desc.font);
  await wb.commit();
  const stream = (wb as unknown as { stream: { read(): Uint8Array | null } }).stream;
  const bytes = stream.read();
  if (!bytes) throw new Error('exceljs wrote no bytes');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
