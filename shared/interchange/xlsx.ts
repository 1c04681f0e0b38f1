/**
 * Reads an .xlsx workbook: the template this tool writes (after Excel, LibreOffice or Sheets saved
 * it) or any workbook whose first sheet is a table of people. Plain unzip (fflate) and XML
 * (fast-xml-parser, entities decoded here): no eval, no network code, so the same reader runs in the CLI and in the
 * extension's side panel.
 */

import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { SHEETS } from '../template/layout';
import { type Grid, TEMPLATE_SETTING_PLACES, templateSettings } from '../template/read';
import { ooxmlUnescape } from './cell-text';
import { ImportError } from './errors';
import type { Overrides } from './resolve';
import { assessmentFromTable, type Cell, gridTable, type ReadAssessment, type Table } from './table';
import type { ResolvedAssessment } from './types';

export interface Sheet {
  name: string;
  /** rows[r - 1][c - 1] is the cell at sheet row r, column c. */
  rows: Cell[][];
  /** Per row (0-based), the columns (0-based) whose cell holds a formula. */
  formulas: Map<number, Set<number>>;
  /** Columns (0-based) the sheet hides. */
  hidden: Set<number>;
}

/** A workbook's parts larger than this are refused rather than inflated (a real team is small). */
const MAX_PART_BYTES = 64 * 1024 * 1024;

const ARRAYS = new Set(['sheet', 'Relationship', 'si', 'r', 'row', 'c', 'col']);
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Workbook XML has no DTD entities, only the five predefined ones and character references
  // (decoded below); the parser's own expansion would count every &quot; in a formula against a limit.
  processEntities: false,
  isArray: (name) => ARRAYS.has(name),
});

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes &amp; &lt; &gt; &quot; &apos; and &#…; character references. */
function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e: string) => {
    if (e[0] !== '#') return PREDEFINED[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

type Node = Record<string, unknown>;
const nodes = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v ? [v as Node] : []);

/** The text of a <t> element, or of the runs (<r><t>) of rich text. */
function textOf(n: unknown): string {
  if (n === undefined || n === null) return '';
  if (typeof n === 'string' || typeof n === 'number') return decodeXml(String(n));
  const node = n as Node;
  if ('#text' in node || '@space' in node) return decodeXml(String(node['#text'] ?? ''));
  if (node.t !== undefined) return textOf(node.t);
  return nodes(node.r)
    .map((r) => textOf(r.t))
    .join('');
}

/** A string item (shared or inline) as Excel shows it: _xHHHH_ escapes decoded. */
const stringItem = (n: unknown): string => ooxmlUnescape(textOf(n));

/** "AB12" → column 28 (1-based). */
function columnOf(ref: string): number {
  let n = 0;
  for (const ch of ref.replace(/\d+$/, '').toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** Whether bytes are a zip archive (an .xlsx, .docx, .ods, …). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export class NotWorkbookError extends Error {
  override name = 'NotWorkbookError';
}

/** Every sheet of a workbook, in the workbook's order. */
export function readWorkbook(bytes: Uint8Array): Sheet[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) =>
        f.originalSize <= MAX_PART_BYTES &&
        (f.name === 'xl/workbook.xml' ||
          f.name === 'xl/_rels/workbook.xml.rels' ||
          f.name === 'xl/sharedStrings.xml' ||
          f.name.startsWith('xl/worksheets/')),
    });
  } catch {
    throw new NotWorkbookError('แตกไฟล์ .xlsx ไม่ได้ ไฟล์อาจเสียหรือยังดาวน์โหลดไม่ครบ');
  }
  const read = (name: string): Node | null => {
    const f = files[name];
    return f ? (xml.parse(new TextDecoder('utf-8').decode(f)) as Node) : null;
  };
  const workbook = read('xl/workbook.xml');
  if (!workbook) {
    throw new NotWorkbookError('เป็นไฟล์ ZIP แต่ไม่ใช่สมุดงาน Excel (.xlsx) เช่น .docx หรือ .ods');
  }
  const rels = new Map(
    nodes((read('xl/_rels/workbook.xml.rels')?.Relationships as Node)?.Relationship).map((r) => [
      String(r['@Id']),
      decodeXml(String(r['@Target'])),
    ]),
  );
  const shared = nodes((read('xl/sharedStrings.xml')?.sst as Node)?.si).map(stringItem);
  const sheets = nodes(((workbook.workbook as Node)?.sheets as Node)?.sheet);
  return sheets.map((s) => {
    const target = rels.get(String(s['@id'])) ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    return readSheet(decodeXml(String(s['@name'])), read(path), shared);
  });
}

