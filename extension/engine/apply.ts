/**
 * Step 3: put a value into a field the way a person would — click the radio or checkbox, pick the
 * option, type into the box (native setter, then input / change / blur) — so page scripts and
 * framework state (React, Vue) see the change. Every change is recorded for `undo`. Buttons are
 * never clicked and forms never submitted.
 */
import { cssPath, framePath } from './css-path';
import { fire, setProperty } from './dom';
import type { Field } from './match';
import { RULES } from './rules';
import type { UndoEntry } from './types';

export type Plan =
  | { ok: true; from: string; to: string; apply: () => Applied }
  | { ok: false; reason: string; from?: string };

export interface Applied {
  entries: UndoEntry[];
  /** Set when the page would not take the value (its handler cancelled the click). */
  refused?: string;
}

/** Elements behind undo entries, while the report object is the one `fill` returned. */
export const liveElements = new WeakMap<UndoEntry, Element>();
export const livePrevious = new WeakMap<UndoEntry, Element>();

export const REASONS = {
  already: (from: string) => `มีค่าอยู่แล้ว (already has a value): ${from}`,
  same: 'มีค่านี้อยู่แล้ว (already holds this value)',
  noChoice: (to: string) => `ไม่มีตัวเลือกสำหรับค่า ${to} (no choice for ${to})`,
  unreadable: 'อ่านไม่ได้ว่าตัวเลือกใดเป็นระดับใด (cannot tell which choice is which level)',
  refused: 'หน้าเว็บไม่ยอมรับค่า (the page refused the change)',
};

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
    !option ||
    ((level ?? null) === null && (option.value === '' || RULES.placeholder.test(option.text.trim())))
  );
}

/** Works out what filling `field` with `target` would change, without changing anything yet. */
export function plan(field: Field, target: number, overwrite: boolean): Plan {
  const to = String(target);
  switch (field.kind) {
    case 'text': {
      const el = field.els[0] as HTMLInputElement;
      const from = el.value.trim();
      if (from === to) return { ok: false, reason: REASONS.same, from };
      if (from && !overwrite) return { ok: false, reason: REASONS.already(from), from };
      return {
        ok: true,
        from,
        to,
        apply: () => {
          const before = el.value;
          setProperty(el, 'value', to);
          fire(el, 'input', 'change', 'blur');
          return { entries: [entry(el, 'text', before, el.value)] };
        },
      };
    }
    case 'select': {
      const el = field.els[0] as HTMLSelectElement;
      const options = Array.from(el.options);
      const index = field.levels.findIndex((l, i) => l === target && !options[i]?.disabled);
      const current = el.selectedIndex;
      // Nothing chosen: no option, a placeholder, or the browser's default first option (none marked selected).
      const empty =
        current < 0 ||
        isPlaceholder(options[current], field.levels[current]) ||
        (current === 0 && !options.some((o) => o.hasAttribute('selected')));
      const from = empty ? '' : String(field.levels[current] ?? options[current]?.text.trim() ?? '');
      if (index < 0)
        return {
          ok: false,
          reason: field.levels.some((l) => l !== null) ? REASONS.noChoice(to) : REASONS.unreadable,
        };
      if (!empty && current === index) return { ok: false, reason: REASONS.same, from };
      if (!empty && !overwrite) return { ok: false, reason: REASONS.already(from), from };
      return {
        ok: true,
        from,
        to,
        apply: () => {
          setProperty(el, 'selectedIndex', index);
          fire(el, 'input', 'change', 'blur');
          return { entries: [entry(el, 'select', current, el.selectedIndex)] };
        },
      };
    }
    case 'radio': {
      const els = field.els as HTMLInputElement[];
      const index = field.levels.indexOf(target);
      const checked = els.findIndex((e) => e.checked);
      const from = checked < 0 ? '' : String(field.levels[checked] ?? els[checked]!.value);
      if (index < 0)
        return {
          ok: false,
          reason: field.levels.some((l) => l !== null) ? REASONS.noChoice(to) : REASONS.unreadable,
        };
      if (checked === index) return { ok: false, reason: REASONS.same, from };
      if (checked >= 0 && !overwrite) return { ok: false, reason: REASONS.already(from), from };
      return {
        ok: true,
        from,
        to,
        apply: () => {
          const el = els[index]!;
          const previous = checked >= 0 ? els[checked]! : null;
          el.click();
          if (!el.checked) return { entries: [], refused: REASONS.refused };
          const e = entry(el, 'radio', false, true);
          e.previous = previous ? cssPath(previous) : null;
          if (previous) livePrevious.set(e, previous);
          return { entries: [e] };
        },
      };
    }
    case 'checkbox': {
      const els = field.els as HTMLInputElement[];
      const known = els
        .map((e, i) => ({ e, level: field.levels[i] ?? null }))
        .filter((x) => x.level !== null);
      if (known.length === 0) return { ok: false, reason: REASONS.unreadable };
      // Levels are cumulative: every level up to and including the displayed one is ticked.
      const want = known.map(({ level }) => (level === 0 ? target === 0 : level! <= target));
      const ticked = known.filter((x) => x.e.checked);
      const from = ticked.length ? String(Math.max(...ticked.map((x) => x.level!))) : '';
      if (known.every((x, i) => x.e.checked === want[i])) return { ok: false, reason: REASONS.same, from };
      if (ticked.length && !overwrite) return { ok: false, reason: REASONS.already(from), from };
      return {
        ok: true,
        from,
        to,
        apply: () => {
          const entries: UndoEntry[] = [];
          let refused: string | undefined;
          known.forEach(({ e }, i) => {
            if (e.checked === want[i]) return;
            const before = e.checked;
            e.click();
            if (e.checked === before) refused = REASONS.refused;
            else entries.push(entry(e, 'checkbox', before, e.checked));
          });
          return refused ? { entries, refused } : { entries };
        },
      };
    }
  }
}
