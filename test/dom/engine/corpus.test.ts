/**
 * The form corpus under happy-dom: every page whose form is in its own HTML (no frames, no React,
 * no late rendering) is loaded without its scripts and filled from the same *.expected.json as the
 * Chromium tests, so every engine change is checked against the whole corpus in milliseconds.
 * Texts the page's scripts compute are checked only in Chromium (test/e2e/engine-fixtures).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { fill, scan, undo } from '../../../extension/engine';
import type { Person } from '../../../shared/interchange/types';
import { FORMS_DIR, type FormExpectation } from '../../fixtures/forms/generate';
import { loadPage } from '../../fixtures/forms/load';

/** Pages whose forms need a real browser: frames, React or Vue, or a script that builds the form. */
const BROWSER_ONLY = new Set([
  'dpis-modal.html',
  'react-controlled.html',
  'vue-controlled.html',
  'late-render.html',
]);

const CASES = readdirSync(FORMS_DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(FORMS_DIR, f), 'utf8')) as FormExpectation)
  .filter((c) => !BROWSER_ONLY.has(c.page));
const PEOPLE = (JSON.parse(readFileSync(join(FORMS_DIR, 'people.json'), 'utf8')) as { people: Person[] })
  .people;

function state(): string[] {
  return Array.from(document.querySelectorAll<HTMLInputElement>('input, select, textarea')).map(
    (e) =>
      `${e.value}|${e.localName === 'input' ? e.checked : ''}|${(e as unknown as HTMLSelectElement).selectedIndex ?? ''}`,
  );
}

beforeEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe.each(CASES)('$page', (form) => {
  test.each(form.runs)('$name', (run) => {
    loadPage(form.page);
    expect(scan().fields.length).toBeGreaterThanOrEqual(5);
    const before = state();
    const people =
      run.input.people === 'all' ? PEOPLE : run.input.people.map((id) => PEOPLE.find((p) => p.id === id)!);
    const report = fill({ ...run.input, people });
    expect({
      filled: report.filled.length,
      skipped: report.skipped.length,
      missing: report.missing.length,
    }).toEqual(run.report);
    for (const e of run.expect) {
      if (e.frame || e.text !== undefined) continue;
      const el = document.querySelector<HTMLInputElement>(e.selector);
      expect(el, e.selector).not.toBeNull();
      if (e.checked !== undefined) expect(el!.checked, e.selector).toBe(e.checked);
      if (e.value !== undefined) expect(el!.value, e.selector).toBe(e.value);
    }
    expect(undo(JSON.parse(JSON.stringify(report))).restored).toBe(report.undo.length);
    expect(state()).toEqual(before);
  });
});
