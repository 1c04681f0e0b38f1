/**
 * Step 3: put a value into a field the way a person would — click the radio or checkbox, pick the
 * option, type into the box (native setter, then input / change / blur) — so page scripts and
 * framework state (React, Vue) see the change. Every change is recorded for `undo`. Buttons are
 * never clicked and forms never submitted.
 */
import { cleanLongText, oneLine } from '../../shared/text/normalize';
import { cssPath, framePath } from './css-path';
import { fire, setProperty } from './dom';
import type { Field } from './match';
import { PLACEHOLDER, ZERO_VALUE } from './rules';
import type { SkipCode, UndoEntry } from './types';

/** Why a field is not filled: in Thai for the person, and as a code for programs. */
export interface Skip {
  reason: string;
  code: SkipCode;
}

export type Plan =
  | { ok: true; from: string; to: string; apply: () => Applied }
  | ({ ok: false; from?: string } & Skip);

export interface Applied {
  entries: UndoEntry[];
  /** Set when the page would not take the value (its handler cancelled the click). */
  refused?: Skip;
}

export interface PlanOptions {
  overwrite: boolean;
  /** Fill a box holding only the form's default zero. */
  fillZeros: boolean;
  /** Every level box of the field's document holds a zero or nothing: a never-saved form. */
  zeroForm: boolean;
}

/** Elements behind undo entries, while the report object is the one `fill` returned. */
export const liveElements = new WeakMap<UndoEntry, Element>();
export const livePrevious = new WeakMap<UndoEntry, Element>();

export const REASONS = {
  already: (from: string): Skip => ({ reason: `มีค่าอยู่แล้ว: ${from}`, code: 'has-value' }),
  defaultZero: { reason: 'มีค่า 0 ซึ่งอาจเป็นค่าเริ่มต้นของแบบฟอร์ม', code: 'default-zero' } as Skip,
  same: { reason: 'มีค่านี้อยู่แล้ว', code: 'same' } as Skip,
  noChoice: (to: string): Skip => ({ reason: `ไม่มีตัวเลือกสำหรับค่า ${to}`, code: 'no-choice' }),
  unreadable: { reason: 'อ่านไม่ได้ว่าตัวเลือกใดเป็นระดับใด', code: 'unreadable' } as Skip,
  refused: { reason: 'หน้าเว็บไม่ยอมรับค่า', code: 'refused' } as Skip,
  tooLong: (length: number, max: number): Skip => ({
    reason: `ข้อความยาว ${length} ตัวอักษร เกินที่ช่องรับได้ (${max})`,
    code: 'too-long',
  }),
};

/** A value written as the box shows numbers: "3.00" where it holds two decimals ("0.00"). */
function inFormat(target: number, el: HTMLInputElement): string {
  const shown = /^\d+\.(\d+)$/.exec(el.value.trim()) ?? /^\d+\.(\d+)$/.exec(el.defaultValue.trim());
  return shown ? target.toFixed(shown[1]!.length) : String(target);
}

/** A text box showing only the zero its page put there, on a form whose level boxes are all zero or empty. */
export function isZeroBox(el: HTMLInputElement): boolean {
  const v = el.value.trim();
  return ZERO_VALUE.test(v) && el.defaultValue.trim() === v;
}

function entry(
  el: Element,
  control: UndoEntry['control'],
  before: UndoEntry['before'],
  after: UndoEntry['after'],
): UndoEntry {
  const e: UndoEntry = { frames: framePath(el), selector: cssPath(el), control, before, after };
  liveElements.set(e, el);
  return e;
}

function isPlaceholder(option: HTMLOptionElement | undefined, level: number | null | undefined): boolean {
  return (
    !option || ((level ?? null) === null && (option.value === '' || PLACEHOLDER.test(option.text.trim())))
  );
}

function anyMarkedSelected(options: ArrayLike<HTMLOptionElement>): boolean {
  for (let i = 0; i < options.length; i++) if (options[i]!.hasAttribute('selected')) return true;
  return false;
}

/** Clicks a radio or checkbox like a person; false when the page cancelled the click. */
function click(el: HTMLInputElement): boolean {
  const before = el.checked;
  el.click();
  return el.checked !== before;
}

/** The choices of a radio or checkbox field that stand for a level, with the level. */
function choices(field: Field): { e: HTMLInputElement; level: number }[] {
  return field.els
    .map((e, i) => ({ e: e as HTMLInputElement, level: field.choiceLevels[i] ?? null }))
    .filter((x): x is { e: HTMLInputElement; level: number } => x.level !== null);
}

/**
 * What a field shows now: `from` is the level (or points) as digits ('' when empty; a select
 * option's text when its level is unknown), `filled` whether it holds any value.
 */
