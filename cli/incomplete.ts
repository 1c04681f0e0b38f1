/** The people whose levels are still empty, as score, validate, plan and print list them in Thai. */
import type { CompetencyCode } from '../shared/dictionary/types';
import { type Person, personPlace, type ResolvedAssessment } from '../shared/interchange';
import { notAssessedText } from '../shared/rules/plan';

/** A person with levels still empty: who, where in the file, and which competencies. */
export interface IncompletePerson {
  id: string;
  name: string;
  place: string;
  missing: CompetencyCode[];
}

/** The people with something missing, in file order; `missing` is each person's own (the core's rule). */
export function incompletePeople(
  people: readonly { person: Person; missing: CompetencyCode[] }[],
  places: readonly string[] = [],
): IncompletePerson[] {
  return people.flatMap(({ person, missing }, i) =>
    missing.length
      ? [{ id: person.id, name: person.name, place: places[i] ?? personPlace(i, undefined), missing }]
      : [],
  );
}

/**
 * The people still to finish, Thai: a heading with their count and what it means for the command
 * (`why`, e.g. "ยังคิดคะแนนไม่ได้ …"), then who, where in the file, and which competencies are empty.
 */
export function renderIncomplete(
  a: ResolvedAssessment,
  incomplete: readonly IncompletePerson[],
  why = 'ยังคิดคะแนนไม่ได้ กรอกระดับให้ครบแล้วคิดใหม่',
): string {
  if (!incomplete.length) return '';
  return [
    `ยังประเมินไม่ครบ ${incomplete.length} คน (${why}):`,
    ...incomplete.map((p) => `  ${p.place}: ${p.id} ${p.name} — ${notAssessedText(a.set, p.missing)}`),
  ].join('\n');
}
