/**
 * Reads a template back from the values a spreadsheet holds (one grid per sheet, as getValues
 * returns them): the people for export, and everything a user entered for repair. Columns are
 * found by their headers, so a moved column is still read right.
 */
import { competencyFromLabel, isSetId } from '../dictionary';
import { COMPETENCY_CODES, type CompetencyCode, type SetId } from '../dictionary/types';
import { columnFor } from '../interchange/headers';
import {
  type Assessment,
  isMethod,
  type Method,
  PLAN_TEXTS,
  type PlanText,
  type Round,
} from '../interchange/types';
import type { Band } from '../rules/bands';
import { POSITIONS, type PositionCode } from '../rules/positions';
import { parseRoundNumber } from '../rules/rounds';
import type { Weights } from '../rules/weights';
import { cleanText, matchKey, parseThaiNumber } from '../text/normalize';
import type { InputRow, RawValue } from './build';
import { BAND_FIRST_ROW, BAND_ROWS, EXPECTED_COL, HEADERS, SETTINGS_ROW, SHEETS } from './layout';

export type Grid = RawValue[][];

/** A self-assessment, evidence or plan column, known by the interchange's own headers (headers.ts). */
function familyColumn(label: string): { kind: 'self' | 'evidence' | PlanText; code: CompetencyCode } | null {
  const col = columnFor(label);
  if (col?.kind !== 'family' || col.family === 'expected') return null;
  const { family, code } = col;
  return { kind: family.startsWith('plan.') ? (family.slice('plan.'.length) as PlanText) : family, code } as {
    kind: 'self' | 'evidence' | PlanText;
    code: CompetencyCode;
  };
}

/** Thrown when a sheet is not a scoring template; the message is Thai first. */
export class TemplateReadError extends Error {
  override name = 'TemplateReadError';
}

const text = (v: RawValue | undefined): string => (v === null || v === undefined ? '' : cleanText(String(v)));
const isEmpty = (v: RawValue | undefined) => text(v) === '';

/** 1-based number of the header row: the first row whose first cell is รหัส, or 0. */
export function findHeaderRow(values: Grid, within = 20): number {
  for (let i = 0; i < Math.min(values.length, within); i++)
    if (text(values[i]?.[0]) === HEADERS.id) return i + 1;
  return 0;
}

export interface ScoreColumns {
  id: number;
  name: number;
  positionType: number | null;
  positionLevel: number | null;
  achievement: number | null;
  competencies: Record<CompetencyCode, number>;
  expected: Partial<Record<CompetencyCode, number>>;
  self: Partial<Record<CompetencyCode, number>>;
  evidence: Partial<Record<CompetencyCode, number>>;
  plan: Partial<Record<CompetencyCode, Partial<Record<PlanText, number>>>>;
  /** Header text of each column (1-based index → text), for messages. */
  labels: string[];
}

/** Finds the input columns by their headers (1-based); throws when a needed one is missing. */
export function mapHeader(header: RawValue[]): ScoreColumns {
  const labels = header.map(text);
  const find = (label: string) => {
    const i = labels.findIndex((l) => matchKey(l) === matchKey(label));
    return i < 0 ? null : i + 1;
  };
  const competencies: Partial<Record<CompetencyCode, number>> = {};
  const expected: Partial<Record<CompetencyCode, number>> = {};
  const self: ScoreColumns['self'] = {};
  const evidence: ScoreColumns['evidence'] = {};
  const plan: ScoreColumns['plan'] = {};
  const fixed = new Set<string>(Object.values(HEADERS).map(matchKey));
  labels.forEach((l, i) => {
    const family = familyColumn(l);
    if (family) {
      const { kind, code } = family;
      if (kind === 'self') self[code] ??= i + 1;
      else if (kind === 'evidence') evidence[code] ??= i + 1;
      else {
        plan[code] = { [kind]: i + 1, ...plan[code] };
      }
      return;
    }
    if (l.startsWith(HEADERS.expectedPrefix)) {
      const code = competencyFromLabel(l.slice(HEADERS.expectedPrefix.length));
      if (code && expected[code] === undefined) expected[code] = i + 1;
      return;
    }
    if (fixed.has(matchKey(l))) return;
    const code = competencyFromLabel(l);
    if (code && competencies[code] === undefined) competencies[code] = i + 1;
  });
  const id = find(HEADERS.id);
  const name = find(HEADERS.name);
  const missing = [
    ...(id ? [] : [HEADERS.id]),
    ...(name ? [] : [HEADERS.name]),
    ...COMPETENCY_CODES.filter((c) => competencies[c] === undefined),
  ];
  if (missing.length) {
    throw new TemplateReadError(
      `แถวหัวตารางไม่มีคอลัมน์ ${missing.join(', ')} (the header row lacks these columns)`,
    );
  }
  return {
    id: id!,
    name: name!,
    positionType: find(HEADERS.positionType),
    positionLevel: find(HEADERS.positionLevel),
    achievement: find(HEADERS.achievement),
    competencies: competencies as Record<CompetencyCode, number>,
    expected,
    self,
    evidence,
    plan,
    labels,
  };
}

export interface ReadRows {
  rows: InputRow[];
  /** The sheet row (1-based) each entry of `rows` came from. */
  rowNumbers: number[];
}

/**
 * The people rows under the header: values as the sheet holds them. An expected-level cell counts
 * as an override only when it holds a value and no formula. Rows with nothing entered are skipped.
 */
