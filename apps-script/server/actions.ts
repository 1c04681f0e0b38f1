/**
 * What the add-on does, over the adapter: build the template, export the sheet as an interchange
 * file, repair a template, look up indicators. Plain functions, tested against the in-memory adapter.
 */
import { isSetId } from '../../shared/dictionary';
import { DEFAULT_SET, SET_LABELS, type SetId } from '../../shared/dictionary/types';
import {
  assessmentToJson,
  DEFAULT_METHOD,
  FORMAT,
  ImportError,
  isMethod,
  METHOD_LABELS,
  type Method,
  type Person,
  parseAssessment,
  type Round,
  VERSION,
} from '../../shared/interchange';
import { assessmentFromTable, gridTable } from '../../shared/interchange/table';
import { type Band, DEFAULT_BANDS } from '../../shared/rules/bands';
import { DEFAULT_WEIGHTS, type Weights } from '../../shared/rules/weights';
import { type SearchHit, searchIndicators } from '../../shared/search';
import {
  buildTemplate,
  findHeaderRow,
  HEADER_ROW,
  HEADERS,
  mapHeader,
  readBands,
  readExpectedTable,
  readRows,
  readSettings,
  SHEETS,
  scoreLayout,
  TemplateReadError,
  templateFromAssessment,
} from '../../shared/template';
import { TEMPLATE_SETTING_PLACES, templateSettings } from '../../shared/template/read';
import type { SheetsAdapter, SheetValue } from './adapter';
import { renderToSheets } from './render';

export interface BuildOptions {
  set?: SetId;
  method?: Method;
  people?: Person[];
  round?: Round;
  weights?: Weights;
  bands?: Band[];
  /** Replace the template sheets if they exist already. */
  replace?: boolean;
}

export interface BuildResult {
  sheet: string;
  people: number;
  set: SetId;
  method: Method;
}

/** A problem found in the sheet, placed by row and column. */
export interface SheetProblem {
  where: string;
  message: string;
}

export type ExportResult =
  | { ok: true; json: string; fileName: string; people: number }
  | { ok: false; problems: SheetProblem[] };

export interface RepairResult {
  people: number;
  message: string;
}

export interface TemplateStatus {
  hasTemplate: boolean;
  set: SetId | null;
  method: Method | null;
  weights: Weights | null;
  round: Round | null;
}

/** Builds the scoring template in the current spreadsheet; the options are checked like an imported file. */
export function buildScoringTemplate(adapter: SheetsAdapter, options: BuildOptions = {}): BuildResult {
  if (options.set !== undefined && !isSetId(options.set)) throw new Error(`ไม่รู้จักชุดสมรรถนะ "${options.set}"`);
  if (options.method !== undefined && !isMethod(options.method)) {
    throw new Error(`ไม่รู้จักวิธีคำนวณ "${options.method}"`);
  }
  const draft = {
    format: FORMAT,
    version: VERSION,
    ...(options.set ? { set: options.set } : {}),
    ...(options.method ? { method: options.method } : {}),
    ...(options.round ? { round: options.round } : {}),
    ...(options.weights ? { weights: options.weights } : {}),
    ...(options.bands ? { bands: options.bands } : {}),
    people: options.people ?? [],
  };
  const assessment = parseAssessment(JSON.stringify(draft), 'รายชื่อ.json');
  renderToSheets(templateFromAssessment(assessment), adapter, { replace: options.replace ?? false });
  return {
    sheet: SHEETS.score,
    people: assessment.people.length,
    set: assessment.set,
    method: assessment.method,
  };
}

interface ReadBack {
  values: SheetValue[][];
  formulas: string[][];
  headerRow: number;
}

function has(adapter: SheetsAdapter, name: string): boolean {
  return adapter.sheets().some((s) => s.name === name);
}

/** The score sheet's used area, values and formulas: one getValues and one getFormulas. */
export function readScoreSheet(adapter: SheetsAdapter): ReadBack {
  const info = adapter.sheets().find((s) => s.name === SHEETS.score);
  if (!info || info.lastRow === 0) {
    throw new TemplateReadError(`ไม่พบชีต "${SHEETS.score}" ที่มีข้อมูล: สร้างแม่แบบก่อน`);
  }
  const values = adapter.getValues(SHEETS.score, 1, 1, info.lastRow, info.lastColumn);
  const formulas = adapter.getFormulas(SHEETS.score, 1, 1, info.lastRow, info.lastColumn);
  const headerRow = findHeaderRow(values);
  if (!headerRow) {
    throw new TemplateReadError(`ชีต "${SHEETS.score}" ไม่มีแถวหัวตารางที่ช่องแรกเป็น "${HEADERS.id}"`);
  }
  return { values, formulas, headerRow };
}

export function readSmall(adapter: SheetsAdapter, name: string, rows: number, cols: number): SheetValue[][] {
  return has(adapter, name) ? adapter.getValues(name, 1, 1, rows, cols) : [];
}

export function templateStatus(adapter: SheetsAdapter): TemplateStatus {
  if (!has(adapter, SHEETS.score))
    return { hasTemplate: false, set: null, method: null, weights: null, round: null };
  const settings = readSettings(readSmall(adapter, SHEETS.settings, 9, 2));
  return { hasTemplate: true, ...settings };
}

/**
 * Reads the score sheet back and validates it as an interchange assessment, through the same table
 * reader as a CSV or an .xlsx: every column it knows (levels, expected, self, evidence, plan), every
 * fault named by sheet row and column.
 */
