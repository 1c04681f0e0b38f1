/**
 * The built Sidebar.html in real Chromium: google.script.run is stubbed to call the real server
 * actions over the in-memory spreadsheet. It renders, loads nothing from outside, passes axe, and
 * works from the keyboard.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as actions from '../../../apps-script/server/actions';
import * as evidence from '../../../apps-script/server/evidence';
import { MemoryAdapter } from '../../../apps-script/server/memory-adapter';
import { buildAppsScript } from '../../../scripts/build-apps-script';
import { launchChromium } from '../../../scripts/chromium';
import { indicatorsUpTo } from '../../../shared/dictionary/indicators';
import { COL, FIRST_PERSON_ROW, SHEETS, scoreLayout } from '../../../shared/template';

const require = createRequire(import.meta.url);
let dir: string;
let browser: Browser;
let page: Page;
let sheets: MemoryAdapter;
const requests: string[] = [];
const errors: string[] = [];

const STUB = `
window.google = { script: { run: (() => {
  const make = (ok, fail) => new Proxy({}, { get(_, name) {
    if (name === 'withSuccessHandler') return (f) => make(f, fail);
    if (name === 'withFailureHandler') return (f) => make(ok, f);
    return (...args) => window.serverCall(name, args).then((r) => {
      if (r.error) fail && fail(new Error(r.error)); else ok && ok(r.value);
    });
  } });
  return make(null, null);
})() } };`;

/** axe-core's violations on the page as it is now, "rule (count)". */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  return page.evaluate(async () => {
    const r = await (
      window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
    ).axe.run();
    return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'samatthana-sidebar-'));
  await buildAppsScript(dir);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  sheets = new MemoryAdapter();
  requests.length = 0;
  errors.length = 0;
  page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.exposeFunction('serverCall', (name: string, args: unknown[]) => {
    const fns: Record<string, (...a: unknown[]) => unknown> = {
      buildScoringTemplate: (o) => actions.buildScoringTemplate(sheets, o as actions.BuildOptions),
      exportAssessment: () => actions.exportAssessment(sheets),
      repairTemplate: () => actions.repairTemplate(sheets),
      templateStatus: () => actions.templateStatus(sheets),
      lookupIndicators: (q, s) => actions.lookupIndicators(q as string, s as 'bma' | 'ocsc'),
      selectedEvidence: () => evidence.selectedEvidence(sheets),
      writeEvidence: (w) => evidence.writeEvidence(sheets, w as evidence.EvidenceWrite),
    };
    try {
      return { value: fns[name]!(...args) };
    } catch (e) {
      return { error: (e as Error).message };
    }
  });
  await page.addInitScript(STUB);
  await page.goto(pathToFileURL(join(dir, 'Sidebar.html')).href);
});

