/**
 * The fill engine (docs/fill-engine.md): scan a Thai e-evaluation form, fill it from an assessment, undo.
 * Plain DOM code with no extension APIs: it runs in a content script, in tests, and alone as
 * dist/fill-engine.js (globalThis.samatthanaFill).
 *
 * Steps: collect (controls and the texts around them) → match (competency, person, value kind,
 * the level of each choice) → apply (like a person; every change recorded) → undo.
 *
 * Level or points: a text or select box takes points when its nearest label, column header or name
 * says คะแนน / score / point, and the level when it says ระดับ / level (or says nothing). Boxes
 * labelled with the expected level, weight, total, average or remarks are never touched. Points
 * are METHOD_RULES[method].points(level, expected), the expected level being the person's own
 * `expected`, else the one the page shows in the row (ระดับที่คาดหวัง), else the position table.
 *
 * Report entries name people by their id (`evaluatee`). Without `root`, the document and its
 * same-origin frames are covered; with a root, that subtree and the frames inside it.
 */
import { type CompetencyCode, DEFAULT_SET, type SetId } from '../../shared/dictionary/types';
import { DEFAULT_METHOD, type Method, type Person } from '../../shared/interchange/types';
import { isObject } from '../../shared/problem';
import { expectedLevel } from '../../shared/rules/expected';
import { positionCode } from '../../shared/rules/positions';
import { METHOD_RULES } from '../../shared/rules/scoring';
import { type Plan, plan, shown } from './apply';
import { Collector } from './collect';
import { framePath, cssPath as pathOf } from './css-path';
import { textOf } from './dom';
import { FILL_INPUT_SCHEMA } from './input-schema';
import { classify, expectedOnPage, type Field } from './match';
import { PeopleIndex } from './people';
import { type Problem, schemaProblems } from './problems';
import { profileFields, selectorProblems } from './profile';
import type { FillInput, FillReport, ScannedField, ScanResult, SiteProfile } from './types';
import { validateInput } from './validate-input.generated';
import { type WaitOptions, waitWith } from './wait';

export { cssPath } from './css-path';
export type { Problem } from './problems';
export { type ProfileCheck, siteMatches, validateProfile } from './profile';
export type {
  ControlKind,
  FieldMapping,
  FilledField,
  FillInput,
  FillReport,
  MissingField,
  Purpose,
  ReadField,
  RowMapping,
  ScannedField,
  ScanResult,
  SiteProfile,
  SkippedField,
  UndoEntry,
  UndoResult,
  ValueKind,
} from './types';
export { undo } from './undo';
export type { WaitOptions } from './wait';

export interface ScanOptions {
  profile?: SiteProfile;
}

/** Bad input to `fill`: nothing on the page was touched. `problems` lists every fault. */
export class FillInputError extends Error {
  constructor(readonly problems: Problem[]) {
    // The count and the first 20 faults: a broken file can hold thousands, all of them in `problems`.
    super(
      `ข้อมูลสำหรับกรอกแบบฟอร์มไม่ถูกต้อง ${problems.length} จุด:\n${problems
        .slice(0, 20)
        .map((p) => `- ${p.where}: ${p.message}`)
        .join('\n')}`,
    );
    this.name = 'FillInputError';
  }
}

/** Profile fields first; automatic fields only for controls and slots the profile does not name. */
function fieldsOf(root: ParentNode, col: Collector, profile: SiteProfile | undefined): [Field[], Field[]] {
  const taught = profile ? profileFields(profile, root, col) : [];
  const claimed = new Set<Element>(taught.flatMap((f) => f.els));
  const auto = classify(col.collect(root), col).filter((f) => !f.els.some((e) => claimed.has(e)));
  return [taught, auto];
}

function evaluateeText(f: Field): string | undefined {
  return f.evaluatee || f.personTexts.join(' ') || undefined;
}

/** What the page holds: the competency fields found, and the people a grid or sections name. */
export function scan(root: ParentNode = document, options: ScanOptions = {}): ScanResult {
  const col = new Collector();
  const [taught, auto] = fieldsOf(root, col, options.profile);
  const slot = (f: Field) => `${f.competency}|${evaluateeText(f) ?? ''}`;
  const taughtSlots = new Set(taught.map(slot));
  const fields: ScannedField[] = [];
  const evaluatees: string[] = [];
  for (const f of [...taught, ...auto.filter((f) => !taughtSlots.has(slot(f)))]) {
    const first = f.els[0];
    if (!first) continue;
    const evaluatee = evaluateeText(f);
    const out: ScannedField = {
      competency: f.competency,
      control: f.controlKind,
      label: f.label,
      valueKind: f.valueKind,
      selector: pathOf(first),
      frames: framePath(first),
      value: shown(f).from,
    };
    if (evaluatee) {
      out.evaluatee = evaluatee;
      if (!evaluatees.includes(evaluatee)) evaluatees.push(evaluatee);
    }
    fields.push(out);
  }
  return { fields, evaluatees };
}

/** Checks the input against its schema; a profile's selectors are parsed by `doc`, the document being filled. */
function checkInput(input: FillInput, doc: Document): { set: SetId; method: Method } {
  const valid = validateInput(input);
  const extra = isObject(input) ? selectorProblems(input.profile, doc, ['profile']) : [];
  if (!valid || extra.length) {
    throw new FillInputError(schemaProblems(validateInput.errors, input, 'input', FILL_INPUT_SCHEMA, extra));
  }
  return {
    set: (input.set as SetId | undefined) ?? DEFAULT_SET,
    method: (input.method as Method | undefined) ?? DEFAULT_METHOD,
  };
}

/** How reports name a person: by id, or by name when the assessment gave none. */
const who = (p: Person): string => p.id || p.name;

