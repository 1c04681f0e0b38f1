/**
 * Read back: turns what `scan` found on an already-filled form into changes of the assessment:
 * the evaluator's levels, the self-assessment levels, and the evidence texts the page shows. Only
 * fields that carry a level (or a text) are used; a field naming a person who is not in the
 * assessment is left out rather than guessed.
 */
import { isCompetencyCode } from '../../shared/dictionary';
import { textProblem } from '../../shared/interchange';
import type { Person, ResolvedAssessment } from '../../shared/interchange/types';
import { METHOD_RULES } from '../../shared/rules';
import { cleanLongText } from '../../shared/text/normalize';
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
    const code = field.competency;
    const person = field.evaluatee
      ? (index.one([field.evaluatee]) ?? undefined)
      : a.people.find((p) => p.id === selectedPersonId);
    if (!person) continue;
    const who = { personId: person.id, personName: person.name, competency: code };
    if (field.purpose === 'evidence') {
      // A text the interchange can hold; an empty box removes nothing.
      const text = cleanLongText(field.value ?? '').trim();
      if (text === '' || textProblem(text)) continue;
      const from = person.evidence?.[code];
      if (from !== undefined && cleanLongText(from).trim() === text) continue;
      changes.set(`${person.id}:${code}:evidence`, { ...who, kind: 'evidence', from, to: text });
      continue;
    }
    const level = field.level;
    if (level === null || field.valueKind === 'points') continue;
    if (field.purpose !== undefined && field.purpose !== 'self') continue;
    const { min, max } = METHOD_RULES[a.method].range(a.set, code);
    if (!Number.isInteger(level) || level < min || level > max) continue;
    const kind = field.purpose === 'self' ? 'self' : 'level';
    const from = kind === 'self' ? person.self?.[code] : person.competencies[code];
    if (from === level) continue;
    changes.set(`${person.id}:${code}:${kind}`, {
      ...who,
      ...(kind === 'self' ? { kind } : {}),
      from,
      to: level,
    });
  }
  return [...changes.values()];
}
