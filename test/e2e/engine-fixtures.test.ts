/**
 * The fill engine against the form corpus, in real Chromium: each page is served over HTTP, the
 * built dist/fill-engine.js is injected, and every run in the page's *.expected.json is checked —
 * the page's own state after fill (values, React state, totals its scripts recompute), controls
 * that must stay untouched, exact restoration after undo (from a JSON copy of the report, as the
 * side panel would send it back), no submit, no button or link click, and no request beyond the
 * fixture files themselves.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FillReport, ScanResult, UndoResult } from '../../extension/engine';
import { ensureEngine } from '../../scripts/build-engine';
import { launchChromium } from '../../scripts/chromium';
import {
  fillInput,
  formPeople,
  loadCorpus,
  offsiteUrls,
  openAsUser,
  openOfEveryRun,
  type Probe,
  probeCheck,
  unavailableUrls,
  Verdicts,
} from '../fixtures/forms/corpus';
import { buildReactFixture, buildVueFixture, FORMS_DIR } from '../fixtures/forms/generate';
import { BUNDLES, type FormServer, startFormServer } from '../fixtures/forms/serve';

const CASES = loadCorpus();
/** Added to every page and frame before its own scripts (real pages do not load it themselves). */
const RECORDER = join(FORMS_DIR, 'recorder.js');

type Expectation = Probe;
type Snapshot = {
  controls: {
    key: string;
    name: string;
    value: string;
    checked: boolean | null;
    selectedIndex: number | null;
  }[];
  /** key of every element each expectation selector matches, in order of the expectations. */
  matched: string[][];
  read: { value: string | null; checked: boolean | null; text: string | null; found: boolean }[];
  records: { submits: number; submitCalls: number; clicks: string[] }[];
};

/** Everything the test looks at in the page, its frames included (runs inside the page). */
function snapshot(page: Page, probes: Expectation[]): Promise<Snapshot> {
  return page.evaluate((probes) => {
    type Rec = { submits: number; submitCalls: number; clicks: string[] };
    const docs: { doc: Document; prefix: string; frame: Element | null }[] = [];
    const walk = (doc: Document, prefix: string, frame: Element | null) => {
      docs.push({ doc, prefix, frame });
      doc.querySelectorAll('iframe').forEach((f, i) => {
        try {
          if (f.contentDocument) walk(f.contentDocument, `${prefix}f${i}/`, f);
        } catch {
          // cross-origin: none in the corpus
        }
      });
    };
    walk(document, '', null);
    // A control's name in checks: its name (or id), "#k" added when several controls share it.
    const nameOf = (el: Element) => {
      const n = el.getAttribute('name') || el.id || el.localName;
      const same = Array.from(el.ownerDocument.querySelectorAll('input, select, textarea')).filter(
        (o) => (o.getAttribute('name') || o.id || o.localName) === n,
      );
      return same.length > 1 ? `${n}#${same.indexOf(el)}` : n;
    };
    const keyOf = new Map<Element, string>();
    const controls: Snapshot['controls'] = [];
    for (const { doc, prefix } of docs) {
      doc.querySelectorAll('input, select, textarea').forEach((el, i) => {
        const key = `${prefix}${i}`;
        keyOf.set(el, key);
        const input = el as HTMLInputElement;
        controls.push({
          key,
          name: nameOf(el),
          value: input.value,
          checked: el.localName === 'input' ? input.checked : null,
          selectedIndex: el.localName === 'select' ? (el as HTMLSelectElement).selectedIndex : null,
        });
      });
    }
    const docFor = (frame?: string) =>
      frame ? (document.querySelector<HTMLIFrameElement>(frame)?.contentDocument ?? null) : document;
    const matched = probes.map((p) =>
      Array.from(docFor(p.frame)?.querySelectorAll(p.selector) ?? []).map(
        (e) => keyOf.get(e) ?? `?${p.selector}`,
      ),
    );
    const read = probes.map((p) => {
      const el = docFor(p.frame)?.querySelector(p.selector) as HTMLInputElement | null;
      return {
        found: !!el,
        value: el && 'value' in el ? el.value : null,
        checked: el && el.localName === 'input' ? el.checked : null,
        text: el ? (el.textContent ?? '').trim() : null,
      };
    });
    const records = docs.map(
      ({ doc }) =>
        (doc.defaultView as unknown as { __record?: Rec }).__record ?? {
          submits: -1,
          submitCalls: -1,
          clicks: [],
        },
    );
    return { controls, matched, read, records };
  }, probes);
}

