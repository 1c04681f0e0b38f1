/** Option parsing shared by the commands: one place that turns bad options into usage errors (exit 2). */
import { readFileSync } from 'node:fs';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { isSetId } from '../shared/dictionary';
import type { SetId } from '../shared/dictionary/types';
import {
  ImportError,
  isMethod,
  METHODS,
  type Method,
  type Overrides,
  type ReadAssessment,
  readAssessmentFile,
} from '../shared/interchange';
import type { ResolvedAssessment } from '../shared/interchange/types';
import { errorText } from '../shared/problem';
import { parseWeights } from '../shared/rules/weights';
import { InputError, UsageError } from './io';

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
  positionals: number,
) {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(errorText(e));
  }
  if (parsed.positionals.length > positionals) {
    throw new UsageError(`มีอาร์กิวเมนต์เกิน: ${parsed.positionals.slice(positionals).join(' ')}`);
  }
  return parsed;
}

export function setOption(value: string | undefined): SetId | undefined {
  if (value === undefined) return undefined;
  if (!isSetId(value)) throw new UsageError(`--set ต้องเป็น bma หรือ ocsc (ได้ "${value}")`);
  return value;
}

export function methodOption(value: string | undefined): Method | undefined {
  if (value === undefined) return undefined;
  if (!isMethod(value)) {
    throw new UsageError(`--method ต้องเป็น ${METHODS.join(' | ')} (ได้ "${value}")`);
  }
  return value;
}

export function overridesFrom(values: { set?: string; method?: string; weights?: string }): Overrides {
  const o: Overrides = {};
  const set = setOption(values.set);
  const method = methodOption(values.method);
  if (set) o.set = set;
  if (method) o.method = method;
  if (values.weights !== undefined) {
    try {
      o.weights = parseWeights(values.weights);
    } catch (e) {
      throw new UsageError(`--weights: ${errorText(e)}`);
    }
  }
  return o;
}

export const ASSESSMENT_OPTIONS = {
  set: { type: 'string' },
  method: { type: 'string' },
  weights: { type: 'string' },
} as const;

/** Reads and validates an assessment file; any problem becomes an InputError naming the file. */
export function readAssessment(file: string, overrides: Overrides): ResolvedAssessment {
  return readInput(file, overrides).assessment;
}

/** readAssessment, with each person's place in the file (row or person number). */
export function readInput(file: string, overrides: Overrides): ReadAssessment {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      `${file}: ${code === 'ENOENT' ? 'ไม่พบไฟล์' : code === 'EISDIR' ? 'เป็นโฟลเดอร์ ไม่ใช่ไฟล์' : `อ่านไฟล์ไม่ได้ (${code})`}`,
    );
  }
  try {
    return readAssessmentFile(bytes, file, overrides);
  } catch (e) {
    if (e instanceof ImportError) throw new InputError(e.message);
    throw e;
  }
}
