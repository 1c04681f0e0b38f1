/**
 * The form corpus (test/fixtures/forms, with expected outcomes) filled through the real side panel
 * of the built extension: import the run's people, fill from the panel, compare the page with the
 * expected values, check untouched controls, undo from the panel, and prove nothing was submitted
 * or clicked and nothing but the fixture files was requested.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  loadCorpus,
  offsiteUrls,
  openAsUser,
  type Probe,
  peopleOf,
  probeCheck,
  unavailableUrls,
  Verdicts,
} from '../fixtures/forms/corpus';
import { buildReactFixture, buildVueFixture, FORMS_DIR } from '../fixtures/forms/generate';
import { type FormServer, startFormServer } from '../fixtures/forms/serve';
import {
  allowSite,
  type ExtensionBrowser,
  ensureExtensionBuilt,
  foreignRequests,
  launchWithExtension,
  openPanel,
} from './support/browser';
import { drivePage } from './support/chromium-driver';
import { allowFromPanel, importAssessment, reportCounts, tabIdOf } from './support/panel';

const CASES = loadCorpus();
interface Read {
  found: boolean;
  value: string | null;
  checked: boolean | null;
  text: string | null;
  /** Every control the selector matches: its name (or id) and state. */
  all: { name: string; state: string }[];
}
interface PageState {
  controls: string[];
  reads: Read[];
  records: unknown[];
}

/** Every control of the page and its same-origin frames, the probes, and the pages' send records. */
function state(page: Page, probes: Probe[]): Promise<PageState> {
  return page.evaluate((probes) => {
    const docs: Document[] = [];
    const walk = (doc: Document) => {
      docs.push(doc);
      for (const f of doc.querySelectorAll('iframe')) if (f.contentDocument) walk(f.contentDocument);
    };
    walk(document);
    const controls = docs.flatMap((doc, d) =>
      [...doc.querySelectorAll<HTMLInputElement>('input, select, textarea')].map(
        (el, i) =>
          `${d}/${i}:${el.getAttribute('name') ?? ''}:${el.value}:${el.localName === 'input' ? el.checked : ''}`,
      ),
    );
    const docFor = (frame?: string) =>
      frame ? (document.querySelector<HTMLIFrameElement>(frame)?.contentDocument ?? null) : document;
    const reads = probes.map((p) => {
      const el = docFor(p.frame)?.querySelector(p.selector) as HTMLInputElement | null;
      return {
        found: !!el,
        value: el && 'value' in el ? el.value : null,
        checked: el && el.localName === 'input' ? el.checked : null,
        text: el ? (el.textContent ?? '').trim() : null,
        all: [...(docFor(p.frame)?.querySelectorAll<HTMLInputElement>(p.selector) ?? [])].map((e) => ({
          name: (() => {
            const n = e.getAttribute('name') || e.id || e.localName;
            const same = [...e.ownerDocument.querySelectorAll('input, select, textarea')].filter(
              (o) => (o.getAttribute('name') || o.id || o.localName) === n,
            );
            return same.length > 1 ? `${n}#${same.indexOf(e)}` : n;
          })(),
          state: `${e.value}:${e.checked}`,
        })),
      };
    });
    const records = docs.map(
      (doc) => (doc.defaultView as unknown as { __record?: unknown }).__record ?? null,
    );
    return { controls, reads, records };
  }, probes);
}

let b: ExtensionBrowser;
let server: FormServer;
let panel: Page;

