/**
 * Read back: turns what `scan` found on an already-filled form into changes of the assessment.
 * Only fields that carry a level the page shows are used; a field naming a person who is not in
 * the assessment is left out rather than guessed.
 */
import { isCompetencyCode } from '../../shared/dictionary';
import type { Person, ResolvedAssessment } from '../../shared/interchange/types';
import { METHOD_RULES } from '../../shared/rules';
import { matchKey } from '../../shared/text/normalize';
import type { ReadField } from '../engine/types';
import type { ReadBackChange } from './assessment-edit';

const TITLES = /^(นางสาว|นาง|นาย|น\.ส\.|ว่าที่ร้อยตรี|ว่าที่ ร\.ต\.|ดร\.|mrs\.?|mr\.?|ms\.?|miss)/i;

export function personKey(name: string): string {
  return matchKey(name).replace(TITLES, '');
}

export function findPerson(people: readonly Person[], who: string): Person | undefined {
  const key = matchKey(who);
  return (
    people.find((p) => matchKey(p.id) === key) ??
    people.find((p) => personKey(p.name) === personKey(who)) ??
    people.find((p) => key.includes(matchKey(p.id)) || key.includes(personKey(p.name)))
  );
}

export function readBackChanges(
  scan: { fields: readonly ReadField[] },
  a: ResolvedAssessment,
  selectedPersonId: string | undefined,
): ReadBackChange[] {
  const changes = new Map<string, ReadBackChange>();
  for (const field of scan.fields) {
    if (!isCompetencyCode(field.competency)) continue;
    const level = field.level;
    if (level === null || field.valueKind === 'points') continue;
    const { min, max } = METHOD_RULES[a.method].range(a.set, field.competency);
    if (!Number.isInteger(level) || level < min || level > max) continue;
    const person = field.evaluatee
      ? findPerson(a.people, field.evaluatee)
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
