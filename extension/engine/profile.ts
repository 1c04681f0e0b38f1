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
import { Problems } from './problems';

/** A problem in a profile; `path` names the field ("fields[2].competency"). */
export interface ProfileProblem {
  path: string;
  message: string;
}

export type ProfileCheck = { ok: true; profile: SiteProfile } | { ok: false; problems: ProfileProblem[] };

const KINDS: readonly ControlKind[] = ['radio', 'select', 'text', 'checkbox'];

function selector(p: Problems, where: string, v: unknown, required = true): void {
  if (!p.text(where, v, required)) return;
  try {
    globalThis.document?.createDocumentFragment().querySelector(v as string);
  } catch {
    p.add(where, `ตัวเลือก CSS ไม่ถูกต้อง: ${v}`);
  }
}

/** Checks a profile read from storage or a file; every problem names its field path, in Thai. */
export function validateProfile(json: unknown): ProfileCheck {
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
        selector(p, `${where}.selector`, f.selector);
        p.oneOf(`${where}.competency`, f.competency, COMPETENCY_CODES);
        p.oneOf(`${where}.control`, f.control, KINDS);
        if (f.valueKind !== undefined) p.oneOf(`${where}.valueKind`, f.valueKind, ['level', 'points']);
        p.text(`${where}.evaluatee`, f.evaluatee, false);
      });
    }
    if (json.rows !== undefined && p.isObject('rows', json.rows)) {
      p.knownKeys('rows', json.rows, ['selector', 'personCell']);
      selector(p, 'rows.selector', json.rows.selector);
      selector(p, 'rows.personCell', json.rows.personCell, false);
    }
  }
  return p.list.length
    ? { ok: false, problems: p.list.map((q) => ({ path: q.where, message: q.message })) }
    : { ok: true, profile: json as SiteProfile };
}

/** Whether a profile's site (an origin, a host, or a host pattern such as *.example.go.th) covers a URL. */
export function siteMatches(site: string, url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const s = site.trim().toLowerCase();
  if (s.includes('://')) {
    try {
      return new URL(s).origin === u.origin;
    } catch {
      return false;
    }
  }
  const host = u.host.toLowerCase();
  if (s.startsWith('*.')) return host.endsWith(s.slice(1)) || host === s.slice(2);
  return host === s || u.hostname.toLowerCase() === s;
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
  const scopes: { scope: ParentNode; personText?: string }[] = profile.rows
    ? queryAll(root, profile.rows.selector).map((row) => {
        const cell = profile.rows?.personCell ? row.querySelector(profile.rows.personCell) : row;
        return { scope: row, personText: cell ? col.text.get(cell) : '' };
      })
    : [{ scope: root }];
  for (const { scope, personText } of scopes) {
    for (const m of profile.fields) {
      const found = queryAll(scope, m.selector).filter((e) => e.matches('input, select')) as FormControl[];
      if (found.length === 0) continue;
      out.push(mappingField(m, found, col, personText));
    }
  }
  for (const { frame, doc } of frameDocuments(root)) {
    if (isVisible(frame)) out.push(...profileFields(profile, doc, col));
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
    kind: m.control,
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
        ? `ช่องในโปรไฟล์ไม่ใช่ ${m.control}: ${m.selector}`
        : usable.length
          ? undefined
          : `ช่องถูกซ่อน ปิด หรืออ่านอย่างเดียว: ${m.selector}`,
  };
}
