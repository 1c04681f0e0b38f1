/**
 * Every formula of the template, written once. Both renderers emit exactly these texts. Only
 * functions that Google Sheets, Excel and LibreOffice compute the same way are used: IF, AND, OR,
 * COUNT, COUNTIF, MAX, MIN, SUM, ROUND, INDEX, MATCH, LARGE, IFERROR, INDIRECT (and, in the plan
 * sheet, ISNUMBER, INT, MOD, CHOOSE; CHAR(10), a line break, in the summary's plan table).
 *
 * Row templates hold "{r}" where the person's row number goes.
 */
import { COMPETENCY_CODES } from '../dictionary/types';
import type { Method } from '../interchange/types';
import { METHOD_RULES } from '../rules/scoring';
import { absRef, columnLetter } from './a1';
import {
  BAND_FIRST_ROW,
  BAND_ROWS,
  EXPECTED_COL,
  EXPECTED_FIRST_ROW,
  EXPECTED_ROWS,
  type ScoreLayout,
  SETTINGS_ROW,
  SHEETS,
} from './layout';

const c = (col: number) => `$${columnLetter(col)}{r}`;

export const W_ACHIEVEMENT = absRef(SHEETS.settings, SETTINGS_ROW.achievementWeight, 2);
export const W_COMPETENCY = absRef(SHEETS.settings, SETTINGS_ROW.competencyWeight, 2);
const BAND_LABELS = absRef(SHEETS.bands, BAND_FIRST_ROW, 1, BAND_ROWS);
const BAND_MINS = absRef(SHEETS.bands, BAND_FIRST_ROW, 2, BAND_ROWS);
const POS_CODES = absRef(SHEETS.expected, EXPECTED_FIRST_ROW, EXPECTED_COL.code, EXPECTED_ROWS);
const POS_KEYS = absRef(SHEETS.expected, EXPECTED_FIRST_ROW, EXPECTED_COL.key, EXPECTED_ROWS);
const POS_EXPECTED = absRef(SHEETS.expected, EXPECTED_FIRST_ROW, EXPECTED_COL.expected, EXPECTED_ROWS);

/**
 * Rounding: ROUND is half away from zero in all three, but a tie such as 56.035 may be held in
 * binary as 56.03499999…; adding 1E-9 settles it upwards. A score's exact value moves in steps far
 * larger than that (with achievement of up to 2 decimals and weights of up to 4, a value that is not
 * a tie lies at least 3E-9 from one) and floating-point error is far smaller (about 1E-13), so the
 * result always equals the exact rounding of shared/rules.
 */
export const NUDGE = '1E-9';

/** The DPIS position code: type|level looked up in the expected-level table, or a code typed as the level. */
export function positionCodeFormula(L: ScoreLayout): string {
  const [type, level] = [c(L.positionType), c(L.positionLevel)];
  return (
    `IF(AND(${type}="",${level}=""),"",` +
    `IFERROR(INDEX(${POS_CODES},MATCH(${type}&"|"&${level},${POS_KEYS},0)),` +
    `IFERROR(INDEX(${POS_CODES},MATCH(${level},${POS_CODES},0)),"")))`
  );
}

/** Expected level from the table (a number typed in this cell instead overrides it). */
export function expectedFormula(L: ScoreLayout): string {
  const code = c(L.positionCode);
  return `IF(${code}="","",INDEX(${POS_EXPECTED},MATCH(${code},${POS_CODES},0)))`;
}

/**
 * TRUE when a level is below its expected level (two cell references), FALSE when either is not a
 * number yet; the comparison is reached only with two numbers, so an error in either stays out.
 */
export function belowExpected(level: string, expected: string): string {
  return `IF(AND(ISNUMBER(${level}),ISNUMBER(${expected})),${level}<${expected},FALSE)`;
}

/** Points one competency earns, by method (docs/scoring-rules.md), from two cell references. */
export function pointsOf(method: Method, value: string, expected: string): string {
  switch (method) {
    case 'gap':
      return `MAX(0,3-MAX(0,${expected}-${value}))`;
    case 'bma-points':
      return `IF(${value}=0,0,MIN(5,MAX(0,4+${value}-${expected})))`;
    case 'rating':
      return value;
  }
}

/** Sum of points over the five competencies; empty until every needed value is there. */
export function pointsFormula(method: Method, L: ScoreLayout): string {
  const n = COMPETENCY_CODES.length;
  const sum = COMPETENCY_CODES.map((code) =>
    pointsOf(method, c(L.competency[code]), c(L.expected[code])),
  ).join('+');
  // The level columns are a range only when no self-assessment column sits between them.
  const levels = L.withSelf
    ? COMPETENCY_CODES.map((code) => c(L.competency[code])).join(',')
    : `${c(L.competency.ACH)}:${c(L.competency.TW)}`;
  const expecteds = `${c(L.expected.ACH)}:${c(L.expected.TW)}`;
  const complete = METHOD_RULES[method].usesExpected
    ? `COUNT(${levels},${expecteds})<${2 * n}`
    : `COUNT(${levels})<${n}`;
  return `IF(${complete},"",${sum})`;
}

/** Σ points / (n × max) × competency weight, unrounded. */
function competencyPart(method: Method, L: ScoreLayout): string {
  return `${c(L.points)}/${COMPETENCY_CODES.length * METHOD_RULES[method].max}*${W_COMPETENCY}`;
}

export function competencyScoreFormula(method: Method, L: ScoreLayout): string {
  return `IF(${c(L.points)}="","",ROUND(${competencyPart(method, L)}+${NUDGE},2))`;
}

/** Achievement × its weight / 100 + the unrounded competency part, rounded once. */
export function totalFormula(method: Method, L: ScoreLayout): string {
  const achievement = c(L.achievement);
  return (
    `IF(OR(${c(L.points)}="",COUNT(${achievement})=0),"",` +
    `ROUND(${achievement}*${W_ACHIEVEMENT}/100+${competencyPart(method, L)}+${NUDGE},2))`
  );
}

/**
 * The band whose minimum is the largest one not above the total, whatever order the bands sheet
 * is in: LARGE(mins, k + 1) where k mins are above the total. Empty below every minimum.
 */
export function bandFormula(L: ScoreLayout): string {
  const total = c(L.total);
  const above = `COUNTIF(${BAND_MINS},">"&${total})`;
  return (
    `IF(${total}="","",IF(${above}>=COUNT(${BAND_MINS}),"",` +
    `INDEX(${BAND_LABELS},MATCH(LARGE(${BAND_MINS},${above}+1),${BAND_MINS},0))))`
  );
}

/** The lookup key of a row of the expected-level table. */
export const EXPECTED_KEY = `$B{r}&"|"&$C{r}`;

export const WEIGHT_SUM = `$B$${SETTINGS_ROW.achievementWeight}+$B$${SETTINGS_ROW.competencyWeight}`;

/** A row template compiled once for many rows (splitting once is much faster for 10,000 rows). */
export function rowTemplate(template: string): (row: number) => string {
  const parts = template.split('{r}');
  return (row) => parts.join(String(row));
}