beforeAll(async () => {
  ensureExtensionBuilt();
  await Promise.all([buildReactFixture(), buildVueFixture()]);
  server = await startFormServer();
  b = await launchWithExtension();
  // Real pages (real/) do not load the recorder themselves.
  await b.context.addInitScript({ path: join(FORMS_DIR, 'recorder.js') });
  // Other sites' files a real page loads itself: aborted before they leave the machine.
  for (const u of CASES.flatMap((f) => offsiteUrls(f, server.origin)))
    await b.context.route(u, (r) => r.abort());
  await allowSite(b, 'http://127.0.0.1/*');
  panel = await openPanel(b);
  await allowFromPanel(drivePage(panel), server.origin);
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe.each(CASES)('$page through the side panel', (form) => {
  test.each(form.runs)('$name', async (run) => {
    const people = peopleOf(form, run);
    const assessment = {
      format: 'samatthana/assessment',
      version: 1,
      set: run.input.set ?? 'bma',
      method: run.input.method ?? 'gap',
      people,
    };
    const file = `${form.page.split('/').pop()}.json`;
    await importAssessment(drivePage(panel), file, JSON.stringify(assessment));
    await panel
      .getByRole('status')
      .filter({ hasText: `นำเข้า ${file} แล้ว` })
      .waitFor();

    const page = await b.context.newPage();
    await page.goto(`${server.origin}/${form.page}`, { waitUntil: 'load' });
    await openAsUser(page, run.open);
    const probes = [...run.expect, ...run.untouched];
    const before = run.wait ? null : await state(page, probes);
    const tab = await tabIdOf(drivePage(panel), `${server.origin}/${form.page}`);
    const fp = await openPanel(b, `?tab=${tab}&view=fill`);
    try {
      const overwrite = fp.getByLabel('เขียนทับค่าที่มีอยู่แล้วในแบบฟอร์ม');
      if (run.input.overwrite) await overwrite.check();
      else await overwrite.uncheck();
      if (run.input.fillSelf) await fp.getByLabel(/^เติมช่อง “ผลการประเมินตนเอง”/).check();
      if (run.input.people === 'all') {
        await fp.getByRole('button', { name: 'เติมให้ทุกคน (แบบฟอร์มตาราง)' }).click();
      } else {
        await fp.getByLabel('ผู้รับการประเมิน').selectOption(people[0]!.id);
        await fp.getByRole('button', { name: `เติมแบบฟอร์มให้ ${people[0]!.name}` }).click();
      }
      const v = new Verdicts();
      v.check('report', await reportCounts(drivePage(fp)), run.report);
      if (run.skipped) {
        const shown = await fp.locator('section.report details').filter({ hasText: 'ข้ามไป' }).textContent();
        v.check(
          'skipped',
          run.skipped.map((s) => (shown?.includes(s.reason) ? s.reason : '(not shown)')),
          run.skipped.map((s) => s.reason),
        );
      }

      if (run.panelShows) {
        const shown = (await fp.locator('section.report').textContent()) ?? '';
        v.check(
          'panelShows',
          run.panelShows.map((t) => (shown.includes(t) ? t : '(not shown)')),
          run.panelShows,
        );
      }

      const after = await state(page, probes);
      run.expect.forEach((e, i) => {
        const got = after.reads[i]!;
        expect(got.found, `${e.frame ?? ''} ${e.selector} exists`).toBe(true);
        v.expectProbe(e, got);
      });
      if (before) {
        run.untouched.forEach((u, i) => {
          const k = run.expect.length + i;
          const was = before.reads[k]!.all;
          expect(was.length, `${u.frame ?? ''} ${u.selector} exists`).toBeGreaterThan(0);
          const changed = after.reads[k]!.all.filter((c, j) => c.state !== was[j]?.state).map((c) => c.name);
          v.check(probeCheck('untouched', u), changed, []);
        });
      }
      // Checks this test does not make ("changes") are not asked of it.
      // The panel shows the report its own way: a failure's recorded `got` is the engine's.
      const failures = (run.expectedFailures ?? [])
        .filter((f) => f.check !== 'changes')
        .map((f) => ({ ...f, got: undefined }));
      expect(
        v.settle(
          failures.filter((f) => f.check !== 'undo'),
          'panel',
        ),
      ).toEqual([]);

      await fp.getByRole('button', { name: /^เลิกทำ/ }).click();
      await fp.getByRole('status').filter({ hasText: 'คืนค่าเดิมแล้ว' }).waitFor();
      const undone = await state(page, probes);
      if (before) {
        // Totals the page recounts from the restored values (see afterUndo in the sidecar).
        const recounted = new Map((run.afterUndo ?? []).map((x) => [x.name, x.value]));
        const nameOf = (c: string) => c.split(':')[1]!;
        for (const c of undone.controls)
          if (recounted.has(nameOf(c))) expect(c.split(':')[2], nameOf(c)).toBe(recounted.get(nameOf(c)));
        const keep = (cs: string[]) => cs.filter((c) => !recounted.has(nameOf(c)));
        const was = keep(before.controls);
        const undoV = new Verdicts();
        // Controls not back to what they were, by name (a check a sidecar can list as failing).
        undoV.check(
          'undo',
          keep(undone.controls)
            .filter((c, i) => c !== was[i])
            .map(nameOf),
          [],
        );
        expect(
          undoV.settle(
            failures.filter((f) => f.check === 'undo'),
            'panel',
          ),
        ).toEqual([]);
        expect(keep(undone.controls).length).toBe(was.length);
      }
      for (const r of undone.records) expect(r).toEqual({ submits: 0, submitCalls: 0, clicks: [] });
    } finally {
      await fp.close();
      await page.close();
    }
  });
});

describe('the whole corpus', () => {
  test('loaded only the fixture files, and the extension sent nothing', () => {
    const offsite = new Set(CASES.flatMap((f) => offsiteUrls(f, server.origin)));
    expect(
      foreignRequests(b.requests, b.extensionId, server.origin).filter(
        (r) => !(offsite.has(r.url) && r.from === 'page'),
      ),
    ).toEqual([]);
    // The fixture files, what a real page asks for that the corpus does not hold (its sidecar's
    // `unavailable`), and the favicon Chromium itself asks every site for.
    const unavailable = new Set(
      CASES.flatMap((f) => unavailableUrls(f, server.origin)).map((u) => u.slice(server.origin.length)),
    );
    for (const path of server.requests.filter((p) => !unavailable.has(p)))
      expect(path).toMatch(
        /^\/(real\/[\w/.-]+\.(html|js|css|gif|png|jpg)|[\w.-]+\.(html|js|json|ico))(\?.*)?$/,
      );
    expect(server.requests.filter((p) => p.endsWith('.ico')).every((p) => p === '/favicon.ico')).toBe(true);
  });
});
