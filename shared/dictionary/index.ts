/** The competency dictionary: both sets, looked up by id and code. */
import { SETS } from './sets.generated';
import {
  COMPETENCY_CODES,
  type Competency,
  type CompetencyCode,
  type CompetencySet,
  type Level,
  type SetId,
} from './types';

export { ERRATA } from './errata';
export {
  COMPETENCY_ALIASES,
  competencyFromLabel,
  competencyName,
  SET_OWN_NAMES,
  SET_TITLE_NAMES,
} from './names';
export * from './types';

export function isCompetencyCode(code: unknown): code is CompetencyCode {
  return (COMPETENCY_CODES as readonly unknown[]).includes(code);
}

export function allSets(): readonly CompetencySet[] {
  return SETS;
}

export function getSet(id: SetId): CompetencySet {
  const set = SETS.find((s) => s.id === id);
  if (!set) throw new Error(`ไม่รู้จักชุดสมรรถนะ "${id}" — ชุดที่มี: ${SETS.map((s) => s.id).join(', ')}`);
  return set;
}

export function getCompetency(set: SetId, code: CompetencyCode): Competency {
  return getSet(set).competencies.find((c) => c.code === code)!;
}

export function getLevel(set: SetId, code: CompetencyCode, level: number): Level | undefined {
  return getCompetency(set, code).levels.find((l) => l.level === level);
}

/** Lowest and highest level a competency has in a set (SERV in bma goes to 6). */
export function levelRange(set: SetId, code: CompetencyCode): { min: number; max: number } {
  const levels = getCompetency(set, code).levels.map((l) => l.level);
  return { min: Math.min(...levels), max: Math.max(...levels) };
}