let browser: Browser;
let server: FormServer;
let engine: string;

beforeAll(async () => {
  engine = await ensureEngine();
  await Promise.all([buildReactFixture(), buildVueFixture()]);
  server = await startFormServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(form: (typeof CASES)[number]) {
  const context = await browser.newContext();
  await context.addInitScript({ path: RECORDER });
  for (const u of offsiteUrls(form, server.origin)) await context.route(u, (r) => r.abort());
  const page = await context.newPage();
  return { context, page };
}

describe.each(CASES)('$page', (form) => {
  if (form.scan) {
    test('scan finds what the page holds', async () => {
      const { context, page } = await openPage(form);
      try {
        await page.goto(`${server.origin}/${form.page}`, { waitUntil: 'load' });
        await openAsUser(page, openOfEveryRun(form));
        await page.addScriptTag({ path: engine });
        type Scan = { scan(root?: ParentNode, options?: { people: unknown[] }): ScanResult };
        const [found, withPeople] = await page.evaluate((people) => {
          const engine = (globalThis as unknown as { samatthanaFill: Scan }).samatthanaFill;
          return [engine.scan(), engine.scan(document, { people })];
        }, formPeople(form));
        // The name (or id) of the control each selector finds, in its frame.
        const wanted = [
          ...[...found.fields, ...withPeople.fields].map((f) => ({ selector: f.selector, frames: f.frames })),
          ...form.scan!.fields.map((f) => ({ selector: f.selector, frames: f.frame ? [f.frame] : [] })),
        ];
        const names = await page.evaluate((list) => {
          return list.map(({ selector, frames }) => {
            let doc: Document | null = document;
            for (const f of frames) doc = doc?.querySelector<HTMLIFrameElement>(f)?.contentDocument ?? null;
            const el = doc?.querySelector(selector);
            if (!el) return null;
            const n = el.getAttribute('name') || el.id || el.localName;
            const same = Array.from(el.ownerDocument.querySelectorAll('input, select, textarea')).filter(
              (o) => (o.getAttribute('name') || o.id || o.localName) === n,
            );
            return same.length > 1 ? `${n}#${same.indexOf(el)}` : n;
          });
        }, wanted);
        const byKey = new Map(wanted.map((w, i) => [`${w.frames.join(' ')}|${w.selector}`, names[i]!]));
        const v = new Verdicts();
        v.scan(
          found,
          form.scan!,
          (selector, frames) => byKey.get(`${frames.join(' ')}|${selector}`) ?? null,
          withPeople,
        );
        expect(v.settle(form.expectedFailures, 'chromium')).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  test.each(form.runs)('$name', async (run) => {
    const { context, page } = await openPage(form);
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${server.origin}/${form.page}`, { waitUntil: 'load' });
      await openAsUser(page, run.open);
      await page.addScriptTag({ path: engine });

      for (const c of form.charsets ?? []) {
        const charset = await page.evaluate(
          (frame) =>
            (frame ? document.querySelector<HTMLIFrameElement>(frame)?.contentDocument : document)
              ?.characterSet,
          c.frame,
        );
        expect(charset?.toLowerCase(), `${c.frame ?? 'page'} charset`).toBe(c.charset.toLowerCase());
      }

      if (run.wait) {
        // Read in one step with the scan, so that a slow machine that lets the page's timer fire
        // first does not turn into a failure: the scan finds nothing while there is no form.
        const early = await page.evaluate(() => ({
          built: document.querySelector('form, fieldset, select, input[type=radio]') !== null,
          fields: (globalThis as unknown as { samatthanaFill: { scan(): ScanResult } }).samatthanaFill.scan()
            .fields,
        }));
        if (!early.built) expect(early.fields, 'nothing to fill before the form is there').toHaveLength(0);
        const waited = await page.evaluate(() =>
          (
            globalThis as unknown as {
              samatthanaFill: { waitForForm(r?: ParentNode, o?: object): Promise<ScanResult> };
            }
          ).samatthanaFill.waitForForm(document, { timeoutMs: 60_000 }),
        );
        expect(waited.fields.length).toBeGreaterThanOrEqual(5);
      }

      const probes = [...run.expect, ...run.untouched];
      const before = await snapshot(page, probes);
      const requestsBefore = urls.length;

      const report = await page.evaluate(
        (input) =>
          (globalThis as unknown as { samatthanaFill: { fill(i: unknown): FillReport } }).samatthanaFill.fill(
            input,
          ),
        fillInput(form, run),
      );
      const v = new Verdicts();
      v.check(
        'report',
        { filled: report.filled.length, skipped: report.skipped.length, missing: report.missing.length },
        run.report,
      );
      if (run.skipped) {
        const reasons = (s: { competency: string; evaluatee?: string }) =>
          report.skipped
            .filter((r) => r.competency === s.competency && r.evaluatee === s.evaluatee)
            .map((r) => r.reason);
        // Each expected reason, or the reason the engine gave instead.
        v.check(
          'skipped',
          run.skipped.map((s) =>
            reasons(s).some((r) => r.includes(s.reason)) ? s.reason : reasons(s).join(' / '),
          ),
          run.skipped.map((s) => s.reason),
        );
      }
      const ids = new Set(fillInput(form, run).people.map((p) => p.id));
      for (const f of report.filled) expect(ids.has(f.evaluatee ?? '')).toBe(true);

      const after = await snapshot(page, probes);
      run.expect.forEach((e, i) => {
        const got = after.read[i]!;
        expect(got.found, `${e.frame ?? ''} ${e.selector} exists`).toBe(true);
        v.expectProbe(e, got);
      });
      const initial = new Map(before.controls.map((c) => [c.key, c]));
      const expectedKeys = new Set(after.matched.slice(0, run.expect.length).flat());
      run.untouched.forEach((u, i) => {
        const keys = after.matched[run.expect.length + i]!;
        expect(keys.length, `${u.frame ?? ''} ${u.selector} exists`).toBeGreaterThan(0);
        const changed = after.controls.filter(
          (c) => keys.includes(c.key) && JSON.stringify(c) !== JSON.stringify(initial.get(c.key)),
        );
        v.check(
          probeCheck('untouched', u),
          changed.map((c) => c.name),
          [],
        );
      });
      // Whatever changed was meant to change.
      const changed = after.controls.filter((c) => JSON.stringify(c) !== JSON.stringify(initial.get(c.key)));
      v.check(
        'changes',
        changed.filter((c) => !expectedKeys.has(c.key)).map((c) => c.name),
        [],
      );
      expect(v.settle(run.expectedFailures, 'chromium')).toEqual([]);
      const knownMisses = (run.expectedFailures ?? []).some((f) => f.check === 'expect');
      if (!knownMisses && run.expect.some((e) => e.value !== undefined || e.checked !== undefined))
        expect(changed.length).toBeGreaterThan(0);

      const undone = await page.evaluate(
        (json) =>
          (globalThis as unknown as { samatthanaFill: { undo(r: unknown): UndoResult } }).samatthanaFill.undo(
            JSON.parse(json),
          ),
        JSON.stringify(report),
      );
      expect(undone).toEqual({ restored: report.undo.length, changedSince: 0, gone: 0 });
      const restored = await snapshot(page, probes);
      // Totals the page's own scripts recount from the restored values may differ from what the
      // server printed (a real page's never-recounted "0"): the sidecar says what they show then.
      const recounted = new Map((run.afterUndo ?? []).map((a) => [a.name, a.value]));
      for (const c of restored.controls)
        if (recounted.has(c.name)) expect(c.value, c.name).toBe(recounted.get(c.name));
      const keep = (cs: Snapshot['controls']) => cs.filter((c) => !recounted.has(c.name));
      expect(keep(restored.controls)).toEqual(keep(before.controls));
      run.expect.forEach((e, i) => {
        if (e.text !== undefined)
          expect(restored.read[i]!.text, `${e.selector} after undo`).toBe(before.read[i]!.text);
      });

      for (const r of restored.records) expect(r).toEqual({ submits: 0, submitCalls: 0, clicks: [] });
      expect(urls.length, 'no request during fill or undo').toBe(requestsBefore);
      const unavailable = unavailableUrls(form, server.origin);
      for (const u of urls.filter((x) => !unavailable.includes(x))) {
        expect(u.startsWith(`${server.origin}/`), u).toBe(true);
        const file = join(FORMS_DIR, decodeURIComponent(new URL(u).pathname));
        const path = new URL(u).pathname;
        expect(BUNDLES[path] !== undefined || (existsSync(file) && statSync(file).isFile()), u).toBe(true);
      }
      expect(errors).toEqual(form.pageErrors ?? []);
    } finally {
      await context.close();
    }
  });
});