/** One competency of one person: a report entry is about a slot. */
const slotOf = (code: string, p: Person) => `${code}|${p.id}|${p.name}`;

/**
 * Whose field it is: a person of the input; a text naming several of them (ambiguous); null for
 * somebody not in the input; undefined when nothing tells among several people.
 */
type Owner = Person | string | null | undefined;

/**
 * Fills the page from an assessment. Existing values are left unless `overwrite`; nothing is
 * submitted and no button is clicked. Throws FillInputError (touching nothing) on bad input.
 */
export function fill(input: FillInput, root: ParentNode = document): FillReport {
  const { set, method } = checkInput(input, (root as Node).ownerDocument ?? (root as Document));
  const rule = METHOD_RULES[method];
  const people = new PeopleIndex(input.people);
  const col = new Collector();
  const [taught, auto] = fieldsOf(root, col, input.profile);
  const report: FillReport = { filled: [], skipped: [], missing: [], undo: [] };
  const skip = (f: Field, evaluatee: string | undefined, reason: string) =>
    report.skipped.push({ competency: f.competency, evaluatee, reason });

  // A form that names nobody per field belongs to the one person in the input, or else to the one
  // person its document (the frame it is in) names anywhere.
  const pagePeople = new Map<Document, Person | null>();
  const onlyPerson = (f: Field): Person | null => {
    if (input.people.length === 1) return input.people[0]!;
    const doc = f.els[0]?.ownerDocument;
    if (!doc) return null;
    if (!pagePeople.has(doc)) {
      const m = people.find([textOf(doc.body ?? doc)]);
      pagePeople.set(doc, m === 'ambiguous' ? null : m);
    }
    return pagePeople.get(doc) ?? null;
  };
  const ownerOf = (f: Field): Owner => {
    if (f.evaluatee) {
      const p = people.lookup(f.evaluatee);
      if (p) return p;
      // A profile may name the element that shows the person instead.
      let named: string | null = null;
      try {
        const el = (f.els[0]?.ownerDocument ?? document).querySelector(f.evaluatee);
        named = el ? textOf(el) : null;
      } catch {
        // not a selector: a name that is nobody in the input
      }
      const m = named ? people.find([named]) : null;
      return m === 'ambiguous' ? null : m;
    }
    if (f.personTexts.length) {
      const m = people.find(f.personTexts);
      return m === 'ambiguous' ? f.personTexts.join(' ') : m;
    }
    return onlyPerson(f) ?? undefined;
  };

  // Profile fields come first; a slot they fill is not filled again by automatic matching.
  const owned: [Field, Person][] = [];
  const taughtSlots = new Set<string>();
  const found = new Set<string>();
  for (const f of [...taught, ...auto]) {
    const isTaught = f.source === 'profile';
    const o = ownerOf(f);
    if (o && typeof o === 'object') {
      const slot = slotOf(f.competency, o);
      if (isTaught) taughtSlots.add(slot);
      else if (taughtSlots.has(slot)) continue;
      if (f.problem) {
        found.add(slot);
        skip(f, who(o), f.problem);
      } else owned.push([f, o]);
    } else if (!isTaught && typeof o === 'string') skip(f, o, 'ชื่อตรงกับหลายคนในข้อมูล');
    else if (!isTaught && o === undefined) skip(f, undefined, 'ไม่รู้ว่าเป็นช่องของผู้ใดในหลายคน');
  }

  /** The level or points a field of a person takes, or why it takes none. */
  const targetOf = (f: Field, person: Person): number | string => {
    const level = person.competencies[f.competency];
    if (level === undefined) return 'ไม่มีค่าของสมรรถนะนี้ในข้อมูล';
    const { min, max } = rule.range(set, f.competency);
    if (level < min || level > max) return `ค่า ${level} อยู่นอกช่วง ${min}–${max}`;
    if (f.valueKind !== 'points') return level;
    let expected = person.expected?.[f.competency] ?? expectedOnPage(f, col);
    if (expected === null && rule.usesExpected) {
      try {
        // The position table (the person's own `expected` for this competency was looked at first).
        expected = expectedLevel(set, positionCode(person.positionType, person.positionLevel));
      } catch {
        return 'ไม่ทราบระดับที่คาดหวัง จึงคิดคะแนนไม่ได้';
      }
    }
    return rule.points(level, expected ?? 0);
  };

  // Read everything first, then write: page scripts react to each write.
  const plans: [Field, Person, Plan][] = [];
  for (const [f, person] of owned) {
    found.add(slotOf(f.competency, person));
    const target = targetOf(f, person);
    if (typeof target === 'string') skip(f, who(person), target);
    else plans.push([f, person, plan(f, target, input.overwrite === true)]);
  }
  for (const [f, person, p] of plans) {
    const evaluatee = who(person);
    if (!p.ok) {
      skip(f, evaluatee, p.reason);
      continue;
    }
    const done = p.apply();
    report.undo.push(...done.entries);
    if (done.refused && done.entries.length === 0) skip(f, evaluatee, done.refused);
    else report.filled.push({ competency: f.competency, evaluatee, from: p.from, to: p.to });
  }
  for (const person of input.people) {
    for (const [code, v] of Object.entries(person.competencies)) {
      if (v !== undefined && !found.has(slotOf(code, person))) {
        report.missing.push({ competency: code as CompetencyCode, evaluatee: who(person) });
      }
    }
  }
  return report;
}

/** Resolves with a scan once a late-rendering form has appeared and stopped changing (or at the time limit). */
export function waitForForm(root?: ParentNode, options?: WaitOptions): Promise<ScanResult> {
  return waitWith(scan, root, options);
}
