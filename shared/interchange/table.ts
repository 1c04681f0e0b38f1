/**
 * A table of people, whatever file it came from (CSV, tab-separated text, a workbook's sheet), read
 * into an assessment: the header row is found below any title rows, columns are known by their
 * headers (headers.ts), computed and helper columns are skipped, and every fault is named by the
 * row and the column as the file names them. Empty levels are not faults: the person is incomplete.
 */
import { getCompetency } from '../dictionary';
import {
  COMPETENCY_CODES,
  type CompetencyCode,
  DEFAULT_SET,
  SET_LABELS,
  type SetId,
} from '../dictionary/types';
import type { Problem } from '../problem';
import { expectedLevel } from '../rules/expected';
import { positionCode } from '../rules/positions';
import { cleanLongText, cleanText, parseThaiNumber } from '../text/normalize';
import { unescapeCell } from './cell-text';
import { ImportError } from './errors';
import {
  acceptedHeaders,
  type Column,
  columnFor,
  FIELD_HEADERS,
  type Field,
  headerKey,
  PLAN_FAMILIES,
} from './headers';
import { type Locate, type Overrides, resolveAssessment, type SettingPlaces } from './resolve';
import { type ShownSet, setConflict, setShown } from './set-shown';
import {
  type Assessment,
  type CompetencyTexts,
  FORMAT,
  type Person,
  PLAN_TEXTS,
  type PlanEntry,
  type ResolvedAssessment,
  VERSION,
} from './types';

export type Cell = string | number | boolean | null;

export interface TableRow {
  /** The row's number as the file shows it (a text line, a sheet row). */
  line: number;
  cells: Cell[];
  /**
   * Columns (0-based) whose cell holds a formula. The cell's value is the result the spreadsheet
   * saved (null when it saved none, or an error); see `formulaIsInput`.
   */
  formulas?: ReadonlySet<number>;
}

export interface Table {
  rows: TableRow[];
  /** How a place is named: a text file's line, or a sheet's row. */
  lineWord: 'บรรทัด' | 'แถว';
  /** Text rows must have as many cells as the header (a shifted row is a fault); a sheet's rows always do. */
  checkWidth: boolean;
  /** Columns (0-based) the sheet hides: one whose header names nothing known is skipped, not refused. */
  hidden?: ReadonlySet<number>;
  /** Whether `formulas` is known for every row (a sheet); a text file's computed values look typed. */
  formulasKnown?: boolean;
}

/**
 * A sheet's cells as a table, rows numbered as the sheet numbers them: `formulas(i)` gives the
 * columns (0-based) of row i (0-based) that hold a formula.
 */
export function gridTable(
  grid: readonly (readonly Cell[] | undefined)[],
  formulas: (row: number) => ReadonlySet<number> | undefined = () => undefined,
  hidden?: ReadonlySet<number>,
): Table {
  const rows: TableRow[] = grid.map((cells, i) => {
    const f = formulas(i);
    return { line: i + 1, cells: [...(cells ?? [])], ...(f?.size ? { formulas: f } : {}) };
  });
  return { rows, lineWord: 'แถว', checkWidth: false, formulasKnown: true, ...(hidden ? { hidden } : {}) };
}

export interface TablePeople {
  people: Person[];
  problems: Problem[];
  /** Names a person's field by row and column, for the checks that follow (resolve.ts). */
  locate: Locate;
  /** Each person's row ("บรรทัด 5", "แถว 7"), for listing people. */
  places: string[];
}

/** How many rows from the top may hold titles before the header row. */
const HEADER_SEARCH_ROWS = 30;

const rawText = (v: Cell | undefined): string => (v === null || v === undefined ? '' : String(v));
const text = (v: Cell | undefined): string => cleanText(rawText(v));

/** The first row that names a person's name and at least one more known column; else the first row. */
function headerIndex(rows: TableRow[]): number {
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const cols = rows[i]!.cells.map((c) => columnFor(text(c)));
    const hasName = cols.some((c) => c?.kind === 'field' && c.field === 'name');
    const known = cols.filter((c) => c && c.kind !== 'ignored').length;
    if (hasName && known >= 2) return i;
  }
  return 0;
}

const isBlank = (c: Cell | undefined) => text(c) === '';

/**
 * Whether a formula in a column is what the user typed there, read by the result the spreadsheet
 * saved (a level typed as =2+1, an achievement as =(85+75)/2). The expected levels are the template's
 * own formulas (from the position), never input: the reader works them out again.
 */
function formulaIsInput(col: Column | undefined): boolean {
  return !(col?.kind === 'family' && col.family === 'expected');
}