function readSheet(name: string, doc: Node | null, shared: string[]): Sheet {
  const ws = (doc?.worksheet ?? {}) as Node;
  const sheet: Sheet = { name, rows: [], formulas: new Map(), hidden: new Set() };
  for (const col of nodes((ws.cols as Node)?.col)) {
    if (col['@hidden'] !== '1' && col['@hidden'] !== 'true') continue;
    for (let c = Number(col['@min']); c <= Number(col['@max']) && c <= 16384; c++) sheet.hidden.add(c - 1);
  }
  let nextRow = 1;
  for (const row of nodes((ws.sheetData as Node)?.row)) {
    const r = row['@r'] ? Number(row['@r']) : nextRow;
    nextRow = r + 1;
    const cells: Cell[] = [];
    let nextCol = 1;
    for (const c of nodes(row.c)) {
      const col = c['@r'] ? columnOf(String(c['@r'])) : nextCol;
      nextCol = col + 1;
      if (c.f !== undefined) {
        const set = sheet.formulas.get(r - 1) ?? new Set<number>();
        set.add(col - 1);
        sheet.formulas.set(r - 1, set);
      }
      const v = c.v === undefined ? undefined : textOf(c.v);
      let value: Cell = null;
      switch (c['@t']) {
        case 's':
          value = v === undefined ? null : (shared[Number(v)] ?? null);
          break;
        case 'inlineStr':
          value = stringItem(c.is);
          break;
        case 'str':
          value = v ?? null;
          break;
        case 'b':
          value = v === undefined ? null : v === '1';
          break;
        case 'e':
          value = null;
          break;
        default:
          value = v === undefined || v === '' ? null : Number(v);
      }
      cells[col - 1] = value;
    }
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    sheet.rows[r - 1] = cells;
  }
  for (let i = 0; i < sheet.rows.length; i++) if (!sheet.rows[i]) sheet.rows[i] = [];
  return sheet;
}

/** A sheet as a table: its own row numbers, formula cells marked, hidden columns that name nothing skipped. */
export function sheetTable(sheet: Sheet): Table {
  return gridTable(sheet.rows, (i) => sheet.formulas.get(i), sheet.hidden);
}

/**
 * The people of a workbook: the template's `คะแนน` sheet, else the first sheet. The template's own
 * settings (set, method, weights, round) and bands come along; options override them.
 */
export function parseAssessmentXlsx(
  bytes: Uint8Array,
  file: string,
  overrides: Overrides = {},
  defaults: Overrides = {},
): ResolvedAssessment {
  return readXlsx(bytes, file, overrides, defaults).assessment;
}

export function readXlsx(
  bytes: Uint8Array,
  file: string,
  overrides: Overrides = {},
  defaults: Overrides = {},
): ReadAssessment {
  let sheets: Sheet[];
  try {
    sheets = readWorkbook(bytes);
  } catch (e) {
    if (e instanceof NotWorkbookError) throw new ImportError(file, [{ where: file, message: e.message }]);
    throw e;
  }
  const people = sheets.find((s) => s.name === SHEETS.score) ?? sheets[0];
  if (!people) throw new ImportError(file, [{ where: file, message: 'สมุดงานนี้ไม่มีแผ่นงาน' }]);
  // The template's own settings come along only with its score sheet, never with another table.
  const grid = (name: string): Grid | null =>
    people.name === SHEETS.score ? (sheets.find((s) => s.name === name)?.rows ?? null) : null;
  const own = templateSettings(grid);
  return assessmentFromTable(
    sheetTable(people),
    `${file} แผ่นงาน "${people.name}"`,
    overrides,
    defaults,
    own,
    TEMPLATE_SETTING_PLACES,
  );
}
