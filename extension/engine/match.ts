/**
 * Step 2: decide, for each control or group of controls, which competency it is for, whether it
 * takes a level or points, which level each choice stands for, and which texts name its person.
 * The words and patterns are data in rules.ts; this module only orders the evidence, nearest first.
 */
import { COMPETENCY_ALIASES, COMPETENCY_CODES, competencyFromLabel } from '../../shared/dictionary';
import type { CompetencyCode } from '../../shared/dictionary/types';
import type { PlanText } from '../../shared/interchange/types';
import { matchKey } from '../../shared/text/normalize';
import type { Candidate, Collector } from './collect';
import { type FormControl, isInput, optionsOf, VISIBLE_CONTROLS } from './dom';
import { distinctLevels, levelFromText, levelFromValue } from './levels';
import { looksLikePerson } from './people';
import {
  EXPECTED_WORDS,
  ID_HEADER,
  ID_TEXT,
  LEVEL_NUMBER,
  LEVEL_WORDS,
  NAME_HEADER,
  NOT_A_VALUE,
  NOT_ID_HEADER,
  POINTS_WORDS,
  SELF_WORDS,
  WIDE_BOX,
} from './rules';
import { type PlanBox, textPurpose } from './text-fields';
import type { FieldControl, Purpose, ValueKind } from './types';

export type Source = 'own' | 'container' | 'row' | 'column' | 'legend' | 'heading' | 'name' | 'profile';

export interface Field {
  controlKind: FieldControl;
  /** One select or text box; the radios of a group; the checkboxes of one competency. */
  els: FormControl[];
  competency: CompetencyCode;
  /** The page text that named the competency. */
  label: string;
  source: Source;
  valueKind: ValueKind;
  /**
   * What the field is for: the evaluator's level or points, or the appraisee's self-assessment
   * (scanned; filled only when asked), evidence text, a development-plan text.
   */
  purpose: Purpose;
  /** Plan boxes: which text of the plan row. */
  part?: PlanText;
  /** Radio and checkbox: the level of each element; select: the level (or points) of each option. */
  choiceLevels: (number | null)[];
  /** A select's options as read for `choiceLevels` (read once a pass: a grid holds thousands). */
  options?: readonly HTMLOptionElement[];
  /** Texts that name the field's person, nearest first; empty when nothing around it names anyone. */
  personTexts: string[];
  /** How the page names the field's person: the id where it shows one, else the name as written. */
  personName?: string;
  /** A site profile's person id or name for the field. */
  evaluatee?: string;
  /** The table row of the (first) control, where the page may show the expected level. */
  row: Element | null;
  /** Profile fields only: why the mapping cannot be used on this page (reported as skipped). */
  problem?: string;
}

const ALIAS_KEYS = COMPETENCY_CODES.flatMap((code) =>
  COMPETENCY_ALIASES[code].map((a) => ({ key: matchKey(a), code })),
);
const CODE_TOKEN = new RegExp(`(?:^|[^A-Za-z])(${COMPETENCY_CODES.join('|')})(?:[^A-Za-z]|$)`);
/** Longer texts are paragraphs (a definition under the name): the earliest name in them counts. */
const LABEL_LENGTH = 80;

const competencyCache = new Map<string, CompetencyCode | null>();

/** The competency a page text names, or null. Numbers (DPIS codes) never count. */
export function competencyIn(text: string): CompetencyCode | null {
  let code = competencyCache.get(text);
  if (code !== undefined) return code;
  code = null;
  if (text.length <= LABEL_LENGTH) code = competencyFromLabel(text);
  else {
    const k = matchKey(text);
    let at = Number.POSITIVE_INFINITY;
    for (const a of ALIAS_KEYS) {
      const i = k.indexOf(a.key);
      if (i >= 0 && i < at) {
        at = i;
        code = a.code;
      }
    }
  }
  if (competencyCache.size > 5000) competencyCache.clear();
  competencyCache.set(text, code);
  return code;
}

interface Named {
  code: CompetencyCode;
  source: Source;
  label: string;
}

