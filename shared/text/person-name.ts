/**
 * Telling which person a text names, the one matcher for every part that reads names off a page
 * (the fill engine, the panel's read-back): by id, or by name with titles and ranks (นาย, นางสาว,
 * ว่าที่ร้อยตรี…) and all spacing ignored.
 */
import { matchKey } from './normalize';

/**
 * Titles and ranks written before Thai names, stripped (repeatedly, longest first) before names
 * are compared. Compared on match keys: no spaces, lower case.
 */
export const PERSON_TITLES: readonly string[] = (
  'นาย นาง นางสาว น.ส. ด.ช. ด.ญ. ว่าที่ ' +
  'ร้อยตรี ร้อยโท ร้อยเอก พันตรี พันโท พันเอก ร.ต. ร.ท. ร.อ. พ.ต. พ.ท. พ.อ. ' +
  'จ.ส.อ. จ.ส.ท. จ.ส.ต. ส.อ. ส.ท. ส.ต. จ่าสิบเอก สิบเอก ' +
  'ด.ต. ร.ต.อ. ร.ต.ท. ร.ต.ต. พ.ต.อ. พ.ต.ท. พ.ต.ต. หญิง ' +
  'ดร. ศ. รศ. ผศ. นพ. พญ. ทพ. ทพญ. ' +
  'ม.ล. ม.ร.ว. หม่อมหลวง หม่อมราชวงศ์ ' +
  'mr. mrs. ms. miss'
).split(' ');

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

/** Whether a text starts with a title or rank (after any "ผู้รับการประเมิน :" label) before a Thai name. */
export function looksLikePerson(text: string): boolean {
  const unlabelled = text.replace(/^[^:]{1,40}:/, '');
  const k = matchKey(unlabelled);
  const rest = nameKey(unlabelled);
  return k.length > 0 && rest !== k && /[\u0E01-\u0E2E]/.test(rest);
}

/** Someone a text can name: an id, a name, or both. */
export interface Named {
  id?: string;
  name?: string;
}

/** The one person texts name, 'ambiguous' when they fit several, or null when they name nobody given. */
export type PersonMatch<P> = P | 'ambiguous' | null;

export class PeopleIndex<P extends Named> {
  readonly #byId = new Map<string, P>();
  readonly #byName = new Map<string, P[]>();
  readonly #nameKeys: { key: string; person: P }[] = [];

  constructor(people: readonly P[]) {
    for (const p of people) {
      if (p.id) this.#byId.set(matchKey(p.id), p);
      const key = nameKey(p.name ?? '');
      if (!key) continue;
      this.#byName.set(key, [...(this.#byName.get(key) ?? []), p]);
      this.#nameKeys.push({ key, person: p });
    }
  }

  #exact(text: string): PersonMatch<P> {
    const named = this.#byName.get(nameKey(text));
    return this.#byId.get(matchKey(text)) ?? (named ? (named.length > 1 ? 'ambiguous' : named[0]!) : null);
  }

  /**
   * The person that texts (a row's cells, nearest first) name. A cell equal to an id or a name
   * wins; otherwise the one person whose id token or name occurs in the texts together.
   */
  find(texts: readonly string[]): PersonMatch<P> {
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
    const hits = new Set<P>();
    for (const [id, p] of this.#byId) if (tokens.has(id)) hits.add(p);
    if (hits.size === 0)
      for (const { key, person } of this.#nameKeys) if (joined.includes(key)) hits.add(person);
    return hits.size > 1 ? 'ambiguous' : ([...hits][0] ?? null);
  }

  /** The one person an id or a name refers to; null when it is nobody given or several people. */
  lookup(idOrName: string): P | null {
    const m = this.#exact(idOrName);
    return m === 'ambiguous' ? null : m;
  }

  /** `find` with a guess refused: the one person, or null. */
  one(texts: readonly string[]): P | null {
    const m = this.find(texts);
    return m === 'ambiguous' ? null : m;
  }
}
