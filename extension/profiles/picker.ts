/**
 * Teach mode, page side: highlights the form control under the pointer and resolves with the one
 * the user clicks (Escape cancels). The click is swallowed so choosing a radio button does not
 * also change it. Plain DOM: runs in the page and under tests.
 */

import { mappableControl } from '../engine/fillable';
import type { ControlKind } from '../engine/types';

export type PickedControl = ControlKind;

export interface PickedField {
  /** A selector that finds this control again (cssPath of the fill engine). */
  selector: string;
  control: PickedControl;
  /** Text near the control that the user will recognise: its label or the row it sits in. */
  label: string;
}

/** A control the user clicked that the engine cannot fill from a profile, and why (in Thai). */
export interface RefusedPick {
  refused: string;
  label: string;
}

export type PickResult = PickedField | RefusedPick | null;

const CONTROLS = 'input, select, textarea';
const MARK = '3px solid #c2410c';

function squeeze(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** What a person would call this control: its label, aria-label, or the text of its row. */
export function describeControl(el: Element): string {
  const own =
    squeeze(el.getAttribute('aria-label')) ||
    squeeze((el as HTMLInputElement).labels?.[0]?.textContent) ||
    squeeze(el.closest('label')?.textContent);
  if (own) return own.slice(0, 120);
  const row = el.closest('tr, li, fieldset, [role=row], p, div');
  if (!row) return el.tagName.toLowerCase();
  // The row's own words, without the option lists of its dropdowns.
  const copy = row.cloneNode(true) as Element;
  for (const n of copy.querySelectorAll('select, textarea, script, style')) n.remove();
  return squeeze(copy.textContent).slice(0, 120) || el.tagName.toLowerCase();
}

/**
 * The form control an event target stands for: itself, or the control its label points at. Any
 * input, select or text area counts here (a click on one is never passed to the page); whether it
 * can be mapped is the engine's rule, applied on the click.
 */
export function controlFor(target: EventTarget | null): Element | null {
  if (!(target instanceof Element)) return null;
  const direct = target.matches(CONTROLS) ? target : target.closest(CONTROLS);
  if (direct) return direct;
  const label = target.closest('label');
  const labelled = label?.control ?? label?.querySelector(CONTROLS) ?? null;
  return labelled?.matches(CONTROLS) ? labelled : null;
}

export function createPicker(doc: Document, cssPath: (el: Element) => string) {
  let active: { finish(result: PickResult): void } | null = null;

  function pick(): Promise<PickResult> {
    active?.finish(null);
    return new Promise((resolve) => {
      let marked: HTMLElement | null = null;
      let markedOutline = '';
      const banner = doc.createElement('div');
      banner.setAttribute('role', 'status');
      banner.textContent = 'สมรรถนะ: คลิกช่องคำตอบที่ต้องการตั้งค่า (กด Esc เพื่อยกเลิก)';
      banner.style.cssText =
        'position:fixed;z-index:2147483647;top:8px;left:50%;transform:translateX(-50%);background:#1e3a8a;color:#fff;' +
        'padding:8px 14px;border-radius:6px;font:16px sans-serif;pointer-events:none';
      doc.body.appendChild(banner);

      const unmark = () => {
        if (marked) marked.style.outline = markedOutline;
        marked = null;
      };
      const over = (e: Event) => {
        const el = controlFor(e.target);
        if (el === marked) return;
        unmark();
        if (el instanceof HTMLElement) {
          marked = el;
          markedOutline = el.style.outline;
          el.style.outline = MARK;
        }
      };
      const swallow = (e: Event) => {
        if (controlFor(e.target)) {
          e.preventDefault();
          e.stopImmediatePropagation();
        }
      };
      const click = (e: Event) => {
        const el = controlFor(e.target);
        if (!el) return;
        e.preventDefault();
        e.stopImmediatePropagation();
        const m = mappableControl(el);
        const label = describeControl(el);
        finish(
          'control' in m
            ? { selector: cssPath(el), control: m.control, label }
            : { refused: m.reason, label },
        );
      };
      const key = (e: KeyboardEvent) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          finish(null);
        }
      };
      const finish = (result: PickResult) => {
        unmark();
        banner.remove();
        doc.removeEventListener('mouseover', over, true);
        doc.removeEventListener('mousedown', swallow, true);
        doc.removeEventListener('mouseup', swallow, true);
        doc.removeEventListener('click', click, true);
        doc.removeEventListener('keydown', key, true);
        active = null;
        resolve(result);
      };
      doc.addEventListener('mouseover', over, true);
      doc.addEventListener('mousedown', swallow, true);
      doc.addEventListener('mouseup', swallow, true);
      doc.addEventListener('click', click, true);
      doc.addEventListener('keydown', key, true);
      active = { finish };
    });
  }

  return { pick, cancel: () => active?.finish(null) };
}
