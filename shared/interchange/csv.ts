/**
 * The CSV form of the interchange (docs/interchange.md): one person a row; English keys or Thai labels
 * as headers; UTF-8 with or without BOM, UTF-16 with BOM, or windows-874 (Thai Excel's default);
 * Thai digits accepted. Writing escapes every text cell a spreadsheet would take as a formula.
 */
import Papa from 'papaparse';
import { COMPETENCY_ALIASES, competencyFromLabel, getCompetency } from '../dictionary';
import { COMPETENCY_CODES, type CompetencyCode, DEFAULT_SET, type SetId } from '../dictionary/types';
import { cleanText, matchKey, parseThaiNumber } from '../text/normalize';
import { ImportError, type Problem } from './errors';
import { MAX_BYTES } from './json';
import { type Overrides, resolveAssessment } from './resolve';
import { type Assessment, FORMAT, type Person, type ResolvedAssessment, VERSION } from './types';

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

type Field = 'id' | 'name' | 'positionType' | 'positionLevel' | 'achievement';
type Column =
  | { kind: 'field'; field: Field }
  | { kind: 'level' | 'expected'; code: CompetencyCode }
  | { kind: 'ignored' };

const FIELD_LABELS: Record<Field, { th: string; aliases: string[] }> = {
  id: { th: 'รหัส', aliases: ['id', 'รหัส', 'รหัสบุคคล', 'เลขประจำตัว'] },
  name: { th: 'ชื่อ-สกุล', aliases: ['name', 'ชื่อ-สกุล', 'ชื่อ-นามสกุล', 'ชื่อสกุล', 'ชื่อ'] },
  positionType: { th: 'ประเภทตำแหน่ง', aliases: ['positionType', 'ประเภทตำแหน่ง', 'ประเภท'] },
  positionLevel: { th: 'ระดับตำแหน่ง', aliases: ['positionLevel', 'ระดับตำแหน่ง'] },
  achievement: { th: 'ผลสัมฤทธิ์', aliases: ['achievement', 'ผลสัมฤทธิ์', 'ผลสัมฤทธิ์ของงาน', 'คะแนนผลสัมฤทธิ์'] },
};

/** Columns the scoring template computes; a CSV saved from it carries them, and they are not input. */
const COMPUTED = ['คะแนนสมรรถนะ', 'คะแนนรวม', 'ผลการประเมิน', 'ลำดับ', 'ที่', 'no', 'หมายเหตุ'].map(matchKey);

const FIELD_BY_KEY = new Map<string, Field>(
  (Object.keys(FIELD_LABELS) as Field[]).flatMap((f) =>
    FIELD_LABELS[f].aliases.map((a) => [matchKey(a), f] as const),
  ),
);

function columnFor(header: string): Column | null {
  const key = matchKey(header.replace(/^\uFEFF/, ''));
  if (!key) return { kind: 'ignored' };
  const field = FIELD_BY_KEY.get(key);
  if (field) return { kind: 'field', field };
  const expected = /^(?:expected[.:_-]?|ระดับที่คาดหวัง|คาดหวัง)(.+)$/i.exec(key);
  if (expected) {
    const code = competencyFromLabel(expected[1]!);
    if (code) return { kind: 'expected', code };
  }
  const code = competencyFromLabel(header);
  if (code) return { kind: 'level', code };
  if (COMPUTED.includes(key)) return { kind: 'ignored' };
  return null;
}

/**
 * The separator is whatever the header line uses: a comma, or else a tab or semicolon (Excel in
 * some locales). Guessing from the whole file can be fooled by the data ("|" inside a name).
 */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return [',', '\t', ';'].find((d) => header.includes(d)) ?? ',';
}

interface Row {
  cells: string[];
  line: number;
}