/** Where a control's competency is read, nearest first. */
const SOURCES = ['own', 'container', 'row', 'column', 'legend', 'heading'] as const;

/** The texts of a source; lists a grid's controls share (a row's, a column's headers) are the same array. */
function textsFrom(source: (typeof SOURCES)[number], c: Candidate, col: Collector): readonly string[] {
  switch (source) {
    case 'own':
      return [c.own];
    case 'container':
      return [c.around];
    case 'row': {
      // A select or text box reads its own item of a row with items side by side; radios and
      // checkboxes (one per level across a row) read the whole row.
      const own = (row: Element, i: number) =>
        i === 0 && (c.controlKind === 'select' || c.controlKind === 'text')
          ? col.tables.itemTexts(row, c.el)
          : col.tables.cellTexts(row);
      return c.rows.length === 1 ? own(c.rows[0]!, 0) : c.rows.flatMap(own);
    }
    case 'column':
      return c.headerTexts;
    case 'legend':
      return c.legends;
    case 'heading':
      return c.headings;
  }
}

/** Per list of texts: its first label (short text) and first paragraph naming a competency, once found. */
const namingTexts = new WeakMap<readonly string[], [string | null | undefined, string | null | undefined]>();

/** The first text of a list, a label or (`long`) a paragraph, that names a competency. */
function namingText(texts: readonly string[], long: boolean): string | null {
  const names = (t: string) => !!t && t.length > LABEL_LENGTH === long && !!competencyIn(t);
  if (texts.length < 2) return texts[0] !== undefined && names(texts[0]) ? texts[0] : null;
  let known = namingTexts.get(texts);
  if (!known) {
    known = [undefined, undefined];
    namingTexts.set(texts, known);
  }
  const at = long ? 1 : 0;
  known[at] ??= texts.find(names) ?? null;
  return known[at];
}

function competencyOf(c: Candidate, col: Collector): Named | null {
  // Labels first; paragraphs (a definition beside the name, an indicator's text) only when no label
  // names one. Texts further away are read only when nearer ones name none.
  for (const long of [false, true]) {
    for (const source of SOURCES) {
      const text = namingText(textsFrom(source, c, col), long);
      if (text) {
        const code = competencyIn(text)!;
        return { code, source, label: long ? `${text.slice(0, LABEL_LENGTH)}…` : text };
      }
    }
  }
  // Last resort: a code written in the control's name or id ("score_ACH"); never a number.
  const token = CODE_TOKEN.exec(c.attrs.toUpperCase());
  return token ? { code: token[1] as CompetencyCode, source: 'name', label: c.attrs } : null;
}

/** 'level', 'points', or null for a box that holds something else (expected level, weight, total…). */
export function valueKindOf(c: Candidate): ValueKind | null {
  if (c.controlKind === 'radio' || c.controlKind === 'checkbox') return 'level';
  let said = valueKindSaid(c.own);
  for (let i = 0; said === undefined && i < c.headerTexts.length; i++)
    said = valueKindSaid(c.headerTexts[i]!);
  // null says "something else": only undefined (says nothing) reads on.
  if (said === undefined) said = valueKindSaid(c.around);
  // A control's name and id are its own: read, never kept.
  if (said === undefined && c.attrs) said = readValueKind(c.attrs);
  if (said !== undefined) return said;
  // Nothing says what it holds: a box made for a sentence (a remark) is not for a level.
  const size = Number(c.el.getAttribute('size') ?? 0);
  const max = Number(c.el.getAttribute('maxlength') ?? 0);
  return c.controlKind === 'text' && (size >= WIDE_BOX || max >= WIDE_BOX) ? null : 'level';
}

const saidCache = new Map<string, ValueKind | null | undefined>();

/** What one text says a box holds: null for something else, undefined when it says nothing. */
function valueKindSaid(t: string): ValueKind | null | undefined {
  if (!t) return undefined;
  // A grid's controls share their column headers: each text is read once.
  if (saidCache.has(t)) return saidCache.get(t);
  const said = readValueKind(t);
  if (saidCache.size > 5000) saidCache.clear();
  saidCache.set(t, said);
  return said;
}

