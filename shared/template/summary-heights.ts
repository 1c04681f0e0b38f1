/**
 * How tall the summary's evidence and plan rows must be for the texts of the people a sheet may
 * show (a spreadsheet does not fit a row to a formula's result).
 */
import { getCompetency } from '../dictionary';
import { COMPETENCY_CODES, type CompetencyCode } from '../dictionary/types';
import { PLAN_TEXTS } from '../interchange/types';
import { expectedLevel } from '../rules/expected';
import { positionCode } from '../rules/positions';
import { METHOD_RULES } from '../rules/scoring';
import { displayWidth } from '../text/normalize';
import { cell, competencyName, type InputRow, type RawValue, type TemplateInput } from './input';
import { C, WIDTHS } from './summary-columns';

/**
 * Row heights are set in the file (a spreadsheet does not fit a row to a formula's result), so the
 * rows of evidence and plan are made as tall as the longest text of the people a sheet may show.
 * Measured on LibreOffice's PDF with TH Sarabun New: a column takes about 0.7 Thai characters per
 * unit of width (marks above and below not counted; lines break between words, so a little less is
 * used here), and a wrapped line needs about 1.7 × the font size, a little more than LINE_HEIGHT.
 */
const CHARS_PER_WIDTH = 0.65;
const WRAPPED_LINE = 1.15;
export const MIN_LINES = 2 * WRAPPED_LINE;

/** Lines (in LINE_HEIGHT units) a text takes in a column `width` characters wide; a line break starts a new line. */
export function linesOf(text: RawValue | undefined, width: number): number {
  if (text === null || text === undefined || text === '') return 0;
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH));
  const lines = String(text)
    .split('\n')
    .reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / perLine)), 0);
  return Math.ceil(lines * WRAPPED_LINE * 2) / 2;
}

const widthOf = (col: number, cols = 1) => WIDTHS.slice(col - 1, col - 1 + cols).reduce((a, b) => a + b, 0);

export function evidenceLines(
  input: TemplateInput,
  code: CompetencyCode,
  shown: readonly InputRow[],
): number {
  return Math.max(
    MIN_LINES,
    linesOf(competencyName(input.set, code), widthOf(C.name)),
    ...shown.map((p) => linesOf(p.evidence?.[code], widthOf(C.evidence))),
  );
}

/** Whether a person's level is below the expected level (their own, else the position table's). */
function below(input: TemplateInput, p: InputRow, code: CompetencyCode): boolean {
  if (!METHOD_RULES[input.method].usesExpected) return false;
  const level = Number(p.competencies[code] ?? Number.NaN);
  let expected = Number(p.expected[code] ?? Number.NaN);
  if (Number.isNaN(expected)) {
    try {
      expected = expectedLevel(
        input.set,
        positionCode(String(p.positionType ?? ''), String(p.positionLevel ?? '')),
      );
    } catch {
      return false;
    }
  }
  return level < expected;
}

/**
 * The plan rows' heights: row j as tall as the j-th entry of any person shown (the competencies
 * with a plan text or below the expected level, in order; a goal from the dictionary at its longest).
 */
export function planRowLines(input: TemplateInput, shown: readonly InputRow[]): number[] {
  // A goal from the dictionary at its longest ("ระดับ n " and the longest title), and the name.
  const longestGoal = Object.fromEntries(
    COMPETENCY_CODES.map((code) => {
      const title = Math.max(...getCompetency(input.set, code).levels.map((l) => displayWidth(l.title)));
      return [code, 'ก'.repeat(title + 16)];
    }),
  ) as Record<CompetencyCode, string>;
  const nameLines = Object.fromEntries(
    COMPETENCY_CODES.map((code) => [code, linesOf(competencyName(input.set, code), widthOf(1, 2))]),
  ) as Record<CompetencyCode, number>;
  const entry = (p: InputRow, code: CompetencyCode) => {
    const texts = p.plan?.[code] ?? {};
    const goal = linesOf(texts.goal || longestGoal[code], widthOf(1, 2));
    return Math.max(
      nameLines[code] + goal,
      linesOf(texts.method, widthOf(C.expected, 3)),
      linesOf(texts.period, widthOf(C.result)),
      linesOf(texts.measure, widthOf(C.evidence)),
    );
  };
  const rows = COMPETENCY_CODES.map(() => MIN_LINES);
  for (const p of shown) {
    const listed = COMPETENCY_CODES.filter(
      (code) => PLAN_TEXTS.some((t) => cell(p.plan?.[code]?.[t]) !== null) || below(input, p, code),
    );
    listed.forEach((code, j) => {
      rows[j] = Math.max(rows[j]!, entry(p, code));
    });
  }
  return rows;
}
