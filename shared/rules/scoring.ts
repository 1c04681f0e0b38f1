/**
 * Scoring (docs/scoring-rules.md): points per competency by method, the weighted competency score,
 * the achievement score, the total and its band. Exact arithmetic; rounding only at the end.
 */
import { levelRange } from '../dictionary';
import { COMPETENCY_CODES, type CompetencyCode, type SetId } from '../dictionary/types';
import type { Method, Person } from '../interchange/types';
import { type Band, bandFor } from './bands';
import { expectedLevel } from './expected';
import { positionCode } from './positions';
import { add, type Fraction, fraction, mul, ratio, round } from './rounding';
import type { Weights } from './weights';

export interface MethodRule {
  /** The most points one competency can earn. */
  max: number;
  /** Whether points depend on the expected level (and so a position must be known). */
  usesExpected: boolean;
  /** The values a person may be given for a competency. */
  range(set: SetId, code: CompetencyCode): { min: number; max: number };
  points(value: number, expected: number): number;
}

export const METHOD_RULES: Record<Method, MethodRule> = {
  // Bar scale: reaching the expected level earns 3, each level short of it one less.
  gap: {
    max: 3,
    usesExpected: true,
    range: levelRange,
    points: (d, e) => Math.max(0, 3 - Math.max(0, e - d)),
  },
  // Rating scale 1–5: the rating is the points.
  rating: {
    max: 5,
    usesExpected: false,
    range: () => ({ min: 1, max: 5 }),
    points: (r) => r,
  },
  // DPIS COMPETENCY_SCALE 6 (BMA): reaching the expected level earns 4, one more per level above, up to 5.
  'bma-points': {
    max: 5,
    usesExpected: true,
    range: levelRange,
    points: (d, e) => (d === 0 ? 0 : Math.min(5, Math.max(0, 4 + d - e))),
  },
};

export interface ScoreContext {
  set: SetId;
  method: Method;
  weights: Weights;
  bands: readonly Band[];
}

export interface PersonScore {
  id: string;
  name: string;
  expected: Partial<Record<CompetencyCode, number>>;
  points: Partial<Record<CompetencyCode, number>>;
  competencyScore: number;
  achievementScore: number | null;
  total: number | null;
  band: string | null;
}

/** Expected level of each competency for a person: their own `expected` map, else the position table. */
export function expectedFor(person: Person, set: SetId): Record<CompetencyCode, number> {
  const own = person.expected ?? {};
  const missing = COMPETENCY_CODES.filter((c) => own[c] === undefined);
  const fromTable =
    missing.length > 0 ? expectedLevel(set, positionCode(person.positionType, person.positionLevel)) : 0;
  return Object.fromEntries(COMPETENCY_CODES.map((c) => [c, own[c] ?? fromTable])) as Record<
    CompetencyCode,
    number
  >;
}

/** The exact (unrounded) competency score: Σ points / (n × max) × competency weight. */
export function competencyFraction(points: readonly number[], method: Method, weight: number): Fraction {
  const sum = points.reduce((a, b) => a + b, 0);
  return mul(ratio(sum, points.length * METHOD_RULES[method].max), fraction(weight));
}

/** Scores one person. The person must be valid for the context (see interchange validation). */
export function scorePerson(person: Person, ctx: ScoreContext): PersonScore {
  const rule = METHOD_RULES[ctx.method];
  let expected: Partial<Record<CompetencyCode, number>> = {};
  try {
    expected = expectedFor(person, ctx.set);
  } catch (e) {
    if (rule.usesExpected) throw e; // rating needs no position
  }
  const points: Partial<Record<CompetencyCode, number>> = {};
  for (const code of COMPETENCY_CODES) {
    const value = person.competencies[code];
    if (value === undefined) throw new Error(`${person.id}: ไม่มีค่าของ ${code}`);
    points[code] = rule.points(value, expected[code] ?? 0);
  }
  const competency = competencyFraction(Object.values(points), ctx.method, ctx.weights.competency);
  const achievement =
    person.achievement === undefined
      ? null
      : mul(mul(fraction(person.achievement), fraction(ctx.weights.achievement)), ratio(1, 100));
  const total = achievement ? round(add(achievement, competency)) : null;
  return {
    id: person.id,
    name: person.name,
    expected,
    points,
    competencyScore: round(competency),
    achievementScore: achievement ? round(achievement) : null,
    total,
    band: total === null ? null : bandFor(total, ctx.bands),
  };
}