function readRows(text: string): { rows: Row[]; problems: Problem[] } {
  const rows: Row[] = [];
  const problems: Problem[] = [];
  // Line number where each row starts: count newlines up to the previous row's end.
  let lastCursor = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: delimiterOf(text),
    skipEmptyLines: false,
    step: (result) => {
      const start = line;
      const cursor = result.meta.cursor;
      for (let i = lastCursor; i < cursor; i++) if (text.charCodeAt(i) === 10) line++;
      lastCursor = cursor;
      for (const e of result.errors) {
        problems.push({ where: `บรรทัด ${start}`, message: `CSV ผิดรูปแบบ: ${e.message} (${e.code})` });
      }
      if (result.data.some((c) => c.trim() !== '')) rows.push({ cells: result.data, line: start });
    },
  });
  return { rows, problems };
}

/** Undoes escapeFormula: "'=x" read back is "=x" (a value, never a formula), "''=x" is "'=x". */
function unescapeCell(s: string): string {
  return /^'[=+\-@\t\r']/.test(s) ? s.slice(1) : s;
}

export function parseAssessmentCsv(
  input: Uint8Array | string,
  file = 'assessment.csv',
  overrides: Overrides = {},
): ResolvedAssessment {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_BYTES)
    throw new ImportError(file, [{ where: file, message: `ไฟล์ใหญ่เกิน ${MAX_BYTES / 1024 / 1024} MB` }]);
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeText(input).text;
  const { rows, problems } = readRows(text);
  const [header, ...body] = rows;
  if (!header)
    throw new ImportError(file, [{ where: 'บรรทัด 1', message: 'ไฟล์ว่าง ไม่มีแถวหัวตาราง (empty file)' }]);

  const columns = header.cells.map((h, i) => {
    const col = columnFor(h);
    if (!col) {
      problems.push({
        where: `บรรทัด ${header.line}, คอลัมน์ ${i + 1} "${cleanText(h)}"`,
        message:
          'ไม่รู้จักหัวคอลัมน์ (unknown column): ใช้ id,name,positionType,positionLevel,achievement,ACH,SERV,EXP,ING,TW หรือชื่อภาษาไทย',
      });
    }
    return col ?? { kind: 'ignored' as const };
  });
  const seen = new Map<string, number>();
  columns.forEach((c, i) => {
    if (c.kind === 'ignored') return;
    const key = c.kind === 'field' ? c.field : `${c.kind}.${c.code}`;
    if (seen.has(key)) {
      problems.push({
        where: `บรรทัด ${header.line}, คอลัมน์ ${i + 1}`,
        message: `หัวคอลัมน์ซ้ำกับคอลัมน์ ${seen.get(key)! + 1} (${key})`,
      });
    } else seen.set(key, i);
  });
  for (const f of ['id', 'name'] as const) {
    if (!seen.has(f))
      problems.push({ where: `บรรทัด ${header.line}`, message: `ไม่มีคอลัมน์ ${FIELD_LABELS[f].th} (${f})` });
  }

  const headerName = (i: number) => cleanText(header.cells[i] ?? `${i + 1}`);
  const people: Person[] = [];
  const lines: number[] = [];
  for (const row of body) {
    const where = (i: number) => `บรรทัด ${row.line}, คอลัมน์ ${headerName(i)}`;
    if (
      row.cells.length > header.cells.length &&
      row.cells.slice(header.cells.length).some((c) => c.trim())
    ) {
      problems.push({
        where: `บรรทัด ${row.line}`,
        message: `มี ${row.cells.length} ช่อง แต่หัวตารางมี ${header.cells.length}`,
      });
    }
    const person: Person = { id: '', name: '', competencies: {} };
    columns.forEach((col, i) => {
      const raw = unescapeCell(cleanText(row.cells[i] ?? ''));
      if (col.kind === 'ignored' || raw === '') return;
      if (col.kind === 'field' && col.field !== 'achievement') {
        person[col.field] = raw;
        return;
      }
      const n = parseThaiNumber(raw);
      if (col.kind === 'field') {
        if (n === null || n < 0 || n > 100)
          problems.push({ where: where(i), message: `ผลสัมฤทธิ์ต้องเป็นตัวเลข 0–100 (ได้ "${raw}")` });
        else person.achievement = n;
        return;
      }
      if (n === null || !Number.isInteger(n)) {
        problems.push({ where: where(i), message: `ต้องเป็นจำนวนเต็ม (ได้ "${raw}")` });
        return;
      }
      if (col.kind === 'level') person.competencies[col.code] = n;
      else person.expected = { ...person.expected, [col.code]: n };
    });
    if (!person.id)
      problems.push({
        where: `บรรทัด ${row.line}, คอลัมน์ ${FIELD_LABELS.id.th}`,
        message: 'ไม่มีรหัส (id is empty)',
      });
    if (!person.name)
      problems.push({
        where: `บรรทัด ${row.line}, คอลัมน์ ${FIELD_LABELS.name.th}`,
        message: 'ไม่มีชื่อ (name is empty)',
      });
    people.push(person);
    lines.push(row.line);
  }

  const columnOf = (field: string) => {
    const [kind, code] = field.split('.');
    const idx = columns.findIndex((c) =>
      c.kind === 'field'
        ? c.field === field
        : c.kind !== 'ignored' && `${kind === 'competencies' ? 'level' : kind}` === c.kind && c.code === code,
    );
    return idx >= 0 ? headerName(idx) : field;
  };
  const draft: Assessment = { format: FORMAT, version: VERSION, people };
  const resolved = resolveAssessment(
    draft,
    overrides,
    (i, field) => `บรรทัด ${lines[i]}, คอลัมน์ ${columnOf(field)}`,
  );
  problems.push(...resolved.problems);
  if (problems.length) throw new ImportError(file, byLine(problems));
  return resolved.assessment;
}

