/**
 * Finding which person a grid row or a form section is about: by id, or by name with titles and
 * ranks (นาย, นางสาว, ว่าที่ร้อยตรี…) and all spacing ignored.
 */
import type { Person } from '../../shared/interchange/types';
import { matchKey } from '../../shared/text/normalize';
import { PERSON_TITLES } from './rules';

const TITLE_KEYS = PERSON_TITLES.map(matchKey).sort((a, b) => b.length - a.length);

/** A name as a key: match key without leading titles ("นางสาว สมศรี  ใจดี" → "สมศรีใจดี"). */
export function nameKey(name: string): string {
  let k = matchKey(name);
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const t of TITLE_KEYS) {
      if (k.length > t.length && k.startsWith(t)) {
        k = k.slice(t.length);
        stripped = true;
        break;
      }
    }
  }
  return k;
}

/** Whether a text names a person: it starts with a title or rank, after any "ผู้รับการประเมิน :" label. */
export function looksLikePerson(text: string): boolean {
  const unlabelled = text.replace(/^[^:]{1,40}:/, '');
  const k = matchKey(unlabelled);
  const rest = nameKey(unlabelled);
  return k.length > 0 && rest !== k && /[\u0E01-\u0E2E]/.test(rest);
}

/** The one person texts name, 'ambiguous' when they fit several, or null when they name nobody given. */
export type PersonMatch = Person | 'ambiguous' | null;

export class PeopleIndex {
  readonly #byId = new Map<string, Person>();
  readonly #byName = new Map<string, Person[]>();
  readonly #nameKeys: { key: string; person: Person }[] = [];

  constructor(people: readonly Person[]) {
    for (const p of people) {
      if (p.id) this.#byId.set(matchKey(p.id), p);
      const key = nameKey(p.name ?? '');
      if (!key) continue;
      this.#byName.set(key, [...(this.#byName.get(key) ?? []), p]);
      this.#nameKeys.push({ key, person: p });
    }
  }

  #exact(text: string): PersonMatch {
    const named = this.#byName.get(nameKey(text));
    return this.#byId.get(matchKey(text)) ?? (named ? (named.length > 1 ? 'ambiguous' : named[0]!) : null);
  }

  /**
   * The person that texts (a row's cells, nearest first) name. A cell equal to an id or a name
   * wins; otherwise the one person whose id token or name occurs in the texts together.
   */
  find(texts: readonly string[]): PersonMatch {
    let ambiguous = false;
    for (const t of texts) {
      const m = this.#exact(t);
      if (m === 'ambiguous') ambiguous = true;
      else if (m) return m;
    }
    if (ambiguous) return 'ambiguous';
    const joined = matchKey(texts.join(' '));
    const tokens = new Set(
      texts
        .join(' ')
        .split(/[\s,;:()[\]]+/)
        .map(matchKey),
    );
    const hits = new Set<Person>();
    for (const [id, p] of this.#byId) if (tokens.has(id)) hits.add(p);
    if (hits.size === 0)
      for (const { key, person } of this.#nameKeys) if (joined.includes(key)) hits.add(person);
    return hits.size > 1 ? 'ambiguous' : ([...hits][0] ?? null);
  }

  /** The person an id or name given by someone (a site profile) refers to. */
  lookup(idOrName: string): Person | null {
    const m = this.#exact(idOrName);
    return m === 'ambiguous' ? null : m;
  }
}
