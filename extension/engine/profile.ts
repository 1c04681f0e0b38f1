/**
 * Site profiles (teach mode): checking one that comes from storage or a file, and turning its
 * mappings into fields that take precedence over automatic matching.
 */
import type { CompetencyCode } from '../../shared/dictionary/types';
import { isObject, type Problem } from '../../shared/problem';
import { cleanText } from '../../shared/text/normalize';
import type { Candidate, Collector } from './collect';
import { type FormControl, frameDocuments, isInput, isOperable, isVisible } from './dom';
import { fillableKind, mappableControl } from './fillable';
import { PROFILE_SCHEMA } from './input-schema';
import { choiceLevel, type Field, optionLevels, valueKindOf } from './match';
import { cut, type ExtraProblem, quote, schemaProblems } from './problems';
import type { ControlKind, FieldMapping, SiteProfile } from './types';
import { validateProfile as schemaValid } from './validate-input.generated';

export type ProfileCheck = { ok: true; profile: SiteProfile } | { ok: false; problems: Problem[] };

/**
 * The selectors of a profile that its schema accepted, each parsed by a document's own selector
 * engine: only the browser that reads the page can tell which selectors it accepts (pseudo-classes
 * differ between browsers and releases), and there is no selector parser without a DOM (a
 * background service worker has none). Where there is no document, a selector is refused as
 * unchecked rather than passed unchecked.
 */
export function selectorProblems(
  json: unknown,
  doc: Document | undefined,
  at: (string | number)[] = [],
): ExtraProblem[] {
  if (!isObject(json)) return [];
  const out: ExtraProblem[] = [];
  const check = (v: unknown, steps: (string | number)[]) => {
    if (typeof v !== 'string' || cleanText(v) === '') return; // the schema names it
    try {
      (doc as Document).createDocumentFragment().querySelector(v);
    } catch {
      out.push({
        steps: [...at, ...steps],
        message: doc ? `ตัวเลือก CSS ไม่ถูกต้อง: ${quote(v)}` : 'ตรวจตัวเลือก CSS ไม่ได้: ไม่มีหน้าเว็บ',
      });
    }
  };
  if (Array.isArray(json.fields))
    json.fields.forEach((f: unknown, i: number) => {
      if (isObject(f)) check(f.selector, ['fields', i, 'selector']);
    });
  if (isObject(json.rows)) {
    check(json.rows.selector, ['rows', 'selector']);
    check(json.rows.personCell, ['rows', 'personCell']);
  }
  return out;
}

/**
 * Checks a profile read from storage or a file against its schema (input-schema.ts); every problem
 * names its field path, in Thai. Selectors are parsed with `doc` (the page the profile is for; by
 * default this context's document). Never throws, whatever the value; messages quote at most the
 * beginning of a bad value.
 */
export function validateProfile(
  json: unknown,
  doc: Document | undefined = globalThis.document,
): ProfileCheck {
  const valid = schemaValid(json);
  const extra = selectorProblems(json, doc);
  if (valid && extra.length === 0) return { ok: true, profile: json as SiteProfile };
  return { ok: false, problems: schemaProblems(schemaValid.errors, json, 'profile', PROFILE_SCHEMA, extra) };
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
      const found = queryAll(within, m.selector).filter((e) =>
        e.matches('input, select, textarea'),
      ) as FormControl[];
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
  // What the engine cannot fill from a profile (a search box, a text area) is reported, never filled.
  const mappable = mappableControl(first);
  const usable =
    'control' in mappable || kind === m.control
      ? els.filter((e) => fillableKind(e) === kind && isOperable(e, col.labels.of(e)))
      : [];
  const cands: Candidate[] = usable.map((e) => col.describe(e, m.control));
  const code: CompetencyCode = m.competency;
  // Choices are read as in automatic matching, except that the table row is not taken for the choice's own.
  let levels: (number | null)[] = [];
  const valueKind = m.valueKind ?? (cands[0] && valueKindOf(cands[0])) ?? 'level';
  if (m.control === 'select') {
    if (kind === 'select') levels = optionLevels(first as HTMLSelectElement, code);
  } else if (m.control !== 'text') levels = cands.map((c) => choiceLevel(c, code, col, false));
  return {
    controlKind: m.control,
    els: usable,
    competency: code,
    label: m.selector,
    source: 'profile',
    valueKind,
    // A taught control is what its mapping says: never the appraisee's own column.
    purpose: valueKind,
    choiceLevels: levels,
    personTexts: personText ? [personText] : [],
    row: first.closest('tr'),
    evaluatee: m.evaluatee,
    problem:
      kind !== m.control
        ? kind === null || kind === 'textarea'
          ? `${'reason' in mappable ? mappable.reason : ''}: ${cut(m.selector)}`
          : `ช่องในโปรไฟล์ไม่ใช่ ${m.control}: ${cut(m.selector)}`
        : usable.length
          ? undefined
          : `ช่องถูกซ่อน ปิด หรืออ่านอย่างเดียว: ${cut(m.selector)}`,
  };
}
