/**
 * The form corpus under happy-dom: every page whose form is in its own HTML (no frames, no React,
 * no late rendering) is loaded without its scripts and filled from the same *.expected.json as the
 * Chromium tests, so every engine change is checked against the whole corpus in milliseconds.
 * Texts the page's scripts compute are checked only in Chromium (test/e2e/engine-fixtures).
 * Real pages (real/) are checked the same way; what the engine gets wrong on them is listed in
 * their sidecars' expectedFailures and must still fail (test/fixtures/forms/corpus.ts).
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { fill, scan, undo } from '../../../extension/engine';
import { fillInput, formPeople, loadCorpus, probeCheck, Verdicts } from '../../fixtures/forms/corpus';
import { loadPage } from '../../fixtures/forms/load';

/** Pages whose forms need a real browser: frames, React or Vue, or a script that builds the form. */
const BROWSER_ONLY = new Set([
  'dpis-modal.html',
  'react-controlled.html',
  'vue-controlled.html',
  'late-render.html',
]);

const CASES = loadCorpus().filter((c) => !BROWSER_ONLY.has(c.page) && !c.browserOnly);

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function controls(): Control[] {
  return Array.from(document.querySelectorAll<Control>('input, select, textarea'));
}

function state(): string[] {
  return controls().map(
    (e) =>
      `${e.value}|${e.localName === 'input' ? (e as HTMLInputElement).checked : ''}|${(e as HTMLSelectElement).selectedIndex ?? ''}`,
  );
}

/** A control's name in checks: its name (or id), "#k" added when several controls share it. */
function nameOf(e: Element): string {
  const key = (o: Element) => o.getAttribute('name') || o.id || o.localName;
  const same = controls().filter((o) => key(o) === key(e));
  return same.length > 1 ? `${key(e)}#${same.indexOf(e as Control)}` : key(e);
}

beforeEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe.each(CASES)('$page', (form) => {
  if (form.scan) {
    test('scan finds what the page holds', () => {
      loadPage(form.page);
      const v = new Verdicts();
      v.scan(
        scan(),
        form.scan!,
        (selector) => {
          const el = document.querySelector(selector);
          return el && nameOf(el);
        },
        scan(document, { people: formPeople(form) }),
      );
      expect(v.settle(form.expectedFailures, 'happy-dom')).toEqual([]);
    });
  }

  test.each(form.runs)('$name', (run) => {
    loadPage(form.page);
    if (!form.scan) expect(scan().fields.length).toBeGreaterThanOrEqual(5);
    const before = state();
    const all = controls();
    const report = fill(fillInput(form, run));
    const v = new Verdicts();
    v.check(
      'report',
      { filled: report.filled.length, skipped: report.skipped.length, missing: report.missing.length },
      run.report,
    );
    const expected = new Set<Element>();
    for (const e of run.expect) {
      if (e.frame || e.text !== undefined) continue;
      const el = document.querySelector<HTMLInputElement>(e.selector);
      expect(el, e.selector).not.toBeNull();
      expected.add(el!);
      v.expectProbe(e, { checked: el!.checked, value: el!.value });
    }
    const after = state();
    for (const u of run.untouched) {
      if (u.frame) continue;
      const els = Array.from(document.querySelectorAll(u.selector));
      expect(els.length, `${u.selector} exists`).toBeGreaterThan(0);
      const changed = els.filter(
        (el) => before[all.indexOf(el as Control)] !== after[all.indexOf(el as Control)],
      );
      v.check(probeCheck('untouched', u), changed.map(nameOf), []);
    }
    if (form.source) {
      // Real pages: whatever changed was meant to change.
      const changed = all.filter((el, i) => before[i] !== after[i] && !expected.has(el));
      v.check('changes', changed.map(nameOf), []);
    }
    expect(v.settle(run.expectedFailures, 'happy-dom')).toEqual([]);
    expect(undo(JSON.parse(JSON.stringify(report))).restored).toBe(report.undo.length);
    expect(state()).toEqual(before);
  });
});
