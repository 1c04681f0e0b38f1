/** Reads the interchange JSON: syntax errors with line and column, schema errors with JSON paths. */
import { type ParseError, parse as parseJsonc, printParseErrorCode } from 'jsonc-parser';
import { isObject } from '../problem';
import { cleanLongText, cleanText, parseThaiNumber } from '../text/normalize';
import { ImportError, jsonPath, type Problem } from './errors';
import { jsonLocate, type Overrides, personPlace, resolveAssessment } from './resolve';
import type { ReadAssessment } from './table';
import type { Assessment, ResolvedAssessment } from './types';
import validate, { type SchemaError } from './validate.generated';

/** Larger files are refused before parsing: a real team is a few hundred kilobytes. */
export const MAX_BYTES = 20 * 1024 * 1024;

function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const col = offset - before.lastIndexOf('\n');
  return `บรรทัด ${line}, คอลัมน์ ${col}`;
}

const SYNTAX_TH: Record<string, string> = {
  InvalidSymbol: 'มีอักขระที่ไม่ใช่ JSON',
  InvalidNumberFormat: 'ตัวเลขผิดรูปแบบ',
  PropertyNameExpected: 'ต้องมีชื่อช่องในเครื่องหมาย "…"',
  ValueExpected: 'ต้องมีค่า',
  ColonExpected: 'ขาดเครื่องหมาย :',
  CommaExpected: 'ขาดเครื่องหมาย ,',
  CloseBraceExpected: 'ขาดวงเล็บปิด }',
  CloseBracketExpected: 'ขาดวงเล็บปิด ]',
  EndOfFileExpected: 'มีข้อความเกินหลังจบ JSON',
  UnexpectedEndOfString: 'ข้อความในเครื่องหมาย "…" ไม่ปิด',
  InvalidEscapeCharacter: 'ลำดับอักขระหลีก (\\) ไม่ถูกต้อง',
  InvalidCharacter: 'มีอักขระควบคุมในข้อความ',
};

function syntaxProblems(text: string): Problem[] {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  // After the first syntax error a parser can only guess; later "errors" are its guesses, so name the first.
  const list = errors.slice(0, 1).map((e) => {
    const code = printParseErrorCode(e.error);
    return { where: lineCol(text, e.offset), message: SYNTAX_TH[code] ?? 'JSON ไม่ถูกต้อง' };
  });
  return list.length ? list : [{ where: 'ทั้งไฟล์', message: 'JSON ไม่ถูกต้อง' }];
}

