/**
 * Putting back exactly what `fill` changed, newest change first, with the same events so page
 * totals recompute. A control someone changed since is left as it is.
 */
import { liveElements, livePrevious } from './apply';
import { resolvePath } from './css-path';
import { fire, isInput, isSelect, realmOf, setProperty } from './dom';
import type { FillReport, UndoEntry, UndoResult } from './types';

function find(entry: UndoEntry, top: Document | null): Element | null {
  const live = liveElements.get(entry);
  if (live?.isConnected) return live;
  return top ? resolvePath(entry.frames, entry.selector, top) : null;
}

function restoreOne(entry: UndoEntry, el: Element, top: Document | null): 'restored' | 'changed' | 'gone' {
  switch (entry.control) {
    case 'text': {
      if (!isInput(el)) return 'gone';
      if (el.value !== entry.after) return 'changed';
      setProperty(el, 'value', entry.before);
      fire(el, 'input', 'change', 'blur');
      return 'restored';
    }
    case 'select': {
      if (!isSelect(el)) return 'gone';
      if (el.selectedIndex !== entry.after) return 'changed';
      setProperty(el, 'selectedIndex', entry.before);
      fire(el, 'input', 'change', 'blur');
      return 'restored';
    }
    case 'checkbox': {
      if (!isInput(el) || el.type !== 'checkbox') return 'gone';
      if (el.checked !== entry.after) return 'changed';
      el.click();
      if (el.checked !== entry.before) {
        setProperty(el, 'checked', entry.before);
        fire(el, 'input', 'change');
      }
      return 'restored';
    }
    case 'radio': {
      if (!isInput(el) || el.type !== 'radio') return 'gone';
      if (!el.checked) return 'changed';
      const prevLive = livePrevious.get(entry);
      const previous = prevLive?.isConnected
        ? prevLive
        : entry.previous && top
          ? resolvePath(entry.frames, entry.previous, top)
          : null;
      if (previous && isInput(previous)) {
        previous.click();
        if (!previous.checked) {
          setProperty(previous, 'checked', true);
          fire(previous, 'input', 'change');
        }
      } else if (entry.previous) {
        return 'gone';
      } else {
        // Nobody can un-choose a radio by clicking: clear it directly, then tell the page with the
        // events a click brings (a plain 'click' Event, which unlike a mouse click does not re-check it).
        setProperty(el, 'checked', false);
        el.dispatchEvent(new (realmOf(el).Event)('click', { bubbles: true }));
        fire(el, 'input', 'change');
      }
      return 'restored';
    }
  }
}

export function undoReport(
  report: FillReport,
  top: Document | null = globalThis.document ?? null,
): UndoResult {
  const result: UndoResult = { restored: 0, changedSince: 0, gone: 0 };
  const entries = Array.isArray(report?.undo) ? report.undo : [];
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    const el = find(entry, top);
    const outcome = el ? restoreOne(entry, el, top) : 'gone';
    if (outcome === 'restored') result.restored++;
    else if (outcome === 'changed') result.changedSince++;
    else result.gone++;
  }
  return result;
}