function readValueKind(t: string): ValueKind | null | undefined {
  if (NOT_A_VALUE.test(t)) return null;
  if (POINTS_WORDS.test(t)) return 'points';
  return LEVEL_WORDS.test(t) ? 'level' : undefined;
}

/** Whether a control is the appraisee's own column (self-assessment), by its label, headers or name. */
export function isSelf(c: Candidate): boolean {
  const header = c.headerTexts[0];
  return SELF_WORDS.test(c.own) || (!!header && SELF_WORDS.test(header)) || SELF_WORDS.test(c.attrs);
}

/** The level a radio or checkbox stands for, from the nearest text that names one. */
export function choiceLevel(
  c: Candidate,
  code: CompetencyCode,
  col: Collector,
  rowIsOwn: boolean,
): number | null {
  const fromText = levelFromText(c.own, code) ?? levelFromText(c.around, code);
  if (fromText !== null) return fromText;
  for (const h of c.headerTexts) {
    const l = levelFromText(h, code);
    if (l !== null) return l;
  }
  const fromValue = levelFromValue(c.el.getAttribute('value'));
  if (fromValue !== null) return fromValue;
  if (rowIsOwn && c.rows[0]) {
    for (const t of col.tables.cellTexts(c.rows[0])) {
      const l = levelFromText(t, code);
      if (l !== null) return l;
    }
  }
  return c.controlKind === 'checkbox' ? levelHeading(c.el, code, col) : null;
}

/** For indicator checkboxes: the "ระดับที่ N" heading (or level title) above the list they are in. */
function levelHeading(el: Element, code: CompetencyCode, col: Collector): number | null {
  for (let node: Element | null = el, depth = 0; node && depth < 6; node = node.parentElement, depth++) {
    for (let s = node.previousElementSibling, n = 0; s && n < 40; s = s.previousElementSibling, n++) {
      if (col.controls.in(s) || s.matches(VISIBLE_CONTROLS)) continue;
      const t = col.text.get(s);
      if (!t || LEVEL_NUMBER.test(t)) continue;
      const l = levelFromText(t, code);
      if (l !== null) return l;
      if (competencyIn(t)) return null; // the heading of the competency itself: no level above
    }
  }
  return null;
}

/** The levels the texts of a select's options name, by competency and texts; null when they tell no levels apart. */
const textLevelsCache = new Map<string, (number | null)[] | null>();

/**
 * The level of each option of a select: by its text, else by its value; all null when neither
 * tells them apart. (The arrays are shared by selects with the same options: read, never changed.)
 */
export function optionLevels(
  select: HTMLSelectElement,
  code: CompetencyCode,
  options: readonly HTMLOptionElement[] = optionsOf(select),
): (number | null)[] {
  const texts: string[] = [];
  for (const o of options) texts.push(optionText(o));
  // A grid repeats the same few option lists thousands of times.
  const key = `${code}\u0000${texts.join('\u0000')}`;
  let byText = textLevelsCache.get(key);
  if (byText === undefined) {
    const levels = texts.map((t) => levelFromText(t, code));
    byText = distinctLevels(levels) ? levels : null;
    if (textLevelsCache.size > 1000) textLevelsCache.clear();
    textLevelsCache.set(key, byText);
  }
  if (byText) return byText;
  const byValue = options.map((o) => levelFromValue(o.value));
  return distinctLevels(byValue) ? byValue : options.map(() => null);
}

/**
 * An option's text as levelFromText reads it. `option.text` strips and collapses white space (which
 * cleanText does too) and leaves out scripts; an option holding only text is its textContent, far
 * cheaper to read in a grid of thousands of selects.
 */
function optionText(o: HTMLOptionElement): string {
  return o.firstElementChild ? o.text : (o.textContent ?? '');
}

function mostCommon<T>(items: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestCount = 0;
  for (const i of items) {
    const n = (counts.get(i) ?? 0) + 1;
    counts.set(i, n);
    if (n > bestCount) {
      best = i;
      bestCount = n;
    }
  }
  return best;
}

