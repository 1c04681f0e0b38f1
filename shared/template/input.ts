/** What a template is built from: an assessment's settings and its people as rows of raw values. */
import { getSet } from '../dictionary';
import { COMPETENCY_CODES, type CompetencyCode, type SetId } from '../dictionary/types';
import type { Method, PlanText, Round } from '../interchange/types';

export { METHOD_LABELS } from '../interchange/types';

import type { Band } from '../rules/bands';
import type { PositionCode } from '../rules/positions';
import type { Weights } from '../rules/weights';
import { type ScoreLayout, scoreLayout } from './layout';
import type { Cell } from './types';

/** A value as a person gave it or as a sheet holds it (repair keeps even invalid values as they are). */
export type RawValue = string | number | boolean | null;

export interface InputRow {
  id: RawValue;
  name: RawValue;
  positionType: RawValue;
  positionLevel: RawValue;
  achievement: RawValue;
  competencies: Partial<Record<CompetencyCode, RawValue>>;
  /** Expected levels that override the table for this person. */
  expected: Partial<Record<CompetencyCode, RawValue>>;
  /** The appraisee's own levels (shown beside the evaluator's when any row has one). */
  self?: Partial<Record<CompetencyCode, RawValue>>;
  /** เหตุการณ์/พฤติกรรม per competency. */
  evidence?: Partial<Record<CompetencyCode, RawValue>>;
  /** The development plan's texts per competency. */
  plan?: Partial<Record<CompetencyCode, Partial<Record<PlanText, RawValue>>>>;
}

export interface TemplateInput {
  set: SetId;
  method: Method;
  weights: Weights;
  bands: readonly Band[];
  round?: Round;
  rows: InputRow[];
  /** Empty rows with live formulas after the people (default 20). */
  spareRows?: number;
  /** The expected-level table's values, when a sheet's own (edited) table is kept on repair. */
  expectedLevels?: Partial<Record<PositionCode, RawValue>>;
  /** Also one summary sheet per person (up to SUMMARY_SHEET_LIMIT), each showing that person. */
  summaries?: boolean;
  /** Self-assessment columns even when no row has a self level (a repaired sheet that had them). */
  withSelf?: boolean;
}

const given = (v: Record<string, RawValue | undefined> | undefined) =>
  Object.values(v ?? {}).some((x) => x !== null && x !== undefined && x !== '');

/** The score sheet's columns: with self-assessment columns when asked or when any row has a self level. */
export function layoutOf(input: TemplateInput): ScoreLayout {
  return scoreLayout(input.withSelf === true || input.rows.some((r) => given(r.self)));
}

export const POSITION_TYPES = ['ทั่วไป', 'วิชาการ', 'อำนวยการ', 'บริหาร', 'พนักงานราชการ'];

export function cell(v: RawValue | undefined): Cell {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

/** First row and number of rows of each competency's levels in the dictionary sheet. */
export function dictionaryRows(set: SetId): Record<CompetencyCode, { first: number; count: number }> {
  const out = {} as Record<CompetencyCode, { first: number; count: number }>;
  let row = 2;
  for (const code of COMPETENCY_CODES) {
    const count = getSet(set).competencies.find((c) => c.code === code)!.levels.length;
    out[code] = { first: row, count };
    row += count;
  }
  return out;
}

export function competencyName(set: SetId, code: CompetencyCode): string {
  return getSet(set).competencies.find((c) => c.code === code)!.nameTh;
}
