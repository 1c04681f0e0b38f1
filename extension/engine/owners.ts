/**
 * Whose field it is: the person a grid row, a section or a profile mapping names; else, on a form
 * that names nobody per field, the one person of the input, or the one person its document (the
 * frame it is in) names anywhere.
 */
import type { Person } from '../../shared/interchange/types';
import { textOf } from './dom';
import type { Field } from './match';
import { PeopleIndex, type PersonMatch } from './people';

/**
 * A person of the input; a text naming several of them (ambiguous); null for somebody not in the
 * input; undefined when nothing tells among several people.
 */
export type Owner = Person | string | null | undefined;

export class Owners {
  readonly #people: readonly Person[];
  readonly #index: PeopleIndex;
  readonly #named = new Map<Document, Person | null>();
  readonly #found = new Map<string, PersonMatch>();
  readonly #byTexts = new WeakMap<readonly string[], PersonMatch | undefined>();

  constructor(people: readonly Person[]) {
    this.#people = people;
    this.#index = new PeopleIndex(people);
  }

  /** The one person of the input a document names anywhere (its appraisee), or null. */
  documentPerson(doc: Document | undefined): Person | null {
    if (!doc) return null;
    if (!this.#named.has(doc)) this.#named.set(doc, this.#index.one([textOf(doc.body ?? doc)]));
    return this.#named.get(doc) ?? null;
  }

  of(f: Pick<Field, 'evaluatee' | 'els' | 'personTexts'>): Owner {
    if (f.evaluatee) {
      const p = this.#index.lookup(f.evaluatee);
      if (p) return p;
      // A profile may name the element that shows the person instead.
      let named: string | null = null;
      try {
        const el = (f.els[0]?.ownerDocument ?? document).querySelector(f.evaluatee);
        named = el ? textOf(el) : null;
      } catch {
        // not a selector: a name that is nobody in the input
      }
      return named ? this.#index.one([named]) : null;
    }
    if (f.personTexts.length) {
      // Every field of a grid row names its person with the same texts (mostly the same array): match them once.
      let m: PersonMatch | undefined;
      if (this.#byTexts.has(f.personTexts)) m = this.#byTexts.get(f.personTexts);
      else {
        const key = f.personTexts.join('\u0000');
        m = this.#found.get(key);
        if (m === undefined && !this.#found.has(key)) {
          m = this.#index.find(f.personTexts);
          this.#found.set(key, m);
        }
        this.#byTexts.set(f.personTexts, m);
      }
      return m === 'ambiguous' ? f.personTexts.join(' ') : m;
    }
    if (this.#people.length === 1) return this.#people[0]!;
    return this.documentPerson(f.els[0]?.ownerDocument) ?? undefined;
  }
}