/** An assessment as read from a file, with where each person is in it. */
export interface ReadAssessment {
  assessment: ResolvedAssessment;
  /** Each person's place in the file: "บรรทัด 5", "แถว 7", "คนที่ 3" (without the person's id and name). */
  places: string[];
  /**
   * Whether the file names its competency set (JSON's `set`, the template's settings sheet) or
   * shows it (set-shown.ts: its headers or title); when false, the set is the caller's choice.
   */
  namesSet: boolean;
}

/** How a table names a place: "บรรทัด 5", "แถว 7, คอลัมน์ 3". */
const placeNamer =
  (table: Table) =>
  (line: number, col?: string): string =>
    `${table.lineWord} ${line}${col ? `, คอลัมน์ ${col}` : ''}`;

/** The rows holding anything, and which of them is the header row (the ones above it are titles). */
function headed(table: Table): { rows: TableRow[]; hi: number } {
  const rows = table.rows.filter((r) => r.cells.some((c) => !isBlank(c)));
  return { rows, hi: headerIndex(rows) };
}

/** The set a table shows by its headers or title rows (set-shown.ts), or null. */
export function tableSet(table: Table): ShownSet | null {
  const { rows, hi } = headed(table);
  const header = rows[hi];
  if (!header) return null;
  const asText = (r: TableRow) => ({ line: r.line, cells: r.cells.map(text) });
  return setShown(asText(header), rows.slice(0, hi).map(asText), placeNamer(table));
}

