/** Assessment interchange v1: read (JSON, CSV / tab-separated text or .xlsx, validated whole) and write. */
import { decodeText, type ReadAssessment, readCsv } from './csv';
import { ImportError } from './errors';
import { MAX_BYTES, readJson } from './json';
import type { Overrides } from './resolve';
import { sniff } from './sniff';
import type { Assessment, ResolvedAssessment } from './types';
import { readXlsx } from './xlsx';

export { escapeFormula, keepApostrophe } from './cell-text';
export type { CsvOptions, Encoding, ReadAssessment } from './csv';
export { assessmentToCsv, csvTable, decodeText, parseAssessmentCsv } from './csv';
export { ImportError, type Problem } from './errors';
export { MAX_BYTES, parseAssessmentJson } from './json';
export { missingCompetencies, type Overrides, personPlace, resolveAssessment } from './resolve';
export { MAX_TEXT, textNote, textProblem } from './texts';
export * from './types';
export { parseAssessmentXlsx, readWorkbook } from './xlsx';

/**
 * Reads an assessment file by its content: a workbook (.xlsx), JSON (text starting with "{", or
 * any text in a file named .json), or CSV / tab-separated text; anything else is refused with one message saying what it looks like.
 * `overrides` win over the file's own set, method and weights; `defaults` fill what it lacks.
 */
export function parseAssessment(
  input: Uint8Array | string,
  fileName: string,
  overrides: Overrides = {},
  defaults: Overrides = {},
): ResolvedAssessment {
  return readAssessmentFile(input, fileName, overrides, defaults).assessment;
}

/** parseAssessment, with where each person is in the file (for listing who is incomplete). */
export function readAssessmentFile(
  input: Uint8Array | string,
  fileName: string,
  overrides: Overrides = {},
  defaults: Overrides = {},
): ReadAssessment {
  if (typeof input !== 'string') {
    if (input.byteLength > MAX_BYTES) {
      throw new ImportError(fileName, [
        { where: fileName, message: `ไฟล์ใหญ่เกิน ${MAX_BYTES / 1024 / 1024} MB` },
      ]);
    }
    const kind = sniff(input);
    if (kind.kind === 'not-text')
      throw new ImportError(fileName, [{ where: fileName, message: kind.message }]);
    if (kind.kind === 'xlsx') return readXlsx(input, fileName, overrides, defaults);
  }
  const text = (typeof input === 'string' ? input : decodeText(input).text).replace(/^\uFEFF/, '');
  return /\.json$/i.test(fileName) || text.trimStart().startsWith('{')
    ? readJson(text, fileName, overrides, defaults)
    : readCsv(text, fileName, overrides, defaults);
}

/** Pretty JSON of an assessment, with the format header first. */
export function assessmentToJson(a: Assessment): string {
  const { format, version, ...rest } = a;
  return `${JSON.stringify({ format, version, ...rest }, null, 2)}\n`;
}