export function shown(field: Field): { from: string; filled: boolean } {
  const { controlKind: kind, choiceLevels: levels } = field;
  if (kind === 'textarea') {
    const from = (field.els[0] as HTMLTextAreaElement).value;
    return { from, filled: from.trim() !== '' };
  }
  if (kind === 'text') {
    const from = (field.els[0] as HTMLInputElement).value.trim();
    return { from, filled: from !== '' };
  }
  if (kind === 'select') {
    const el = field.els[0] as HTMLSelectElement;
    // The options read when matching, else indexed, not spread: copying every select's options
    // costs more than all the rest in a large grid.
    const options = field.options ?? el.options;
    const current = el.selectedIndex;
    const option = current >= 0 ? options[current] : undefined;
    // Nothing chosen: no option, a placeholder, or the browser's default first option (none marked selected).
    const empty =
      current < 0 || isPlaceholder(option, levels[current]) || (current === 0 && !anyMarkedSelected(options));
    return {
      from: empty ? '' : String(levels[current] ?? option?.text.trim() ?? ''),
      filled: !empty,
    };
  }
  if (kind === 'radio') {
    const checked = field.els.findIndex((e) => (e as HTMLInputElement).checked);
    return {
      from: checked < 0 ? '' : String(levels[checked] ?? (field.els[checked] as HTMLInputElement).value),
      filled: checked >= 0,
    };
  }
  const ticked = choices(field).filter((x) => x.e.checked);
  return {
    from: ticked.length ? String(Math.max(...ticked.map((x) => x.level))) : '',
    filled: ticked.length > 0,
  };
}

/**
 * What writing a text (evidence, a plan text) into a text area would change. The same text (line
 * breaks as the box keeps them, spacing at the ends aside) is left; so is a box holding another
 * text, unless `overwrite`; a text longer than the box takes is not cut.
 */
function planText(field: Field, text: string, options: PlanOptions): Plan {
  const el = field.els[0] as HTMLTextAreaElement;
  const { from, filled } = shown(field);
  const to = cleanLongText(text);
  if (cleanLongText(from).trim() === to.trim()) return { ok: false, ...REASONS.same, from };
  if (filled && !options.overwrite) return { ok: false, ...REASONS.already(oneLine(from)), from };
  if (el.maxLength > 0 && to.length > el.maxLength)
    return { ok: false, ...REASONS.tooLong(to.length, el.maxLength), from };
  const apply = (): Applied => {
    const before = el.value;
    setProperty(el, 'value', to);
    fire(el, true);
    return { entries: [entry(el, 'textarea', before, el.value)] };
  };
  return { ok: true, from, to, apply };
}

/** Works out what filling `field` with `target` (a text, for a text area) would change, without changing anything yet. */
export function plan(field: Field, target: number | string, options: PlanOptions): Plan {
  if (field.controlKind === 'textarea' || typeof target === 'string') {
    return typeof target === 'string' && field.controlKind === 'textarea'
      ? planText(field, target, options)
      : { ok: false, ...REASONS.unreadable };
  }
  let to = String(target);
  const { from, filled } = shown(field);
  const noChoice = (): Plan => ({
    ok: false,
    ...(field.choiceLevels.some((l) => l !== null) ? REASONS.noChoice(to) : REASONS.unreadable),
  });
  let zero = false;
  let same: boolean;
  let apply: () => Applied;
  switch (field.controlKind) {
    case 'text': {
      const el = field.els[0] as HTMLInputElement;
      to = inFormat(target, el);
      same = from === to;
      zero = options.zeroForm && isZeroBox(el);
      apply = () => {
        const before = el.value;
        setProperty(el, 'value', to);
        fire(el, true);
        return { entries: [entry(el, 'text', before, el.value)] };
      };
      break;
    }
    case 'select': {
      const el = field.els[0] as HTMLSelectElement;
      const current = el.selectedIndex;
      const options = field.options ?? el.options;
      const index = field.choiceLevels.findIndex((l, i) => l === target && !options[i]?.disabled);
      if (index < 0) return noChoice();
      same = filled && current === index;
      apply = () => {
        setProperty(el, 'selectedIndex', index);
        fire(el, true);
        return { entries: [entry(el, 'select', current, el.selectedIndex)] };
      };
      break;
    }
    case 'radio': {
      const els = field.els as HTMLInputElement[];
      const index = field.choiceLevels.indexOf(target);
      if (index < 0) return noChoice();
      const el = els[index]!;
      const previous = els.find((e) => e.checked) ?? null;
      same = previous === el;
      apply = () => {
        if (!click(el)) return { entries: [], refused: REASONS.refused };
        const e = entry(el, 'radio', false, true);
        e.previous = previous ? cssPath(previous) : null;
        if (previous) livePrevious.set(e, previous);
        return { entries: [e] };
      };
      break;
    }
    case 'checkbox': {
      const known = choices(field);
      if (known.length === 0) return noChoice();
      // Levels are cumulative: every level up to and including the displayed one is ticked.
      const want = (level: number) => (level === 0 ? target === 0 : level <= target);
      same = known.every(({ e, level }) => e.checked === want(level));
      apply = () => {
        const entries: UndoEntry[] = [];
        let refused: Skip | undefined;
        for (const { e, level } of known) {
          // A page script may have ticked this one already in answer to an earlier click.
          if (e.checked === want(level)) continue;
          if (click(e)) entries.push(entry(e, 'checkbox', !e.checked, e.checked));
          else refused = REASONS.refused;
        }
        return refused ? { entries, refused } : { entries };
      };
      break;
    }
  }
  if (same) return { ok: false, ...REASONS.same, from };
  if (filled && !options.overwrite) {
    if (!zero) return { ok: false, ...REASONS.already(from), from };
    if (!options.fillZeros) return { ok: false, ...REASONS.defaultZero, from };
  }
  return { ok: true, from, to, apply };
}