function schemaMessage(e: SchemaError): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `ขาดช่อง "${p.missingProperty}" ที่ต้องมี`;
    case 'additionalProperties':
      return `ไม่รู้จักช่อง "${p.additionalProperty}"`;
    case 'type':
      return `ต้องเป็น${p.type === 'integer' ? 'จำนวนเต็ม' : p.type === 'number' ? 'ตัวเลข' : p.type === 'string' ? 'ข้อความ' : p.type === 'array' ? 'รายการ [...]' : 'ออบเจกต์ {...}'}`;
    case 'const':
      return `ต้องเป็น ${JSON.stringify(p.allowedValue)}`;
    case 'enum':
      return `ต้องเป็นค่าใดค่าหนึ่งใน ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'minimum':
      return `ต้องไม่น้อยกว่า ${p.limit}`;
    case 'maximum':
      return `ต้องไม่เกิน ${p.limit}`;
    case 'minLength':
      return 'ต้องไม่ว่าง';
    case 'maxLength':
      return `ยาวเกิน ${p.limit} ตัวอักษร`;
    case 'minItems':
      return `ต้องมีอย่างน้อย ${p.limit} รายการ`;
    case 'pattern':
      return 'มีอักขระควบคุมในข้อความ (ขึ้นบรรทัดใหม่ได้ แต่อักขระควบคุมอื่นไม่ได้)';
    case 'maxItems':
      return `มีได้ไม่เกิน ${p.limit} รายการ`;
    default:
      return 'ค่าไม่ถูกต้องตามรูปแบบไฟล์';
  }
}

/** A schema error's place: the person counted from 1 with id and name, then the key path as the file writes it. */
function jsonPlace(pointer: string, people: unknown[]): string {
  const m = /^\/people\/(\d+)(?:\/(.*))?$/.exec(pointer);
  if (!m) return pointer ? `ช่อง ${jsonPath(pointer).replace(/^\$\.?/, '')}` : 'ทั้งไฟล์';
  const i = Number(m[1]);
  const p = people[i];
  const rest = m[2] ? jsonPath(`/${m[2]}`).replace(/^\$\.?/, '') : '';
  return `${personPlace(i, isObject(p) ? p : undefined)}${rest ? `, ช่อง ${rest}` : ''}`;
}

const NUMERIC_PERSON_MAPS = ['competencies', 'expected', 'self'] as const;

/** Numbers written as strings with Thai or ASCII digits ("๓", "80.5") become numbers; text is cleaned. */
function normaliseInput(d: unknown): void {
  if (!isObject(d)) return;
  const num = (v: unknown) => (typeof v === 'string' ? (parseThaiNumber(v) ?? v) : v);
  if (isObject(d.round)) {
    d.round.fiscalYear = num(d.round.fiscalYear);
    d.round.round = num(d.round.round);
  }
  if (!Array.isArray(d.people)) return;
  for (const person of d.people) {
    if (!isObject(person)) continue;
    for (const k of ['id', 'name', 'positionType', 'positionLevel']) {
      const v = person[k];
      if (typeof v === 'string') person[k] = cleanText(v);
    }
    person.achievement = num(person.achievement);
    if (person.achievement === undefined) delete person.achievement;
    // NFC before the schema counts characters; the rest of the text rules are in resolveTexts.
    const texts = [person.evidence, ...(Array.isArray(person.plan) ? person.plan : [])];
    for (const map of texts) {
      if (isObject(map))
        for (const [k, v] of Object.entries(map)) if (typeof v === 'string') map[k] = cleanLongText(v);
    }
    for (const m of NUMERIC_PERSON_MAPS) {
      const map = person[m];
      if (isObject(map)) for (const [k, v] of Object.entries(map)) map[k] = num(v);
    }
  }
}

export function parseAssessmentJson(
  text: string,
  file = 'assessment.json',
  overrides: Overrides = {},
  defaults: Overrides = {},
): ResolvedAssessment {
  return readJson(text, file, overrides, defaults).assessment;
}

export function readJson(
  text: string,
  file: string,
  overrides: Overrides = {},
  defaults: Overrides = {},
): ReadAssessment {
  if (text.length > MAX_BYTES) {
    throw new ImportError(file, [{ where: 'ทั้งไฟล์', message: `ไฟล์ใหญ่เกิน ${MAX_BYTES / 1024 / 1024} MB` }]);
  }
  const body = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    if (e instanceof RangeError)
      throw new ImportError(file, [{ where: 'ทั้งไฟล์', message: 'JSON ซ้อนลึกเกินไป' }]);
    throw new ImportError(file, syntaxProblems(body));
  }
  normaliseInput(data);
  if (!validate(data)) {
    const people = isObject(data) && Array.isArray(data.people) ? data.people : [];
    const problems = (validate.errors ?? []).map((e) => ({
      where: jsonPlace(e.instancePath, people),
      message: schemaMessage(e),
    }));
    throw new ImportError(file, dedupe(problems));
  }
  const a = data as Assessment;
  const { assessment, problems } = resolveAssessment(a, overrides, jsonLocate(a.people), defaults);
  if (problems.length) throw new ImportError(file, problems);
  return {
    assessment,
    // Just the number: whoever lists a person names them beside it.
    places: assessment.people.map((_, i) => personPlace(i, undefined)),
    namesSet: a.set !== undefined,
  };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.where}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
