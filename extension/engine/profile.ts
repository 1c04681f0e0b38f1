/**
 * Site profiles (teach mode): checking one that comes from storage or a file, and turning its
 * mappings into fields that take precedence over automatic matching.
 */
import { COMPETENCY_CODES, type CompetencyCode } from '../../shared/dictionary/types';
import type { ControlKind, FieldMapping, SiteProfile } from '../profiles/types';
import type { Candidate, Collector } from './collect';
import { fillableKind } from './collect';
import { type FormControl, frameDocuments, isInput, isOperable, isVisible } from './dom';
import { choiceLevel, type Field, optionLevels, valueKindOf } from './match';
import { cut, Problems, quote } from './problems';

/** A problem in a profile; `path` names the field ("fields[2].competency"). */
export interface ProfileProblem {
  path: string;
  message: string;
}

export type ProfileCheck = { ok: true; profile: SiteProfile } | { ok: false; problems: ProfileProblem[] };

const KINDS: readonly ControlKind[] = ['radio', 'select', 'text', 'checkbox'];

/**
 * A selector is parsed by a document's own selector engine: only the browser that reads the page
 * can tell which selectors it accepts (pseudo-classes differ between browsers and releases), and
 * there is no selector parser without a DOM (a background service worker has none). Where there is
 * no document, a selector is refused as unchecked rather than passed unchecked.
 */
function selector(p: Problems, where: string, v: unknown, doc: Document | undefined, required = true): void {
  if (!p.text(where, v, required)) return;
  try {
    (doc as Document).createDocumentFragment().querySelector(v);
  } catch {
    p.add(where, doc ? `ตัวเลือก CSS ไม่ถูกต้อง: ${quote(v)}` : 'ตรวจตัวเลือก CSS ไม่ได้: ไม่มีหน้าเว็บ');
  }
}

/**
 * Checks a profile read from storage or a file; every problem names its field path, in Thai.
 * Selectors are parsed with `doc` (the page the profile is for; by default this context's document).
 * Never throws, whatever the value; messages quote at most the beginning of a bad value.
 */
export function validateProfile(
  json: unknown,
  doc: Document | undefined = globalThis.document,
): ProfileCheck {
  const p = new Problems();
  if (p.isObject('profile', json)) {
    p.knownKeys('', json, ['version', 'site', 'name', 'fields', 'rows']);
    p.oneOf('version', json.version, [1]);
    p.text('site', json.site);
    p.text('name', json.name, false);
    const fields = json.fields;
    if (!Array.isArray(fields) || fields.length === 0) {
      p.add('fields', 'ต้องเป็นรายการช่องอย่างน้อย 1 ช่อง');
    } else {
      fields.forEach((f: unknown, i: number) => {
        const where = `fields[${i}]`;
        if (!p.isObject(where, f)) return;
        p.knownKeys(where, f, ['selector', 'competency', 'evaluatee', 'control', 'valueKind']);
        selector(p, `${where}.selector`, f.selector, doc);
        p.oneOf(`${where}.competency`, f.competency, COMPETENCY_CODES);
        p.oneOf(`${where}.control`, f.control, KINDS);
        if (f.valueKind !== undefined) p.oneOf(`${where}.valueKind`, f.valueKind, ['level', 'points']);
        p.text(`${where}.evaluatee`, f.evaluatee, false);
      });
    }
    if (json.rows !== undefined && p.isObject('rows', json.rows)) {
      p.knownKeys('rows', json.rows, ['selector', 'personCell']);
      selector(p, 'rows.selector', json.rows.selector, doc);
      selector(p, 'rows.personCell', json.rows.personCell, doc, false);
    }
  }
  return p.list.length
    ? { ok: false, problems: p.list.map((q) => ({ path: q.where, message: q.message })) }
    : { ok: true, profile: json as SiteProfile };
}

/**
 * Whether a profile's site covers a URL: an origin (https://dpis.example.go.th) exactly; a host, or a
 * host pattern (*.example.go.th: that host and its subdomains), on any port unless it names one
 * (hr.example.go.th:8443). Hosts compare as the browser writes them (lower case, Thai as punycode).
 */