/** Where a plan box may read its competency from: its own label, cell or row, never a heading further up. */
const PLAN_SOURCES: readonly Source[] = ['own', 'container', 'row', 'column'];

/**
 * Groups candidates into fields. Rows that hold controls of two or more competencies, or a cell
 * starting with a title (นาย, นางสาว…), are person rows: their other cells name the person.
 * Plan boxes whose competency the page does not show go to `boxes` (text-fields.ts places them).
 */
export function classify(cands: readonly Candidate[], col: Collector, boxes?: PlanBox[]): Field[] {
  const named = cands.map((c) => competencyOf(c, col));
  const rowCodes = new Map<Element, Set<CompetencyCode>>();
  cands.forEach((c, i) => {
    const n = named[i];
    const row = c.rows[0];
    if (!n || !row) return;
    const set = rowCodes.get(row) ?? new Set();
    set.add(n.code);
    rowCodes.set(row, set);
  });
  const personRow = new Map<Element, boolean>();
  const isPersonRow = (row: Element): boolean => {
    let p = personRow.get(row);
    if (p === undefined) {
      p = (rowCodes.get(row)?.size ?? 0) >= 2 || col.tables.cellTexts(row).some(looksLikePerson);
      personRow.set(row, p);
    }
    return p;
  };
  // One array per person row, shared by the row's fields (and matched once by Owners).
  const rowPeople = new Map<Element, string[]>();
  const personTextsOf = (c: Candidate): string[] => {
    const row = c.rows[0];
    if (row && isPersonRow(row)) {
      let texts = rowPeople.get(row);
      if (!texts) {
        texts = col.tables.cellTexts(row).filter((t) => !/^\d{1,3}\.?$/.test(t));
        rowPeople.set(row, texts);
      }
      return texts;
    }
    return [...c.legends, ...c.headings]
      .filter((t) => t && !competencyIn(t) && looksLikePerson(t))
      .slice(0, 1);
  };

  const rowNames = new Map<Element, string | undefined>();
  const personNameOf = (c: Candidate, texts: readonly string[]): string | undefined => {
    const row = c.rows[0];
    if (row && isPersonRow(row)) {
      if (!rowNames.has(row)) rowNames.set(row, rowPersonName(row, col));
      return rowNames.get(row);
    }
    return texts[0] ? sectionPersonName(texts[0]) : undefined;
  };

  // Radios group by name within their form (or document); checkboxes by competency and person.
  const scopes = new Map<Node, number>();
  const scopeId = (scope: Node) => {
    if (!scopes.has(scope)) scopes.set(scope, scopes.size);
    return scopes.get(scope);
  };
  // A select or text box is a field of its own (keyed by its place; groups by a text key).
  const groups = new Map<string | number, number[]>();
  cands.forEach((c, i) => {
    const n = named[i];
    if (!n || c.controlKind === 'textarea') return;
    const el = c.el;
    let key: string | number;
    if (c.controlKind === 'radio' && isInput(el) && el.name)
      key = `r|${scopeId(el.form ?? el.ownerDocument)}|${el.name}`;
    else if (c.controlKind === 'checkbox')
      key = `c|${scopeId(el.ownerDocument)}|${n.code}|${personTextsOf(c).join('|')}`;
    else key = i;
    const list = groups.get(key) ?? [];
    list.push(i);
    groups.set(key, list);
  });

  const fields: Field[] = [];
  for (const members of groups.values()) {
    const first = cands[members[0]!]!;
    // The competency most of a group's members name (a select or text box: its own).
    let name = named[members[0]!]!;
    if (members.length > 1) {
      const most = mostCommon(members.map((i) => named[i]!.code))!;
      name = named[members.find((i) => named[i]!.code === most)!]!;
    }
    const code = name.code;
    const valueKind = valueKindOf(first);
    if (!valueKind) continue;
    let levels: (number | null)[];
    let options: HTMLOptionElement[] | undefined;
    if (first.controlKind === 'select') {
      options = optionsOf(first.el as HTMLSelectElement);
      levels = optionLevels(first.el as HTMLSelectElement, code, options);
    } else if (first.controlKind === 'text') levels = [];
    else {
      const mine = new Set(members.map((i) => cands[i]!.el as Element));
      levels = members.map((i) => {
        const c = cands[i]!;
        const row = c.rows[0];
        const rowIsOwn =
          !!row && [...row.querySelectorAll(VISIBLE_CONTROLS)].every((e) => e === c.el || !mine.has(e));
        return choiceLevel(c, code, col, rowIsOwn);
      });
      if (first.controlKind === 'checkbox') {
        // A checkbox that stands for no level (an acknowledgement under a competency heading) is not ours.
        const known = members.filter((_, k) => levels[k] !== null);
        if (known.length === 0) continue;
        levels = levels.filter((l) => l !== null);
        members.splice(0, members.length, ...known);
      } else if (!distinctLevels(levels)) {
        const byValue = members.map((i) => levelFromValue(cands[i]!.el.getAttribute('value')));
        levels = distinctLevels(byValue) ? byValue : levels.map(() => null);
      }
    }
    const personTexts = personTextsOf(first);
    fields.push({
      controlKind: first.controlKind,
      els: members.map((i) => cands[i]!.el),
      competency: code,
      label: name.label,
      source: name.source,
      valueKind,
      choiceLevels: levels,
      ...(options ? { options } : {}),
      purpose: isSelf(first) ? 'self' : valueKind,
      personTexts,
      personName: personNameOf(first, personTexts),
      row: first.rows[0] ?? null,
    });
  }
  // Text areas: evidence beside a competency, or a text of a development-plan row.
  cands.forEach((c, i) => {
    if (c.controlKind !== 'textarea') return;
    const what = textPurpose(c, col);
    if (!what) return;
    let n = named[i];
    if (what.purpose === 'plan' && n && !PLAN_SOURCES.includes(n.source)) n = null;
    const personTexts = personTextsOf(c);
    const base = {
      controlKind: c.controlKind,
      els: [c.el],
      label: n?.label ?? c.own,
      source: n?.source ?? 'own',
      valueKind: 'level' as const,
      choiceLevels: [],
      purpose: what.purpose,
      personTexts,
      personName: personNameOf(c, personTexts),
      row: c.rows[0] ?? null,
    };
    const part = what.purpose === 'plan' ? what.part : undefined;
    if (n) fields.push({ ...base, competency: n.code, ...(part ? { part } : {}) });
    else if (part) boxes?.push({ ...base, part });
  });
  return fields;
}