export function exportAssessment(adapter: SheetsAdapter): ExportResult {
  const { values, formulas } = readScoreSheet(adapter);
  const own = templateSettings((name) =>
    name === SHEETS.settings
      ? readSmall(adapter, SHEETS.settings, 9, 2)
      : name === SHEETS.bands
        ? readSmall(adapter, SHEETS.bands, 22, 2)
        : null,
  );
  const formulaCols = (i: number) => new Set((formulas[i] ?? []).flatMap((f, j) => (f ? [j] : [])));
  try {
    const table = gridTable(values, formulaCols);
    const { assessment: a } = assessmentFromTable(table, SHEETS.score, {}, {}, own, TEMPLATE_SETTING_PLACES);
    if (a.people.length === 0)
      return { ok: false, problems: [{ where: SHEETS.score, message: 'ยังไม่มีรายชื่อในแม่แบบ' }] };
    const stamp = a.round ? `${a.round.fiscalYear}-${a.round.round}` : 'ไม่ระบุรอบ';
    return {
      ok: true,
      json: assessmentToJson(a),
      fileName: `samatthana-${a.set}-${stamp}.json`,
      people: a.people.length,
    };
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    return { ok: false, problems: e.problems };
  }
}

/**
 * Re-creates formulas, dropdowns, formatting and protections from what the sheets hold, keeping
 * every entered value (people, levels, overrides, weights, bands, the expected-level table).
 */
export function repairTemplate(adapter: SheetsAdapter): RepairResult {
  const { values, formulas, headerRow } = readScoreSheet(adapter);
  const header = values[headerRow - 1]!;
  const cols = mapHeader(header);
  // Columns the template does not know, inside the area it rewrites, would be overwritten: refuse.
  const known = new Set([
    cols.id,
    cols.name,
    cols.positionType,
    cols.positionLevel,
    cols.achievement,
    ...Object.values(cols.competencies),
    ...Object.values(cols.expected),
    ...Object.values(cols.self),
    ...Object.values(cols.evidence),
    ...Object.values(cols.plan).flatMap((texts) => Object.values(texts ?? {})),
  ]);
  const withSelf = Object.keys(cols.self).length > 0;
  const computed = new Set<string>([
    HEADERS.competencyScore,
    HEADERS.total,
    HEADERS.band,
    HEADERS.positionCode,
    HEADERS.points,
  ]);
  const strangers = cols.labels
    .slice(0, scoreLayout(withSelf).last)
    .map((label, i) => ({ label, col: i + 1 }))
    .filter((x) => x.label && !known.has(x.col) && !computed.has(x.label));
  if (strangers.length) {
    throw new TemplateReadError(
      `ซ่อมไม่ได้: มีคอลัมน์ที่แม่แบบไม่รู้จัก ${strangers.map((s) => `"${s.label}"`).join(', ')} ` +
        `ในช่วงคอลัมน์ของแม่แบบ: ย้ายไปไว้หลังคอลัมน์สุดท้ายก่อน (unknown columns would be overwritten)`,
    );
  }
  const { rows, rowNumbers } = readRows(values, formulas, headerRow, cols);
  const settings = readSettings(readSmall(adapter, SHEETS.settings, 9, 2));
  const bands = readBands(readSmall(adapter, SHEETS.bands, 22, 2));
  const expectedLevels = readExpectedTable(readSmall(adapter, SHEETS.expected, 40, 5));

  // Keep each person on the row they were on: blank rows in between stay blank.
  const lastEntered = rowNumbers.at(-1) ?? headerRow;
  const placed: typeof rows = [];
  const firstRow = headerRow + 1;
  rows.forEach((r, i) => {
    placed[rowNumbers[i]! - firstRow] = r;
  });
  const filled = Array.from(
    { length: Math.max(0, lastEntered - firstRow + 1) },
    (_, i) => placed[i] ?? blankRow(),
  );
  const notes: string[] = [];
  if (!settings.set || !settings.method)
    notes.push(
      `ไม่พบชุดสมรรถนะหรือวิธีคำนวณในชีตตั้งค่า จึงใช้ค่าเริ่มต้น (${SET_LABELS[DEFAULT_SET]}, ${METHOD_LABELS[DEFAULT_METHOD]})`,
    );
  const desc = buildTemplate({
    set: settings.set ?? DEFAULT_SET,
    method: settings.method ?? DEFAULT_METHOD,
    weights: settings.weights ?? { ...DEFAULT_WEIGHTS },
    bands: bands.length ? bands : [...DEFAULT_BANDS],
    ...(settings.round ? { round: settings.round } : {}),
    rows: filled,
    // Cover every row the old sheet used, so no stale formula is left below.
    spareRows: Math.max(20, values.length - lastEntered + Math.max(0, headerRow - HEADER_ROW)),
    expectedLevels,
    ...(withSelf ? { withSelf } : {}),
  });
  // The new layout puts the header where the template wants it; rows above it are the title.
  renderToSheets(desc, adapter, { replace: true, keepContents: [SHEETS.score] });
  return {
    people: rows.length,
    message: [
      `ซ่อมแม่แบบแล้ว: สร้างสูตร รายการเลือก และรูปแบบใหม่ ข้อมูลที่กรอกไว้ ${rows.length} คนยังอยู่ครบ`,
      ...notes,
    ].join(' · '),
  };
}

function blankRow() {
  return {
    id: null,
    name: null,
    positionType: null,
    positionLevel: null,
    achievement: null,
    competencies: {},
    expected: {},
  };
}

export function lookupIndicators(query: string, set?: SetId): SearchHit[] {
  return searchIndicators(String(query ?? ''), { ...(set && isSetId(set) ? { set } : {}), limit: 20 });
}