export function readRows(
  values: Grid,
  formulas: string[][] | null,
  headerRow: number,
  cols: ScoreColumns,
): ReadRows {
  const rows: InputRow[] = [];
  const rowNumbers: number[] = [];
  for (let i = headerRow; i < values.length; i++) {
    const line = values[i] ?? [];
    const at = (col: number | null): RawValue => (col === null ? null : (line[col - 1] ?? null));
    const competencies: InputRow['competencies'] = {};
    const expected: InputRow['expected'] = {};
    const self: NonNullable<InputRow['self']> = {};
    const evidence: NonNullable<InputRow['evidence']> = {};
    const plan: NonNullable<InputRow['plan']> = {};
    for (const code of COMPETENCY_CODES) {
      const v = at(cols.competencies[code]);
      if (!isEmpty(v)) competencies[code] = v;
      const e = cols.expected[code];
      if (e !== undefined && !isEmpty(at(e)) && !formulas?.[i]?.[e - 1]) expected[code] = at(e);
      const sv = at(cols.self[code] ?? null);
      if (!isEmpty(sv)) self[code] = sv;
      const ev = at(cols.evidence[code] ?? null);
      if (!isEmpty(ev)) evidence[code] = ev;
      for (const t of PLAN_TEXTS) {
        const pv = at(cols.plan[code]?.[t] ?? null);
        if (!isEmpty(pv)) plan[code] = { ...plan[code], [t]: pv };
      }
    }
    const row: InputRow = {
      id: at(cols.id),
      name: at(cols.name),
      positionType: at(cols.positionType),
      positionLevel: at(cols.positionLevel),
      achievement: at(cols.achievement),
      competencies,
      expected,
      ...(Object.keys(self).length ? { self } : {}),
      ...(Object.keys(evidence).length ? { evidence } : {}),
      ...(Object.keys(plan).length ? { plan } : {}),
    };
    const entered = [row.id, row.name, row.positionType, row.positionLevel, row.achievement].some(
      (v) => !isEmpty(v),
    );
    const written = [competencies, expected, self, evidence, plan].some((o) => Object.keys(o).length > 0);
    if (!entered && !written) continue;
    rows.push(row);
    rowNumbers.push(i + 1);
  }
  return { rows, rowNumbers };
}

export interface Settings {
  set: SetId | null;
  method: Method | null;
  weights: Weights | null;
  round: Round | null;
}

const num = (v: RawValue | undefined): number | null => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return typeof v === 'string' ? parseThaiNumber(v) : null;
};

/** The settings sheet's values; anything missing or unreadable is null. */
export function readSettings(values: Grid): Settings {
  const at = (row: number) => values[row - 1]?.[1] ?? null;
  const set = text(at(SETTINGS_ROW.set));
  const method = text(at(SETTINGS_ROW.method));
  const a = num(at(SETTINGS_ROW.achievementWeight));
  const c = num(at(SETTINGS_ROW.competencyWeight));
  const fy = at(SETTINGS_ROW.fiscalYear);
  const r = at(SETTINGS_ROW.round);
  return {
    set: isSetId(set) ? set : null,
    method: isMethod(method) ? method : null,
    weights: a === null || c === null ? null : { achievement: a, competency: c },
    // Either cell typed makes a round, checked whole by the interchange (roundProblem): a year in
    // the Common era or a round 3 is named there, never dropped.
    round:
      isEmpty(fy) && isEmpty(r)
        ? null
        : ({
            fiscalYear: num(fy) ?? Number.NaN,
            round: typeof r === 'number' ? r : parseRoundNumber(text(r)),
          } as Round),
  };
}

/** The bands sheet's rows that have a label and a number. */
export function readBands(values: Grid): Band[] {
  const bands: Band[] = [];
  for (let i = BAND_FIRST_ROW - 1; i < BAND_FIRST_ROW - 1 + BAND_ROWS; i++) {
    const label = text(values[i]?.[0]);
    const min = num(values[i]?.[1]);
    if (label && min !== null) bands.push({ label, min });
  }
  return bands;
}

/** The expected-level table's values by DPIS code, as the sheet holds them. */
export function readExpectedTable(values: Grid): Partial<Record<PositionCode, RawValue>> {
  const out: Partial<Record<PositionCode, RawValue>> = {};
  const codes = new Set<string>(POSITIONS.map((p) => p.code));
  for (const line of values.slice(1)) {
    const code = text(line[EXPECTED_COL.code - 1]).toUpperCase();
    if (codes.has(code)) out[code as PositionCode] = line[EXPECTED_COL.expected - 1] ?? null;
  }
  return out;
}

/** Where the settings sheet holds what a user may type there, to name it in an error. */
export const TEMPLATE_SETTING_PLACES = {
  weights: `แผ่นงาน "${SHEETS.settings}" ช่อง B${SETTINGS_ROW.achievementWeight} และ B${SETTINGS_ROW.competencyWeight}`,
  round: `แผ่นงาน "${SHEETS.settings}" ช่อง B${SETTINGS_ROW.fiscalYear} และ B${SETTINGS_ROW.round}`,
  bands: `แผ่นงาน "${SHEETS.bands}" ช่อง A${BAND_FIRST_ROW}–A${BAND_FIRST_ROW + BAND_ROWS - 1}`,
} as const;

/** What a template's own sheets say about its assessment (set, method, weights, round, bands): what they hold. */
export function templateSettings(
  grid: (sheet: string) => Grid | null,
): Omit<Assessment, 'format' | 'version' | 'people'> {
  const own: Omit<Assessment, 'format' | 'version' | 'people'> = {};
  const settings = grid(SHEETS.settings);
  if (!settings) return own;
  const s = readSettings(settings);
  if (s.set) own.set = s.set;
  if (s.method) own.method = s.method;
  if (s.weights) own.weights = s.weights;
  if (s.round) own.round = s.round;
  const bands = readBands(grid(SHEETS.bands) ?? []);
  if (bands.length) own.bands = bands;
  return own;
}