/**
 * How a grid row names its person: the cell under an id header, or a cell that reads as an id;
 * else the cell under a name header, or one starting with a title. Undefined when none does.
 */
function rowPersonName(row: Element, col: Collector): string | undefined {
  const cells = col.tables
    .textCells(row)
    .map((cell) => ({ text: col.text.get(cell), heads: col.tables.columnHeaders(cell) }));
  const under = (x: (typeof cells)[number], re: RegExp) => x.heads.some((h) => re.test(h));
  const free = cells.filter((x) => !under(x, NOT_ID_HEADER));
  const id =
    free.find((x) => under(x, ID_HEADER) && ID_TEXT.test(x.text)) ?? free.find((x) => ID_TEXT.test(x.text));
  if (id) return id.text;
  const name =
    free.find((x) => under(x, NAME_HEADER) && !under(x, ID_HEADER)) ??
    cells.find((x) => looksLikePerson(x.text));
  return name?.text;
}

/** How a legend or heading names its person: an id in it, else the name after its label. */
function sectionPersonName(text: string): string {
  const unlabelled = text.replace(/^[^:]{1,40}:\s*/, '');
  const id = unlabelled.split(/[\s,;()[\]]+/).find((t) => ID_TEXT.test(t));
  return id ?? unlabelled;
}

/** The expected level the page shows in a field's row (DPIS shows it read-only beside the box). */
export function expectedOnPage(field: Field, col: Collector): number | null {
  if (!field.row) return null;
  const cell = col.tables.cellUnder(field.row, EXPECTED_WORDS);
  if (!cell) return null;
  const box = cell.querySelector('input');
  return levelFromText(box ? box.value : col.text.get(cell), null);
}
