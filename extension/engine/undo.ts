/**
 * Putting back exactly what `fill` changed, newest change first, with the same events so page
 * totals recompute. A control someone changed since is left as it is.
 */
import { liveElements, livePrevious } from './apply';
import { resolvePath } from './css-path';
import { fire, isInput, isSelect, isTextArea, realmOf, setProperty } from './dom';
import type { FillReport, UndoEntry, UndoResult } from './types';

/** The element, live while the report is the one `fill` returned, else found again by its path. */
function find(live: Element | undefined, entry: UndoEntry, selector: string): Element | null {
  return live?.isConnected ? live : resolvePath(entry.frames, selector, document);
}

/** Clicks a radio or checkbox back the way a person would; sets it if the page cancels the click. */
function clickTo(el: HTMLInputElement, checked: boolean): void {
  el.click();
  if (el.checked !== checked) {
    setProperty(el, 'checked', checked);
    fire(el, false);
  }
}

function restoreOne(entry: UndoEntry, el: Element): 'restored' | 'changed' | 'gone' {
  switch (entry.control) {
    case 'textarea': {
      if (!isTextArea(el)) return 'gone';
      if (el.value !== entry.after) return 'changed';
      setProperty(el, 'value', entry.before);
      fire(el, true);
      return 'restored';
    }
    case 'text': {
      if (!isInput(el)) return 'gone';
      if (el.value !== entry.after) return 'changed';
      setProperty(el, 'value', entry.before);
      fire(el, true);
      return 'restored';
    }
    case 'select': {
      if (!isSelect(el)) return 'gone';
      if (el.selectedIndex !== entry.after) return 'changed';
      setProperty(el, 'selectedIndex', entry.before);
      fire(el, true);
      return 'restored';
    }
    case 'checkbox': {
      if (!isInput(el) || el.type !== 'checkbox') return 'gone';
      if (el.checked !== entry.after) return 'changed';
      clickTo(el, entry.before as boolean);
      return 'restored';
    }
    case 'radio': {
      if (!isInput(el) || el.type !== 'radio') return 'gone';
      if (!el.checked) return 'changed';
      const previous = entry.previous ? find(livePrevious.get(entry), entry, entry.previous) : null;
      if (previous && isInput(previous)) clickTo(previous, true);
      else if (entry.previous) {
        return 'gone';
      } else {
        // Nobody can un-choose a radio by clicking: clear it directly, then tell the page with the
        // events a click brings (a plain 'click' Event, which unlike a mouse click does not re-check it).
        setProperty(el, 'checked', false);
        el.dispatchEvent(new (realmOf(el).Event)('click', { bubbles: true }));
        fire(el, false);
      }
      return 'restored';
    }
  }
}

/** Restores what `fill` changed; works on the report `fill` returned or on a JSON copy of it. */
export function undo(report: FillReport): UndoResult {
  const result: UndoResult = { restored: 0, changedSince: 0, gone: 0 };
  const entries: UndoEntry[] = Array.isArray(report?.undo) ? report.undo : [];
  for (const entry of [...entries].reverse()) {
    const el = find(liveElements.get(entry), entry, entry.selector);
    const outcome = el ? restoreOne(entry, el) : 'gone';
    if (outcome === 'restored') result.restored++;
    else if (outcome === 'changed') result.changedSince++;
    else result.gone++;
  }
  return result;
}
