/**
 * Finding which person a grid row or a form section is about: by id, or by name with titles and
 * ranks (นาย, นางสาว, ว่าที่ร้อยตรี…) and all spacing ignored.
 */
import type { Person } from '../../shared/interchange/types';
import { matchKey } from '../../shared/text/normalize';
import { RULES } from './rules';

const TITLE_KEYS = RULES.personTitles.map(matchKey).sort((a, b) => b.length - a.length);

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

export type PersonMatch = { person: Person } | { ambiguous: true } | null;

export class PeopleIndex {
  private readonly byId = new Map<string, Person>();
  private readonly byName = new Map<string, Person[]>();
  private readonly nameKeys: { key: string; person: Person }[] = [];

  constructor(readonly people: readonly Person[]) {
    for (const p of people) {
      if (p.id) this.byId.set(matchKey(p.id), p);
      const key = nameKey(p.name ?? '');
      if (!key) continue;
      this.byName.set(key, [...(this.byName.get(key) ?? []), p]);
      this.nameKeys.push({ key, person: p });
    }
  }

  private exact(text: string): PersonMatch {
    const byId = this.byId.get(matchKey(text));
    if (byId) return { person: byId };
    const named = this.byName.get(nameKey(text));
    if (named?.length === 1) return { person: named[0]! };
    if (named && named.length > 1) return { ambiguous: true };
    return null;
  }

  /**
   * The person that texts (a row's cells, nearest first) name. A cell equal to an id or a name
   * wins; otherwise the one person whose id token or name occurs in the texts together.
   */
  find(texts: readonly string[]): PersonMatch {
    let ambiguous = false;
    for (const t of texts) {
      const m = this.exact(t);
      if (m && 'person' in m) return m;
      if (m) ambiguous = true;
    }
    if (ambiguous) return { ambiguous: true };
    const joined = matchKey(texts.join(' '));
    const tokens = new Set(
      texts
        .join(' ')
        .split(/[\s,;:()[\]]+/)
        .map(matchKey),
    );
    const hits = new Set<Person>();
    for (const [id, p] of this.byId) if (tokens.has(id)) hits.add(p);
    if (hits.size === 0)
      for (const { key, person } of this.nameKeys) if (joined.includes(key)) hits.add(person);
    if (hits.size === 1) return { person: [...hits][0]! };
    return hits.size > 1 ? { ambiguous: true } : null;
  }

  /** The person an id or name given by someone (a site profile) refers to. */
  lookup(idOrName: string): Person | null {
    const m = this.exact(idOrName);
    return m && 'person' in m ? m.person : null;
  }
}