export function siteMatches(site: string, url: string): boolean {
  try {
    const u = new URL(url);
    const s = site.trim();
    if (s.includes('://')) return new URL(s).origin === u.origin;
    const any = s.startsWith('*.');
    // Parsed as an address on the page's own scheme, a port the scheme implies reads as none on both.
    const p = new URL(`${u.protocol}//${any ? s.slice(2) : s}`);
    const host = p.hostname;
    return (
      !/[/?#@\\]/.test(s) &&
      (!/:\d+$/.test(s) || p.port === u.port) &&
      (u.hostname === host || (any && u.hostname.endsWith(`.${host}`)))
    );
  } catch {
    return false;
  }
}

function queryAll(scope: ParentNode, selector: string): Element[] {
  try {
    return [...scope.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

/** The controls one mapping names: a radio's whole group, or a checkbox's siblings by name or row. */
function expand(el: FormControl, kind: ControlKind): FormControl[] {
  if (!isInput(el) || (kind !== 'radio' && kind !== 'checkbox')) return [el];
  const scope: ParentNode = el.form ?? el.ownerDocument;
  if (el.name) {
    const same = queryAll(scope, `input[type=${kind}]`).filter(
      (e) => (e as HTMLInputElement).name === el.name,
    );
    if (same.length > 1 || kind === 'radio') return same as FormControl[];
  }
  const box = el.closest('tr') ?? el.parentElement;
  return box ? (queryAll(box, `input[type=${kind}]`) as FormControl[]) : [el];
}

/** Fields a profile names in a document (and its same-origin frames). */
export function profileFields(profile: SiteProfile, root: ParentNode, col: Collector): Field[] {
  const out: Field[] = [];
  const scopes: { within: ParentNode; personText?: string }[] = profile.rows
    ? queryAll(root, profile.rows.selector).map((row) => {
        const cell = profile.rows?.personCell ? row.querySelector(profile.rows.personCell) : row;
        return { within: row, personText: cell ? col.text.get(cell) : '' };
      })
    : [{ within: root }];
  for (const { within, personText } of scopes) {
    for (const m of profile.fields) {
      const found = queryAll(within, m.selector).filter((e) => e.matches('input, select')) as FormControl[];
      if (found.length === 0) continue;
      out.push(mappingField(m, found, col, personText));
    }
  }
  for (const { frameEl, doc } of frameDocuments(root)) {
    if (isVisible(frameEl)) out.push(...profileFields(profile, doc, col));
  }
  return out;
}

function mappingField(m: FieldMapping, found: FormControl[], col: Collector, personText?: string): Field {
  const first = found[0]!;
  const kind = fillableKind(first);
  const els = found.length === 1 ? expand(first, m.control) : found;
  const usable = els.filter((e) => fillableKind(e) === kind && isOperable(e, col.labels.of(e)));
  const cands: Candidate[] = usable.map((e) => col.describe(e, m.control));
  const code: CompetencyCode = m.competency;
  // Choices are read as in automatic matching, except that the table row is not taken for the choice's own.
  let levels: (number | null)[] = [];
  if (m.control === 'select') {
    if (kind === 'select') levels = optionLevels(first as HTMLSelectElement, code);
  } else if (m.control !== 'text') levels = cands.map((c) => choiceLevel(c, code, col, false));
  return {
    controlKind: m.control,
    els: usable,
    competency: code,
    label: m.selector,
    source: 'profile',
    valueKind: m.valueKind ?? (cands[0] && valueKindOf(cands[0])) ?? 'level',
    choiceLevels: levels,
    personTexts: personText ? [personText] : [],
    row: first.closest('tr'),
    evaluatee: m.evaluatee,
    problem:
      kind !== m.control
        ? `ช่องในโปรไฟล์ไม่ใช่ ${m.control}: ${cut(m.selector)}`
        : usable.length
          ? undefined
          : `ช่องถูกซ่อน ปิด หรืออ่านอย่างเดียว: ${cut(m.selector)}`,
  };
}