export function readTable(table: Table, set: SetId): TablePeople {
  const problems: Problem[] = [];
  const at = placeNamer(table);
  const { rows, hi } = headed(table);
  const header = rows[hi];
  if (!header) {
    return {
      people: [],
      problems: [{ where: at(1), message: 'ไฟล์ว่าง ไม่มีแถวหัวตาราง' }],
      locate: () => at(1),
      places: [],
    };
  }
  const headerText = header.cells.map(text);
  const name = (i: number) => headerText[i] || `ที่ ${i + 1}`;
  const columns: Column[] = headerText.map((h, i) => {
    const col = columnFor(h);
    if (col) return col;
    if (table.hidden?.has(i)) return { kind: 'ignored' };
    problems.push({
      where: at(header.line, `${i + 1} "${h}"`),
      message: `ไม่รู้จักหัวคอลัมน์นี้ — หัวคอลัมน์ที่ใช้ได้: ${acceptedHeaders(set)}`,
    });
    return { kind: 'ignored' };
  });

  // One column per meaning; a second one is a fault (which of the two holds the value?).
  const first = new Map<string, number>();
  columns.forEach((c, i) => {
    if (c.kind === 'ignored') return;
    const key =
      c.kind === 'field'
        ? c.field
        : c.kind === 'level'
          ? c.code
          : c.kind === 'family'
            ? `${c.family}.${c.code}`
            : c.kind;
    const prev = first.get(key);
    if (prev !== undefined) {
      problems.push({
        where: at(header.line, name(i)),
        message: `หัวคอลัมน์ซ้ำกับคอลัมน์ที่ ${prev + 1} (${name(prev)})`,
      });
    } else first.set(key, i);
  });
  const colOf = (key: string) => first.get(key);

  // Where each field comes from: its own column, else the column that stands in for it.
  const source: Partial<Record<Field, number>> = {};
  for (const f of Object.keys(FIELD_HEADERS) as Field[]) {
    const i = colOf(f);
    if (i !== undefined) source[f] = i;
  }
  if (source.id === undefined && colOf('sequence') !== undefined) source.id = colOf('sequence');
  const position = colOf('position');
  if (position !== undefined) {
    if (source.positionType === undefined) source.positionType = position;
    else if (source.positionLevel === undefined) source.positionLevel = position;
  }
  if (source.name === undefined && colOf('surname') !== undefined) source.name = colOf('surname');
  if (source.id === undefined)
    problems.push({ where: at(header.line), message: 'ไม่มีคอลัมน์ รหัส (หรือ ลำดับ) ของแต่ละคน' });
  if (source.name === undefined) problems.push({ where: at(header.line), message: 'ไม่มีคอลัมน์ ชื่อ-สกุล' });
  const levelCols = COMPETENCY_CODES.filter((c) => colOf(c) !== undefined);
  // No competency column at all is a list of people still to assess; some but not all is a header fault.
  if (levelCols.length > 0 && levelCols.length < COMPETENCY_CODES.length) {
    const missing = COMPETENCY_CODES.filter((c) => colOf(c) === undefined);
    problems.push({
      where: at(header.line),
      message: `ไม่มีคอลัมน์ของสมรรถนะ ${missing.map((c) => getCompetency(set, c).nameTh).join(', ')} (${SET_LABELS[set]}) — ตรวจว่าพิมพ์หัวคอลัมน์ถูก`,
    });
  }

  // The template saved as text (CSV) carries its computed expected levels as plain values; only a
  // value that differs from the table is the user's own. A sheet says which cells are formulas.
  const fromTemplate =
    !table.formulasKnown && headerText.some((h) => headerKey(h) === headerKey('รหัสตำแหน่ง'));

  const people: Person[] = [];
  const lines: number[] = [];
  const fieldCol: Record<string, number | undefined> = {};
  for (const [f, i] of Object.entries(source)) fieldCol[f] = i;
  for (const code of COMPETENCY_CODES) {
    fieldCol[`competencies.${code}`] = colOf(code);
    for (const family of ['expected', 'self', 'evidence'] as const)
      fieldCol[`${family}.${code}`] = colOf(`${family}.${code}`);
  }
  // Each person's plan entries are in competency order; a problem names an entry by its index.
  const planCodes: CompetencyCode[][] = [];

  const inputCols = columns
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.kind !== 'ignored' && c.kind !== 'sequence')
    .map(({ i }) => i);
  const computed = (row: TableRow, i: number) => !!row.formulas?.has(i) && !formulaIsInput(columns[i]);
  for (const row of rows.slice(hi + 1)) {
    const cell = (i: number | undefined): string =>
      i === undefined || computed(row, i) ? '' : unescapeCell(text(row.cells[i]));
    // A formula the user typed whose result the file does not hold (never calculated, or an error).
    const unread = inputCols.filter(
      (i) => row.formulas?.has(i) && !computed(row, i) && row.cells[i] === null,
    );
    // Rows with nothing typed in (the template's spare rows, a numbered blank list) are not people.
    if (unread.length === 0 && inputCols.every((i) => cell(i) === '')) continue;
    for (const i of unread) {
      problems.push({
        where: at(row.line, name(i)),
        message:
          'ช่องนี้เป็นสูตรที่ไม่มีผลลัพธ์ในไฟล์ (ยังไม่ได้คำนวณ หรือสูตรผิดพลาด) — พิมพ์ค่าแทนสูตร หรือเปิดไฟล์ใน Excel หรือ LibreOffice แล้วบันทึกอีกครั้ง',
      });
    }
    if (table.checkWidth) {
      const n = row.cells.length;
      const w = header.cells.length;
      if (n < w || (n > w && row.cells.slice(w).some((c) => !isBlank(c)))) {
        problems.push({
          where: at(row.line),
          message: `มี ${n} ช่อง แต่แถวหัวตาราง (${table.lineWord} ${header.line}) มี ${w} ช่อง — ข้อมูลอาจเลื่อนคอลัมน์`,
        });
        continue;
      }
    }
    const where = (i: number) => at(row.line, name(i));
    const first = cell(source.name);
    const prefix = cell(colOf('namePrefix'));
    const surname = source.name === colOf('surname') ? '' : cell(colOf('surname'));
    const person: Person = {
      id: cell(source.id),
      name: cleanText(`${prefix}${first} ${surname}`),
      competencies: {},
    };
    for (const f of ['positionType', 'positionLevel'] as const) {
      const v = cell(source[f]);
      if (v) person[f] = v;
    }
    // Free texts keep their line breaks and edge spaces: cleanText would fold them.
    const longText = (i: number | undefined): string =>
      i === undefined || computed(row, i) ? '' : unescapeCell(cleanLongText(rawText(row.cells[i])));
    const ach = cell(source.achievement);
    if (ach) {
      const n = parseThaiNumber(ach);
      if (n === null || n < 0 || n > 100)
        problems.push({
          where: where(source.achievement!),
          message: `ผลสัมฤทธิ์ต้องเป็นตัวเลข 0–100 (ได้ "${ach}")`,
        });
      else person.achievement = n;
    }
    const integer = (i: number): number | null => {
      const raw = cell(i);
      if (!raw) return null;
      const n = parseThaiNumber(raw);
      if (n === null || !Number.isInteger(n)) {
        problems.push({ where: where(i), message: `ต้องเป็นจำนวนเต็ม (ได้ "${raw}")` });
        return null;
      }
      return n;
    };
    for (const code of COMPETENCY_CODES) {
      const li = colOf(code);
      const v = li === undefined ? null : integer(li);
      if (v !== null) person.competencies[code] = v;
      const ei = colOf(`expected.${code}`);
      const e = ei === undefined ? null : integer(ei);
      if (e !== null && !(fromTemplate && e === tableExpected(set, person))) {
        person.expected = { ...person.expected, [code]: e };
      }
      const si = colOf(`self.${code}`);
      const s = si === undefined ? null : integer(si);
      if (s !== null) person.self = { ...person.self, [code]: s };
    }
    const evidence: CompetencyTexts = {};
    const plan: PlanEntry[] = [];
    for (const code of COMPETENCY_CODES) {
      const ev = longText(colOf(`evidence.${code}`));
      if (ev.trim()) evidence[code] = ev;
      const entry: PlanEntry = { competency: code };
      for (const key of PLAN_TEXTS) {
        const t = longText(colOf(`${PLAN_FAMILIES[key]}.${code}`));
        if (t.trim()) entry[key] = t;
      }
      if (PLAN_TEXTS.some((key) => entry[key] !== undefined)) plan.push(entry);
    }
    if (Object.keys(evidence).length) person.evidence = evidence;
    if (plan.length) person.plan = plan;
    const placeOf = (f: Field) => (source[f] === undefined ? FIELD_HEADERS[f].th : name(source[f]!));
    if (!person.id) problems.push({ where: at(row.line, placeOf('id')), message: 'ไม่มีรหัส' });
    if (!person.name) problems.push({ where: at(row.line, placeOf('name')), message: 'ไม่มีชื่อ' });
    // Keys in the interchange's own order, so a converted file reads like one written by hand.
    const { competencies, expected, evidence: ev, self, plan: pl, ...fields } = person;
    people.push({
      ...fields,
      competencies,
      ...(expected ? { expected } : {}),
      ...(ev ? { evidence: ev } : {}),
      ...(self ? { self } : {}),
      ...(pl ? { plan: pl } : {}),
    });
    lines.push(row.line);
    planCodes.push(plan.map((e) => e.competency));
  }

  const locate: Locate = (i, field) => {
    const entry = /^plan\[(\d+)\]\.(\w+)$/.exec(field);
    const code = entry ? planCodes[i]?.[Number(entry[1])] : undefined;
    const key = entry?.[2] as keyof typeof PLAN_FAMILIES | undefined;
    const col =
      code && key && key in PLAN_FAMILIES ? colOf(`${PLAN_FAMILIES[key]}.${code}`) : fieldCol[field];
    return at(lines[i] ?? header.line, col === undefined ? undefined : name(col));
  };
  return { people, problems, locate, places: lines.map((l) => at(l)) };
}

