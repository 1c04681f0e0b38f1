/**
 * Whom the page holds, for the fill view: the assessment's people the page shows (grid rows,
 * sections, or the person a one-person form names), those it does not, and names on it that are
 * nobody in the assessment. Uses the engine's own person matcher.
 */
import type { Person } from '../../shared/interchange/types';
import { PeopleIndex } from '../../shared/text/person-name';

export interface PagePeople {
  /** People of the assessment the page shows, in the assessment's order. */
  found: Person[];
  /** People of the assessment the page does not show. */
  lacking: Person[];
  /** What the page names that is nobody in the assessment (or several of them at once). */
  strangers: string[];
}

export function pagePeople(evaluatees: readonly string[], people: readonly Person[]): PagePeople {
  const index = new PeopleIndex(people);
  const hit = new Set<Person>();
  const strangers: string[] = [];
  for (const e of evaluatees) {
    const p = index.one([e]);
    if (p) hit.add(p);
    else strangers.push(e);
  }
  return {
    found: people.filter((p) => hit.has(p)),
    lacking: people.filter((p) => !hit.has(p)),
    strangers,
  };
}
