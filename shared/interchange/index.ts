/** Assessment interchange v1: read (JSON or CSV, validated whole) and write. */
import { decodeText, parseAssessmentCsv } from './csv';
import { parseAssessmentJson } from './json';
import type { Overrides } from './resolve';
import type { Assessment, ResolvedAssessment } from './types';

export type { CsvOptions, Encoding } from './csv';
export { assessmentToCsv, decodeText, escapeFormula, parseAssessmentCsv } from './csv';
export { ImportError, type Problem } from './errors';
export { MAX_BYTES, parseAssessmentJson } from './json';
export { missingCompetencies, type Overrides, resolveAssessment } from './resolve';
export { MAX_TEXT, textProblem } from './texts';
export * from './types';

/** JSON when the name ends in .json, or (with neither .json nor .csv) when the text starts with "{"; CSV otherwise. */
export function parseAssessment(
  input: Uint8Array | string,
  fileName: string,
  overrides: Overrides = {},
): ResolvedAssessment {
  const text = typeof input === 'string' ? input : decodeText(input).text;
  const isJson =
    /\.json$/i.test(fileName) ||
    (!/\.csv$/i.test(fileName) &&
      text
        .trimStart()
        .replace(/^\uFEFF/, '')
        .startsWith('{'));
  return isJson
    ? parseAssessmentJson(text, fileName, overrides)
    : parseAssessmentCsv(text, fileName, overrides);
}

/** Pretty JSON of an assessment, with the format header first. */
export function assessmentToJson(a: Assessment): string {
  const { format, version, ...rest } = a;
  return `${JSON.stringify({ format, version, ...rest }, null, 2)}\n`;
}