describe('Sidebar.html in Chromium', () => {
  it('renders in Thai, loads nothing from outside and has no axe violations', async () => {
    // Exactly one heading (a locator object always exists; its count says whether the page has one).
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('h1').textContent()).toMatch(/สมรรถนะ/);
    expect(requests.every((u) => u.startsWith('file:') || u.startsWith('data:'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('works from the keyboard: tabs, a lookup, a build', async () => {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('[role=tab][aria-selected=true]').textContent()).toBe('ค้นหาพฤติกรรมบ่งชี้');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ระดับ 3 ทีม');
    await page.keyboard.press('Enter');
    await page.locator('.hits li').first().waitFor();
    expect(await page.locator('.hits li').count()).toBeGreaterThan(0);

    await page.locator('[role=tab][aria-selected=true]').focus();
    await page.keyboard.press('Home');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('สร้างแม่แบบ');
    await page.locator('#people').fill('id,name,positionLevel,ACH,SERV,EXP,ING,TW\nP1,=สมชาย,K2,1,2,3,2,1\n');
    await page.locator('#people').focus();
    const focused = () =>
      page.evaluate(() => `${document.activeElement?.tagName}:${document.activeElement?.textContent}`);
    for (let i = 0; i < 4 && (await focused()) !== 'BUTTON:สร้างแม่แบบ'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('BUTTON:สร้างแม่แบบ');
    await page.keyboard.press('Enter');
    await page.locator('[role=status]', { hasText: 'สร้างแม่แบบในชีต' }).waitFor();
    expect(sheets.cell(SHEETS.score, FIRST_PERSON_ROW, COL.name).value).toBe('=สมชาย');
    expect(errors).toEqual([]);
  });

  it('writes the selected row’s evidence from the checklist, from the keyboard, and passes axe', async () => {
    actions.buildScoringTemplate(sheets, {
      set: 'ocsc',
      people: [
        {
          id: 'P1',
          name: 'สมศรี ใจดี',
          positionType: 'วิชาการ',
          positionLevel: 'ชำนาญการ',
          competencies: { ACH: 2, SERV: 1, EXP: 1, ING: 1, TW: 1 },
        },
      ],
    });
    sheets.select(SHEETS.score, FIRST_PERSON_ROW, 2);
    await page.keyboard.press('Tab');
    await page.keyboard.press('End');
    expect(await page.locator('[role=tab][aria-selected=true]').textContent()).toBe('เหตุการณ์/พฤติกรรม');
    const focused = () =>
      page.evaluate(
        () => `${document.activeElement?.tagName}:${document.activeElement?.textContent?.trim()}`,
      );
    for (let i = 0; i < 4 && (await focused()) !== 'BUTTON:อ่านแถวที่เลือก'; i++)
      await page.keyboard.press('Tab');
    expect(await focused()).toBe('BUTTON:อ่านแถวที่เลือก');
    await page.keyboard.press('Enter');
    await page.locator('[role=status]', { hasText: 'อ่านแถว 4 แล้ว' }).waitFor();
    // The first competency's summary, opened with Enter; its first indicator ticked with Space.
    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^SUMMARY:การมุ่งผลสัมฤทธิ์ · ระดับ 2/);
    await page.keyboard.press('Enter');
    await page.locator('details[open] input[type=checkbox]').first().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('checkbox');
    await page.keyboard.press('Space');
    const first = indicatorsUpTo('ocsc', 'ACH', 2)[0]!.text;
    expect(await page.locator('details[open] textarea').inputValue()).toBe(first);

    expect(await axeViolations(page)).toEqual([]);

    const save = page.getByRole('button', { name: 'บันทึกลงชีต' });
    await save.focus();
    await page.keyboard.press('Enter');
    await page.locator('[role=status]', { hasText: 'ลงแถว 4 แล้ว' }).waitFor();
    expect(sheets.cell(SHEETS.score, FIRST_PERSON_ROW, scoreLayout(false).evidence.ACH).value).toBe(first);
    expect(errors).toEqual([]);
  });

  it('outside Google Sheets, says in Thai where to open it instead of "google is not defined"', async () => {
    const bare = await browser.newPage({ viewport: { width: 300, height: 900 } });
    const pageErrors: string[] = [];
    bare.on('pageerror', (e) => pageErrors.push(e.message));
    await bare.goto(pathToFileURL(join(dir, 'Sidebar.html')).href);
    const alert = bare.getByRole('alert');
    expect(await alert.textContent()).toContain('แถบนี้ต้องเปิดจาก Google Sheets');
    // A server call says the same, in the status line, and nothing throws.
    await bare.getByRole('tab', { name: 'ส่งออก / ซ่อม' }).click();
    await bare.getByRole('button', { name: 'ซ่อมแม่แบบ' }).click();
    await bare.locator('[role=status]', { hasText: 'แถบนี้ต้องเปิดจาก Google Sheets' }).waitFor();
    expect(await bare.locator('body').textContent()).not.toContain('google is not defined');
    expect(pageErrors).toEqual([]);
    await bare.close();
  });
});