/** Problems in file order (a stable sort on the line number each place names). */
function byLine(problems: Problem[]): Problem[] {
  const line = (p: Problem) => Number(/บรรทัด (\d+)/.exec(p.where)?.[1] ?? 0);
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => line(a.p) - line(b.p) || a.i - b.i)
    .map(({ p }) => p);
}

/**
 * Text a spreadsheet would run as a formula gets a leading apostrophe, so it stays text. Text that
 * already starts with an apostrophe before such a character gets one more, so it reads back unchanged.
 */
export function escapeFormula(text: string): string {
  return /^([=+\-@\t\r]|'[=+\-@\t\r'])/.test(text) ? `'${text}` : text;
}

export interface CsvOptions {
  /** Thai column labels (รหัส, ชื่อ-สกุล, …, competency names of the set) instead of English keys. */
  thaiHeaders?: boolean;
}

/** UTF-8 with BOM (so Thai Excel opens it as UTF-8), CRLF line ends. */
export function assessmentToCsv(a: { set?: SetId; people: Person[] }, opts: CsvOptions = {}): string {
  const set = a.set ?? DEFAULT_SET;
  const hasExpected = a.people.some((p) => p.expected && Object.keys(p.expected).length > 0);
  const fields = Object.keys(FIELD_LABELS) as Field[];
  const header = [
    ...fields.map((f) => (opts.thaiHeaders ? FIELD_LABELS[f].th : f)),
    ...COMPETENCY_CODES.map((c) => (opts.thaiHeaders ? getCompetency(set, c).nameTh : c)),
    ...(hasExpected
      ? COMPETENCY_CODES.map((c) =>
          opts.thaiHeaders ? `ระดับที่คาดหวัง ${COMPETENCY_ALIASES[c][0]}` : `expected.${c}`,
        )
      : []),
  ];
  const rows = a.people.map((p) => [
    ...fields.map((f) => (f === 'achievement' ? (p.achievement ?? '') : escapeFormula(p[f] ?? ''))),
    ...COMPETENCY_CODES.map((c) => p.competencies[c] ?? ''),
    ...(hasExpected ? COMPETENCY_CODES.map((c) => p.expected?.[c] ?? '') : []),
  ]);
  return `\uFEFF${Papa.unparse([header, ...rows], { newline: '\r\n', escapeFormulae: false })}\r\n`;
}
