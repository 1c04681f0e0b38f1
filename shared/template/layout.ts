/**
 * Where everything sits in the template: sheet names, the score sheet's columns, and the rows of
 * the reference sheets. The builder, the formulas and the readers (export, repair) share these.
 */
import { COMPETENCY_CODES, type CompetencyCode } from '../dictionary/types';
import { PLAN_TEXTS, type PlanText } from '../interchange/types';

export { familyHeader, PLAN_FAMILIES } from '../interchange/headers';

import { POSITIONS } from '../rules/positions';

export const SHEETS = {
  score: 'คะแนน',
  summary: 'แบบสรุป',
  plan: 'แผนพัฒนา',
  settings: 'ตั้งค่า',
  bands: 'เกณฑ์',
  expected: 'ระดับที่คาดหวัง',
  dictionary: 'พจนานุกรม',
} as const;

/** Score sheet: a title row, a subtitle row, the header row, then one row per person. */
export const TITLE_ROW = 1;
export const SUBTITLE_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_PERSON_ROW = 4;

/** Empty rows with live formulas below the people, for people added by hand. */
export const DEFAULT_SPARE_ROWS = 20;

/** A Thai line of text needs about 1.5 × the font size: marks sit above and below the consonants. */
export const LINE_HEIGHT = 1.5;

/** Rows the score sheet has for people: the people given, then the spare rows (at least one). */
export function personRowCount(people: number, spareRows = DEFAULT_SPARE_ROWS): number {
  return Math.max(people + spareRows, 1);
}

/** Most summary sheets one workbook gets (one per person); a larger team prints with `samatthana print`. */
export const SUMMARY_SHEET_LIMIT = 100;

// Score sheet columns (1-based).
export const COL = {
  id: 1,
  name: 2,
  positionType: 3,
  positionLevel: 4,
  achievement: 5,
  /** First competency column; the five follow in COMPETENCY_CODES order. */
  firstCompetency: 6,
  competencyScore: 11,
  total: 12,
  band: 13,
  /** Hidden helpers: the DPIS position code, the sum of points, and each competency's expected level. */
  positionCode: 14,
  points: 15,
  firstExpected: 16,
} as const;

export const LAST_COL = COL.firstExpected + COMPETENCY_CODES.length - 1;

/**
 * The score sheet's columns for one template (1-based). Without self-assessment they are `COL`;
 * with it, each competency's level column is followed by the appraisee's own level, and every
 * column after them moves right. Evidence and the development plan, one column per competency and
 * text, sit after the hidden helpers, outside the print area: the summary sheets print them.
 */
export interface ScoreLayout {
  withSelf: boolean;
  id: number;
  name: number;
  positionType: number;
  positionLevel: number;
  achievement: number;
  competency: Record<CompetencyCode, number>;
  /** The self-assessment columns; empty without self. */
  self: Partial<Record<CompetencyCode, number>>;
  competencyScore: number;
  total: number;
  band: number;
  positionCode: number;
  points: number;
  /** The hidden expected-level columns, one per competency, side by side. */
  firstExpected: number;
  expected: Record<CompetencyCode, number>;
  /** Evidence (เหตุการณ์/พฤติกรรม), one column per competency, side by side. */
  evidence: Record<CompetencyCode, number>;
  /** The plan's texts per competency: goal, method, period, measure of ACH, then of SERV, …. */
  plan: Record<CompetencyCode, Record<PlanText, number>>;
  firstPlan: number;
  /** The last column of the formula area (the hidden helpers' end). */
  lastHelper: number;
  /** The last column the template writes. */
  last: number;
}

export function scoreLayout(withSelf: boolean): ScoreLayout {
  let c = COL.firstCompetency;
  const competency = {} as Record<CompetencyCode, number>;
  const self: Partial<Record<CompetencyCode, number>> = {};
  for (const code of COMPETENCY_CODES) {
    competency[code] = c++;
    if (withSelf) self[code] = c++;
  }
  const [competencyScore, total, band, positionCode, points] = [c, c + 1, c + 2, c + 3, c + 4];
  const firstExpected = c + 5;
  const perCompetency = (start: number, width = 1) =>
    Object.fromEntries(COMPETENCY_CODES.map((code, i) => [code, start + i * width])) as Record<
      CompetencyCode,
      number
    >;
  const expected = perCompetency(firstExpected);
  const lastHelper = firstExpected + COMPETENCY_CODES.length - 1;
  const evidence = perCompetency(lastHelper + 1);
  const firstPlan = lastHelper + 1 + COMPETENCY_CODES.length;
  const starts = perCompetency(firstPlan, PLAN_TEXTS.length);
  const plan = Object.fromEntries(
    COMPETENCY_CODES.map((code) => [
      code,
      Object.fromEntries(PLAN_TEXTS.map((t, i) => [t, starts[code] + i])) as Record<PlanText, number>,
    ]),
  ) as Record<CompetencyCode, Record<PlanText, number>>;
  return {
    withSelf,
    id: COL.id,
    name: COL.name,
    positionType: COL.positionType,
    positionLevel: COL.positionLevel,
    achievement: COL.achievement,
    competency,
    self,
    competencyScore,
    total,
    band,
    positionCode,
    points,
    firstExpected,
    expected,
    evidence,
    plan,
    firstPlan,
    lastHelper,
    last: firstPlan + COMPETENCY_CODES.length * PLAN_TEXTS.length - 1,
  };
}

export function competencyCol(code: CompetencyCode): number {
  return COL.firstCompetency + COMPETENCY_CODES.indexOf(code);
}

export function expectedCol(code: CompetencyCode): number {
  return COL.firstExpected + COMPETENCY_CODES.indexOf(code);
}

/** Fixed Thai headers (docs/template.md); competency headers are the set's Thai names. */
export const HEADERS = {
  id: 'รหัส',
  name: 'ชื่อ-สกุล',
  positionType: 'ประเภทตำแหน่ง',
  positionLevel: 'ระดับตำแหน่ง',
  achievement: 'ผลสัมฤทธิ์',
  competencyScore: 'คะแนนสมรรถนะ',
  total: 'คะแนนรวม',
  band: 'ผลการประเมิน',
  positionCode: 'รหัสตำแหน่ง',
  points: 'คะแนนดิบสมรรถนะ',
  expectedPrefix: 'ระดับที่คาดหวัง',
} as const;

// Settings sheet (ตั้งค่า): label in A, value in B, note in C.
export const SETTINGS_ROW = {
  achievementWeight: 2,
  competencyWeight: 3,
  weightSum: 4,
  set: 5,
  method: 6,
  fiscalYear: 7,
  round: 8,
} as const;

// Bands sheet (เกณฑ์): label in A, lowest total in B, rows 2 … 21 (room for 20 bands).
export const BAND_FIRST_ROW = 2;
export const BAND_ROWS = 20;

// Expected-level sheet: DPIS code, type, level, expected level, lookup key (type|level, hidden).
export const EXPECTED_FIRST_ROW = 2;
export const EXPECTED_ROWS = POSITIONS.length;
export const EXPECTED_COL = { code: 1, type: 2, level: 3, expected: 4, key: 5 } as const;

// Dictionary sheet: one row per level; competency code, name, level, title, indicators, note.
export const DICT_COL = { code: 1, name: 2, level: 3, title: 4, indicators: 5, note: 6 } as const;
