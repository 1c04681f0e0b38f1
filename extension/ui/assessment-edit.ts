/** Pure edits of an assessment: each returns a new assessment and leaves the old one untouched. */
import type { CompetencyCode } from '../../shared/dictionary';
import type { Person, ResolvedAssessment } from '../../shared/interchange/types';
import { type PersonScore, scorePerson } from '../../shared/rules';
import { errorText } from './ext-api';

function updatePerson(a: ResolvedAssessment, id: string, change: (p: Person) => Person): ResolvedAssessment {
  return { ...a, people: a.people.map((p) => (p.id === id ? change(p) : p)) };
}

export function setCompetency(
  a: ResolvedAssessment,
  id: string,
  code: CompetencyCode,
  value: number | undefined,
): ResolvedAssessment {
  return updatePerson(a, id, (p) => {
    const competencies = { ...p.competencies };
    if (value === undefined) delete competencies[code];
    else competencies[code] = value;
    return { ...p, competencies };
  });
}

export function setAchievement(
  a: ResolvedAssessment,
  id: string,
  value: number | undefined,
): ResolvedAssessment {
  return updatePerson(a, id, (p) => {
    const next = { ...p };
    if (value === undefined) delete next.achievement;
    else next.achievement = value;
    return next;
  });
}

/** A person's score, or why it cannot be worked out yet (a level not chosen, an unknown position). */
export function scoreOf(a: ResolvedAssessment, p: Person): { score: PersonScore } | { problem: string } {
  try {
    return { score: scorePerson(p, { set: a.set, method: a.method, weights: a.weights, bands: a.bands }) };
  } catch (e) {
    return { problem: errorText(e) };
  }
}

export interface ReadBackChange {
  personId: string;
  personName: string;
  competency: CompetencyCode;
  from: number | undefined;
  to: number;
}

/** Applies levels read from a page; only the listed changes, nothing else. */
export function applyChanges(a: ResolvedAssessment, changes: readonly ReadBackChange[]): ResolvedAssessment {
  return changes.reduce((acc, c) => setCompetency(acc, c.personId, c.competency, c.to), a);
}
