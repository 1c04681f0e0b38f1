/**
 * Read back, page side: the level each scanned field currently shows (a chosen option, a checked
 * radio, ticked cumulative checkboxes, a typed number). Runs in the page next to the fill engine
 * and reads only; points boxes are skipped because a level cannot be told from points.
 */
import { isCompetencyCode } from '../../shared/dictionary';
import { parseThaiInt } from '../../shared/text/normalize';
import { resolvePath } from '../engine/css-path';
import { levelFromText, levelFromValue } from '../engine/levels';
import type { ScannedField } from '../engine/types';

export interface ReadField extends ScannedField {
  /** The level the control shows now, or null when it is empty or unreadable. */
  level: number | null;
}

function squeeze(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** The text that names one choice: its label, else its column's header. */
function choiceText(input: HTMLInputElement): string {
  const own = squeeze(input.labels?.[0]?.textContent) || squeeze(input.getAttribute('aria-label'));
  if (own) return own;
  const cell = input.closest('td, th');
  const table = cell?.closest('table');
  if (cell?.parentElement && table) {
    const rows = table.querySelectorAll('thead tr');
    const head = rows[rows.length - 1] ?? table.querySelector('tr');
    const th = head?.children[[...cell.parentElement.children].indexOf(cell)];
    if (th && th !== cell) return squeeze(th.textContent);
  }
  return '';
}

function choiceLevel(input: HTMLInputElement, code: ScannedField['competency']): number | null {
  return levelFromText(choiceText(input), code) ?? levelFromValue(input.value);
}

function group(input: HTMLInputElement): HTMLInputElement[] {
  const root = input.form ?? input.ownerDocument;
  if (!input.name) return [input];
  return [...root.querySelectorAll<HTMLInputElement>(`input[type="${input.type}"]`)].filter(
    (i) => i.name === input.name,
  );
}

export function readLevel(field: ScannedField, doc: Document): number | null {
  if (!isCompetencyCode(field.competency) || field.valueKind === 'points') return null;
  const el = resolvePath(field.frames, field.selector, doc);
  if (!el) return null;
  const code = field.competency;
  if (el instanceof HTMLSelectElement) {
    const opt = el.selectedOptions[0];
    if (!opt) return null;
    return levelFromText(opt.text, code) ?? levelFromValue(opt.value);
  }
  if (el instanceof HTMLTextAreaElement) return parseThaiInt(el.value);
  if (!(el instanceof HTMLInputElement)) return null;
  if (el.type === 'radio') {
    const checked = group(el).find((r) => r.checked);
    return checked ? choiceLevel(checked, code) : null;
  }
  if (el.type === 'checkbox') {
    const boxes = group(el);
    const ticked = boxes.filter((b) => b.checked);
    if (ticked.length === 0) return null;
    const levels = ticked.map((b) => choiceLevel(b, code));
    // Levels are cumulative: the highest ticked level, or the count of ticks when boxes are unnamed.
    return levels.every((l) => l !== null) ? Math.max(...(levels as number[])) : ticked.length;
  }
  return el.value.trim() === '' ? null : parseThaiInt(el.value);
}

export function readLevels(fields: readonly ScannedField[], doc: Document): ReadField[] {
  return fields.map((f) => ({ ...f, level: readLevel(f, doc) }));
}