/** The position table's expected level for a person, or null when the position is not known. */
function tableExpected(set: SetId, p: Person): number | null {
  try {
    return expectedLevel(set, positionCode(p.positionType, p.positionLevel));
  } catch {
    return null;
  }
}

/** A table of people with the settings its file carries (a workbook's settings sheet), validated whole. */
export function assessmentFromTable(
  table: Table,
  file: string,
  overrides: Overrides,
  defaults: Overrides = {},
  own: Omit<Assessment, 'format' | 'version' | 'people'> = {},
  ownPlaces: SettingPlaces = {},
): ReadAssessment {
  // A table that shows one set is never scored with the other: its levels mean other things there.
  const shown = own.set === undefined ? tableSet(table) : null;
  if (shown && overrides.set && overrides.set !== shown.set)
    throw new ImportError(file, [setConflict(shown, overrides.set)]);
  const fileSet = own.set ?? shown?.set;
  const set = overrides.set ?? fileSet ?? defaults.set ?? DEFAULT_SET;
  const { people, problems, locate, places } = readTable(table, set);
  const draft: Assessment = {
    format: FORMAT,
    version: VERSION,
    ...own,
    ...(fileSet ? { set: fileSet } : {}),
    people,
  };
  const resolved = resolveAssessment(draft, overrides, locate, defaults, ownPlaces);
  problems.push(...resolved.problems);
  if (problems.length) throw new ImportError(file, byLine(problems));
  return { assessment: resolved.assessment, places, namesSet: fileSet !== undefined };
}

/** Problems in file order (a stable sort on the line number each place names). */
function byLine(problems: Problem[]): Problem[] {
  const line = (p: Problem) => Number(/(?:บรรทัด|แถว) (\d+)/.exec(p.where)?.[1] ?? 0);
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => line(a.p) - line(b.p) || a.i - b.i)
    .map(({ p }) => p);
}
