/**
 * Finding which person a grid row or a form section is about: the shared matcher (by id, or by name
 * with titles and spacing ignored), for the people of a fill input.
 */
import type { Person } from '../../shared/interchange/types';
import { PeopleIndex as Index, type PersonMatch as Match } from '../../shared/text/person-name';

export { looksLikePerson, nameKey } from '../../shared/text/person-name';

export type PersonMatch = Match<Person>;

export class PeopleIndex extends Index<Person> {}
