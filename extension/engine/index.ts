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
import { withPlanGoals } from '../../shared/rules/plan';
import { positionCode } from '../../shared/rules/positions';
import { METHOD_RULES } from '../../shared/rules/scoring';
import { cleanText } from '../../shared/text/normalize';
import { isZeroBox, type Plan, plan, type Skip, shown } from './apply';
import { Collector } from './collect';
import { framePath, cssPath as pathOf, withIdCounts } from './css-path';
import { withSetters } from './dom';
import { FILL_INPUT_SCHEMA } from './input-schema';
import { classify, expectedOnPage, type Field } from './match';
import { Owners } from './owners';
import { type Problem, schemaProblems } from './problems';
import { profileFields, selectorProblems } from './profile';
import { type PlanBox, type PlanPlacement, placePlans } from './text-fields';
import type {
  EntryPurpose,
  FilledField,
  FillInput,
  FillReport,
  MissingField,
  ScannedField,
  ScanResult,
  SiteProfile,
  SkippedField,
  UndoEntry,
} from './types';
import { validateInput } from './validate-input.generated';
import { type WaitOptions, waitWith } from './wait';

export { cssPath } from './css-path';
export type { Problem } from './problems';
export { type ProfileCheck, validateProfile } from './profile';
export { parseSite, siteKey, siteMatches, sitePattern } from './site';
export type {
  ControlKind,
  EntryPurpose,
  FieldControl,
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
  /**
   * The assessment's people: a field that names nobody of its own is then the one of them its
   * document (the form, its frame) names anywhere, as `fill` decides; on a one-person form (DPIS
   * opens one per appraisee) that tells the panel whom the form is for.
   */
  people?: Person[];
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

/**
 * Profile fields first; automatic fields only for controls and slots the profile does not name.
 * Plan boxes whose competency the page does not show go to `boxes`.
 */
function fieldsOf(
  root: ParentNode,
  col: Collector,
  profile: SiteProfile | undefined,
  boxes: PlanBox[] = [],
): [Field[], Field[]] {
  const taught = profile ? profileFields(profile, root, col) : [];
  const claimed = new Set<Element>(taught.flatMap((f) => f.els));
  const auto = classify(col.collect(root), col, boxes).filter((f) => !f.els.some((e) => claimed.has(e)));
  return [taught, auto];
}

/**
 * The plan boxes of each person (the person whose form they are in, as for every field), placed:
 * each row of boxes takes one of the person's plan entries (text-fields.ts).
 */
function placeAll(
  boxes: readonly PlanBox[],
  fields: readonly Field[],
  owners: Owners,
  col: Collector,
): Map<Person, PlanPlacement> {
  const byPerson = new Map<Person, PlanBox[]>();
  for (const b of boxes) {
    const o = owners.of(b);
    if (o && typeof o === 'object') byPerson.set(o, [...(byPerson.get(o) ?? []), b]);
  }
  const out = new Map<Person, PlanPlacement>();
  for (const [person, mine] of byPerson) {
    const named = new Set(
      fields.filter((f) => f.purpose === 'plan' && owners.of(f) === person).map((f) => f.competency),
    );
    out.set(person, placePlans(mine, person, named, col));
  }
  return out;
}

/** What a report entry is about where it is not the level: the person's evidence, self-assessment or plan. */
type About = { purpose?: Field['purpose']; part?: Field['part'] };

function about(f: About): { purpose?: EntryPurpose; part?: Field['part'] } {
  if (f.purpose !== 'evidence' && f.purpose !== 'self' && f.purpose !== 'plan') return {};
  return f.part ? { purpose: f.purpose, part: f.part } : { purpose: f.purpose };
}

/** A slot of a report: one competency of one person, for one purpose (and plan text). */
function slotKey(competency: string, evaluatee: string, f: About): string {
  const a = about(f);
  return `${competency}|${evaluatee}|${a.purpose ?? ''}|${a.part ?? ''}`;
}

/** How a field's person is named: the profile's, else as the page names them (id where shown, else name). */
function evaluateeText(f: Field): string | undefined {
  return f.evaluatee || f.personName || f.personTexts.join(' ') || undefined;
}

/** What the page holds: the competency fields found, and the people a grid or sections name. */
export function scan(root: ParentNode = document, options: ScanOptions = {}): ScanResult {
  const col = new Collector();
  const boxes: PlanBox[] = [];
  const [taught, found] = fieldsOf(root, col, options.profile, boxes);
  // Plan boxes naming no competency: the entry each takes depends on the person (known from `people`).
  const placed = options.people ? placeAll(boxes, found, new Owners(options.people), col) : new Map();
  const auto = [...found, ...[...placed.values()].flatMap((p) => p.fields)];
  const slot = (f: Field) => slotKey(f.competency, evaluateeText(f) ?? '', f);
  const taughtSlots = new Set(taught.map(slot));
  const fields: ScannedField[] = [];
  const evaluatees: string[] = [];
  const owners = options.people ? new Owners(options.people) : null;
  const documentPerson = (el: Element): string | undefined => {
    const p = owners?.documentPerson(el.ownerDocument);
    return p ? p.id || p.name : undefined;
  };
  for (const f of [...taught, ...auto.filter((f) => !taughtSlots.has(slot(f)))]) {
    const first = f.els[0];
    if (!first) continue;
    const evaluatee = evaluateeText(f) ?? documentPerson(first);
    const out: ScannedField = {
      competency: f.competency,
      control: f.controlKind,
      label: f.label,
      valueKind: f.valueKind,
      selector: pathOf(first),
      frames: framePath(first),
      value: shown(f).from,
    };
    if (f.purpose !== 'level') out.purpose = f.purpose;
    if (f.part) out.part = f.part;
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

/** One competency of one person (for one purpose): a report entry is about a slot. */
const slotOf = (code: string, p: Person, f: About = {}) => slotKey(code, `${p.id}|${p.name}`, f);

/** The report being made: entries in the order found, tidied at the end. */
class Report {
  readonly filled: FilledField[] = [];
  readonly skipped: SkippedField[] = [];
  readonly missing: MissingField[] = [];
  readonly undo: UndoEntry[] = [];

  skip(f: About & { competency: CompetencyCode }, evaluatee: string | undefined, why: Skip): void {
    this.skipped.push({
      competency: f.competency,
      evaluatee,
      ...about(f),
      reason: why.reason,
      code: why.code,
    });
  }

  done(): FillReport {
    // A slot filled by one control is not also reported as skipped for another (a second box of it).
    const key = (e: FilledField | SkippedField) => slotKey(e.competency, e.evaluatee ?? '', e);
    const filled = this.skipped.length ? new Set(this.filled.map(key)) : null;
    const skipped = filled ? this.skipped.filter((s) => !filled.has(key(s))) : this.skipped;
    return { filled: this.filled, skipped, missing: this.missing, undo: this.undo };
  }
}

const SKIPS = {
  noValue: { reason: 'ไม่มีค่าของสมรรถนะนี้ในข้อมูล', code: 'no-value' },
  outOfRange: (level: number, min: number, max: number): Skip => ({
    reason: `ค่า ${level} อยู่นอกช่วง ${min}–${max}`,
    code: 'out-of-range',
  }),
  noExpected: { reason: 'ไม่ทราบระดับที่คาดหวัง จึงคิดคะแนนไม่ได้', code: 'no-expected' },
  ambiguous: { reason: 'ชื่อตรงกับหลายคนในข้อมูล', code: 'ambiguous-person' },
  unknown: { reason: 'ไม่รู้ว่าเป็นช่องของผู้ใดในหลายคน', code: 'unknown-person' },
  saved: { reason: 'มีแถวนี้ในแผนพัฒนาที่บันทึกไว้ในหน้านี้แล้ว', code: 'same' },
  nextRow: {
    reason: 'แบบฟอร์มนี้รับแผนพัฒนาทีละแถว: บันทึกแถวที่เติมไว้ด้วยปุ่มของหน้าเว็บ แล้วเติมอีกครั้งสำหรับแถวนี้',
    code: 'next-row',
  },
} satisfies Record<string, Skip | ((...a: never[]) => Skip)>;

/**
 * Each field with its person and slot. Profile fields come first; a slot they fill is not filled again by
 * automatic matching. The appraisee's own column (self-assessment) is filled only when asked.
 */
function ownedFields(
  fields: readonly Field[],
  owners: Owners,
  report: Report,
  found: Set<string>,
  fillSelf: boolean,
) {
  const owned: [Field, Person, string][] = [];
  const taughtSlots = new Set<string>();
  for (const f of fields) {
    if (f.purpose === 'self' && !fillSelf) continue;
    const isTaught = f.source === 'profile';
    const o = owners.of(f);
    if (o && typeof o === 'object') {
      const slot = slotOf(f.competency, o, f);
      if (isTaught) taughtSlots.add(slot);
      else if (taughtSlots.has(slot)) continue;
      if (f.problem) {
        found.add(slot);
        report.skip(f, who(o), { reason: f.problem, code: 'profile' });
      } else owned.push([f, o, slot]);
    } else if (!isTaught && typeof o === 'string') report.skip(f, o, SKIPS.ambiguous);
    else if (!isTaught && o === undefined) report.skip(f, undefined, SKIPS.unknown);
  }
  return owned;
}

/** Per document: whether every level box in it holds a zero or nothing (a never-saved form), with a zero somewhere. */
function zeroForms(fields: readonly Field[]): (f: Field) => boolean {
  const forms = new Map<Document, boolean>();
  for (const f of fields) {
    const el = f.els[0];
    if (f.controlKind !== 'text' || f.purpose === 'self' || !el) continue;
    const v = (el as HTMLInputElement).value.trim();
    const zero = isZeroBox(el as HTMLInputElement);
    const doc = el.ownerDocument;
    if (v !== '' && !zero) forms.set(doc, false);
    else if (zero && !forms.has(doc)) forms.set(doc, true);
  }
  return (f) => forms.get(f.els[0]!.ownerDocument) === true;
}

interface Context {
  set: SetId;
  rule: (typeof METHOD_RULES)[Method];
  col: Collector;
}

/** A text that shows something, or null (nothing to write). */
const shows = (t: string | undefined): string | null => (t !== undefined && cleanText(t) !== '' ? t : null);

/**
 * The level, points or text a field of a person takes, or why it takes none; null when the
 * person has nothing for it (no evidence, self-assessment or plan text: not reported).
 */
function targetOf(f: Field, person: Person, { set, rule, col }: Context): number | string | Skip | null {
  if (f.purpose === 'evidence') return shows(person.evidence?.[f.competency]);
  if (f.purpose === 'plan') {
    const entry = person.plan?.find((e) => e.competency === f.competency);
    return f.part ? shows(entry?.[f.part]) : null;
  }
  const level = f.purpose === 'self' ? person.self?.[f.competency] : person.competencies[f.competency];
  if (level === undefined) return f.purpose === 'self' ? null : SKIPS.noValue;
  const { min, max } = rule.range(set, f.competency);
  if (level < min || level > max) return SKIPS.outOfRange(level, min, max);
  if (f.valueKind !== 'points' || f.purpose === 'self') return level;
  let expected = person.expected?.[f.competency] ?? expectedOnPage(f, col);
  if (expected === null && rule.usesExpected) {
    try {
      // The position table (the person's own `expected` for this competency was looked at first).
      expected = expectedLevel(set, positionCode(person.positionType, person.positionLevel));
    } catch {
      return SKIPS.noExpected;
    }
  }
  return rule.points(level, expected ?? 0);
}

/**
 * Fills the page from an assessment. Existing values are left unless `overwrite` (a form's default
 * zeros also with `fillZeros`); nothing is submitted and no button is clicked. Throws
 * FillInputError (touching nothing) on bad input.
 */
export function fill(input: FillInput, root: ParentNode = document): FillReport {
  const { set, method } = checkInput(input, (root as Node).ownerDocument ?? (root as Document));
  const col = new Collector();
  const ctx: Context = { set, rule: METHOD_RULES[method], col };
  const boxes: PlanBox[] = [];
  const [taught, auto] = fieldsOf(root, col, input.profile, boxes);
  const people = input.people.map((p) => withPlanGoals(p, { set, method }));
  const owners = new Owners(people);
  const placed = placeAll(boxes, auto, owners, col);
  const fields = [...taught, ...auto, ...[...placed.values()].flatMap((p) => p.fields)];
  const report = new Report();
  const found = new Set<string>();
  const owned = ownedFields(fields, owners, report, found, input.fillSelf === true);
  const zeroForm = zeroForms(fields);
  const overwrite = input.overwrite === true;
  const fillZeros = overwrite || input.fillZeros === true;

  // Read everything first, then write: page scripts react to each write.
  const plans: [Field, Person, Plan][] = [];
  for (const [f, person, slot] of owned) {
    found.add(slot);
    const target = targetOf(f, person, ctx);
    if (target === null) continue;
    if (typeof target === 'object') report.skip(f, who(person), target);
    else plans.push([f, person, plan(f, target, { overwrite, fillZeros, zeroForm: zeroForm(f) })]);
  }
  withIdCounts(() =>
    withSetters(() => {
      for (const [f, person, p] of plans) {
        const evaluatee = who(person);
        if (!p.ok) {
          report.skip(f, evaluatee, p);
          continue;
        }
        const done = p.apply();
        report.undo.push(...done.entries);
        if (done.refused && done.entries.length === 0) report.skip(f, evaluatee, done.refused);
        else report.filled.push({ competency: f.competency, evaluatee, ...about(f), from: p.from, to: p.to });
      }
    }),
  );
  // Each person's own fields, grouped once: looking them up in all fields per person is quadratic.
  const byPerson = new Map<Person, Field[]>();
  for (const [f, p] of owned) {
    const mine = byPerson.get(p);
    if (mine) mine.push(f);
    else byPerson.set(p, [f]);
  }
  for (const person of people)
    missingOf(person, byPerson.get(person) ?? [], found, placed.get(person), input, report);
  return report.done();
}

/**
 * What the page does not hold for a person: each level; and, where the page has boxes of that kind
 * for the person at all, each evidence text (and self-assessment, when asked) and plan entry.
 * Plan entries an entry form cannot take now are skipped: saved on the page, or for the next row.
 */
function missingOf(
  person: Person,
  mine: readonly Field[],
  found: ReadonlySet<string>,
  placement: PlanPlacement | undefined,
  input: FillInput,
  report: Report,
): void {
  const evaluatee = who(person);
  const has = (purpose: EntryPurpose) => mine.some((f) => f.purpose === purpose);
  const miss = (code: string, purpose?: EntryPurpose) =>
    report.missing.push({ competency: code as CompetencyCode, evaluatee, ...(purpose ? { purpose } : {}) });
  for (const [code, v] of Object.entries(person.competencies)) {
    if (v !== undefined && !found.has(slotOf(code, person))) miss(code);
  }
  if (has('evidence')) {
    for (const [code, text] of Object.entries(person.evidence ?? {})) {
      if (shows(text) !== null && !found.has(slotOf(code, person, { purpose: 'evidence' })))
        miss(code, 'evidence');
    }
  }
  if (input.fillSelf === true && has('self')) {
    for (const [code, v] of Object.entries(person.self ?? {})) {
      if (v !== undefined && !found.has(slotOf(code, person, { purpose: 'self' }))) miss(code, 'self');
    }
  }
  for (const e of placement?.saved ?? [])
    report.skip({ competency: e.competency, purpose: 'plan' }, evaluatee, SKIPS.saved);
  for (const e of placement?.later ?? [])
    report.skip({ competency: e.competency, purpose: 'plan' }, evaluatee, SKIPS.nextRow);
  if (!placement && has('plan')) {
    const planned = new Set(mine.filter((f) => f.purpose === 'plan').map((f) => f.competency));
    for (const e of person.plan ?? []) if (!planned.has(e.competency)) miss(e.competency, 'plan');
  }
}

/** Resolves with a scan once a late-rendering form has appeared and stopped changing (or at the time limit). */
export function waitForForm(root?: ParentNode, options?: WaitOptions): Promise<ScanResult> {
  return waitWith(scan, root, options);
}
