/**
 * The CSV form of the interchange (docs/interchange.md): one person a row below a header row (title
 * rows above it are skipped); English keys or Thai labels as headers; comma-, tab- or
 * semicolon-separated; UTF-8 with or without BOM, UTF-16 with BOM, or windows-874 (Thai Excel's
 * default); Thai digits accepted. Writing escapes every text cell a spreadsheet would take as a formula.
 */
import { parse as parseCsv } from 'csv-parse/browser/esm/sync';
import type { SetId } from '../dictionary/types';
import { escapeFormula } from './cell-text';
import { tableColumns } from './columns';
import { ImportError, type Problem } from './errors';
import { MAX_BYTES } from './json';
import type { Overrides } from './resolve';
import { assessmentFromTable, type ReadAssessment, type Table, type TableRow } from './table';
import type { Person, ResolvedAssessment } from './types';

export type { ReadAssessment } from './table';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-874';

/** Decodes a file's bytes: a BOM decides; otherwise valid UTF-8 is UTF-8 and anything else windows-874. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (a === 0xff && b === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-874').decode(bytes), encoding: 'windows-874' };
  }
}

/**
 * The separator is the first of tab, comma or semicolon (Excel in some locales) that the first line
 * holding any of them uses: title rows above the header may hold none. Guessing from the whole file
 * can be fooled by the data ("|" inside a name).
 */
function delimiterOf(text: string): string {
  for (const line of text.split(/\r?\n/, 40)) {
    const found = ['\t', ',', ';'].find((d) => line.includes(d));
    if (found) return found;
  }
  return ',';
}

const CSV_ERRORS_TH: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'เครื่องหมาย " เปิดแล้วไม่ปิดจนจบไฟล์',
  CSV_INVALID_CLOSING_QUOTE: 'มีอักขระต่อท้ายเครื่องหมาย " ที่ปิดช่อง',
};

/**
 * The line where a quote that is never closed opens (csv-parse names only the line it gave up on,
 * the last one). A quote opens a field only at the field's start, as csv-parse with relax_quotes
 * reads it; "" inside a quoted field is a quote.
 */
function unclosedQuoteLine(text: string, delimiter: string): number | null {
  let line = 1;
  let opened: number | null = null;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    if (opened !== null) {
      if (ch !== '"') continue;
      if (text[i + 1] === '"') i++;
      else opened = null;
      fieldStart = false;
    } else if (ch === '"' && fieldStart) {
      opened = line;
    } else {
      fieldStart = ch === delimiter || ch === '\n' || ch === '\r';
    }
  }
  return opened;
}

/** The rows of a CSV or tab-separated text, each with the line it starts on. */
export function csvTable(text: string): { table: Table; problems: Problem[] } {
  const rows: TableRow[] = [];
  const delimiter = delimiterOf(text);
  try {
    const records = parseCsv(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    let end = 0;
    for (const { record, info } of records) {
      rows.push({ line: end + 1, cells: record });
      end = info.lines;
    }
  } catch (e) {
    const err = e as { code?: string; lines?: number };
    const message = CSV_ERRORS_TH[err.code ?? ''] ?? 'อ่านไม่ได้ ตรวจเครื่องหมาย " และตัวคั่นช่อง';
    const opened = err.code === 'CSV_QUOTE_NOT_CLOSED' ? unclosedQuoteLine(text, delimiter) : null;
    const where = opened !== null ? `ตั้งแต่บรรทัด ${opened}` : `บรรทัด ${err.lines ?? 1}`;
    return {
      table: { rows: [], lineWord: 'บรรทัด', checkWidth: true },
      problems: [{ where, message: `CSV ผิดรูปแบบ: ${message}` }],
    };
  }
  return { table: { rows, lineWord: 'บรรทัด', checkWidth: true }, problems: [] };
}

export function parseAssessmentCsv(
  input: Uint8Array | string,
  file = 'assessment.csv',
  overrides: Overrides = {},
  defaults: Overrides = {},
): ResolvedAssessment {
  return readCsv(input, file, overrides, defaults).assessment;
}

export function readCsv(
  input: Uint8Array | string,
  file: string,
  overrides: Overrides = {},
  defaults: Overrides = {},
): ReadAssessment {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_BYTES)
    throw new ImportError(file, [{ where: file, message: `ไฟล์ใหญ่เกิน ${MAX_BYTES / 1024 / 1024} MB` }]);
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeText(input).text;
  const { table, problems } = csvTable(text);
  if (problems.length) throw new ImportError(file, problems);
  return assessmentFromTable(table, file, overrides, defaults);
}

export interface CsvOptions {
  /** Thai column labels (รหัส, ชื่อ-สกุล, …, competency names of the set) instead of English keys. */
  thaiHeaders?: boolean;
}

/** A cell as CSV writes it: quoted when it holds the separator, a quote, a line break or edge spaces. */
function csvCell(v: string | number): string {
  const t = String(v);
  return /[",\r\n]|^\s|\s$/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

/** UTF-8 with BOM (so Thai Excel opens it as UTF-8), CRLF line ends; line breaks inside a text stay in its quoted cell. */
export function assessmentToCsv(a: { set?: SetId; people: Person[] }, opts: CsvOptions = {}): string {
  const columns = tableColumns(a, opts.thaiHeaders ?? false);
  const rows = a.people.map((p) =>
    columns.map((c) => {
      const v = c.value(p);
      return v === undefined ? '' : typeof v === 'string' ? escapeFormula(v) : v;
    }),
  );
  const header = columns.map((c) => c.header);
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
