/**
 * Read back: turns what `scan` found on an already-filled form into changes of the assessment.
 * Only fields that carry a level the page shows are used; a field naming a person who is not in
 * the assessment is left out rather than guessed.
 */
import { isCompetencyCode } from '../../shared/dictionary';
import type { Person, ResolvedAssessment } from '../../shared/interchange/types';
import { METHOD_RULES } from '../../shared/rules';
import { PeopleIndex } from '../../shared/text/person-name';
import type { ReadField } from '../engine/types';
import type { ReadBackChange } from './assessment-edit';

/**
 * The one person of the assessment a page's text names (the engine's own matcher: titles and ranks
 * and spacing ignored); undefined when it names nobody in it, or several people.
 */
export function findPerson(people: readonly Person[], who: string): Person | undefined {
  return new PeopleIndex(people).one([who]) ?? undefined;
}

export function readBackChanges(
  scan: { fields: readonly ReadField[] },
  a: ResolvedAssessment,
  selectedPersonId: string | undefined,
): ReadBackChange[] {
  const changes = new Map<string, ReadBackChange>();
  const index = new PeopleIndex(a.people);
  for (const field of scan.fields) {
    if (!isCompetencyCode(field.competency)) continue;
    const level = field.level;
    if (level === null || field.valueKind === 'points') continue;
    const { min, max } = METHOD_RULES[a.method].range(a.set, field.competency);
    if (!Number.isInteger(level) || level < min || level > max) continue;
    const person = field.evaluatee
      ? (index.one([field.evaluatee]) ?? undefined)
      : a.people.find((p) => p.id === selectedPersonId);
    if (!person) continue;
    const from = person.competencies[field.competency];
    if (from === level) continue;
    changes.set(`${person.id}:${field.competency}`, {
      personId: person.id,
      personName: person.name,
      competency: field.competency,
      from,
      to: level,
    });
  }
  return [...changes.values()];
}
