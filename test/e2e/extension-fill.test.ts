/**
 * "Fill this page" through the real side panel in Chromium: the engine is injected on demand into
 * the form's tab, the page's own controls change (with their change events), nothing is submitted,
 * undo puts everything back, read back and teach mode work, and no request leaves the machine.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import {
  allowSite,
  type ExtensionBrowser,
  ensureExtensionBuilt,
  foreignRequests,
  launchWithExtension,
  openPanel,
} from './support/browser';
import {
  allowFromPanel,
  importAssessment,
  reportCounts,
  showView,
  TEAM_JSON,
  tabIdOf,
} from './support/panel';
import { type FormServer, startFormServer } from './support/server';

let b: ExtensionBrowser;
let server: FormServer;
let form: Page;
let panel: Page;

const values = (page: Page) =>
  page.evaluate(() => {
    const sel = (id: string) => {
      const s = document.getElementById(id) as HTMLSelectElement;
      return s.selectedOptions[0]?.text ?? '';
    };
    return {
      c1: sel('c1'),
      c2: sel('c2'),
      c3: (document.getElementById('c3') as HTMLInputElement).value,
      c4: sel('c4'),
      c5: sel('c5'),
      note: (document.getElementById('note') as HTMLInputElement).value,
    };
  });
const events = (page: Page) => page.evaluate(() => (window as unknown as { __events: string[] }).__events);

const EMPTY = { c1: '-- เลือก --', c2: '-- เลือก --', c3: '', c4: '-- เลือก --', c5: 'ระดับ 1', note: '' };

beforeAll(async () => {
  ensureExtensionBuilt();
  server = await startFormServer();
  b = await launchWithExtension();
  // Headless Chromium cannot show the permission prompt; answer it as the user would.
  await allowSite(b, 'http://127.0.0.1/*');
  form = await b.context.newPage();
  await form.goto(`${server.origin}/support/one-person.html`);
  await form.bringToFront();
  // The panel opened as a tab aims at the tab the user looked at last: the form.
  panel = await openPanel(b);
  await allowFromPanel(panel, server.origin);
  await importAssessment(panel, 'team.json', TEAM_JSON);
  await panel.locator('table.editor').waitFor();
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('fill through the side panel', () => {
  it('aims at the form tab without being told', async () => {
    await showView(panel, 'เติมแบบฟอร์ม');
    await expect
      .poll(() => panel.locator('[data-target-url]').getAttribute('data-target-url'))
      .toBe(`${server.origin}/support/one-person.html`);
  });

  it('fills one person, leaves a field that already has a value, and submits nothing', async () => {
    expect(await values(form)).toEqual(EMPTY);
    await panel.getByLabel('ผู้รับการประเมิน').selectOption('P001');
    await panel.getByRole('button', { name: /^เติมแบบฟอร์มให้ นางสาวสมศรี ใจดี/ }).click();
    expect(await reportCounts(panel)).toEqual({ filled: 4, skipped: 1, missing: 0 });
    // P001: ACH 2, SERV 3, EXP 1, ING 0, TW 2 (TW already holds ระดับ 1 on the page).
    expect(await values(form)).toEqual({ ...EMPTY, c1: 'ระดับ 2', c2: 'ระดับ 3', c3: '1', c4: '๐' });
    const skipped = await panel.locator('section.report details').filter({ hasText: 'ข้ามไป' }).textContent();
    expect(skipped).toContain('ความร่วมแรงร่วมใจ');
    const ev = await events(form);
    expect(ev).toEqual(
      expect.arrayContaining(['change:cp_101', 'change:cp_102', 'change:cp_103', 'change:cp_104']),
    );
    expect(ev).not.toContain('submit');
    expect(ev).not.toContain('click-save');
    // The panel with a report (lists open) is still accessible.
    expect(await axeViolations(panel)).toEqual([]);
  });

  it('undoes in one click, exactly', async () => {
    await panel.getByRole('button', { name: /^เลิกทำ/ }).click();
    await panel.getByRole('status').filter({ hasText: 'คืนค่าเดิมแล้ว 4 ช่อง' }).waitFor();
    expect(await values(form)).toEqual(EMPTY);
    expect(await panel.locator('section.report').count()).toBe(0);
  });

  it('overwrites when asked to, and undo restores the page’s own earlier value', async () => {
    await panel.getByLabel('เขียนทับค่าที่มีอยู่แล้วในแบบฟอร์ม').check();
    await panel.getByRole('button', { name: /^เติมแบบฟอร์มให้/ }).click();
    expect(await reportCounts(panel)).toEqual({ filled: 5, skipped: 0, missing: 0 });
    expect((await values(form)).c5).toBe('ระดับ 2');
    await panel.getByRole('button', { name: /^เลิกทำ/ }).click();
    await panel.getByRole('status').filter({ hasText: 'คืนค่าเดิมแล้ว 5 ช่อง' }).waitFor();
    expect(await values(form)).toEqual(EMPTY);
    await panel.getByLabel('เขียนทับค่าที่มีอยู่แล้วในแบบฟอร์ม').uncheck();
  });

  it('reads an already-filled form back into the assessment', async () => {
    await form.selectOption('#c1', { label: 'ระดับ 4' });
    await form.fill('#c3', '3');
    await panel.getByRole('button', { name: 'อ่านค่าจากแบบฟอร์ม' }).click();
    const found = panel.getByRole('status').filter({ hasText: 'พบช่องประเมิน' });
    await found.waitFor();
    // The page shows ACH 4, EXP 3, TW 1 (P001 has 2, 1, 2); SERV and ING are empty.
    expect(await found.textContent()).toContain('ค่าที่ต่างจากแบบประเมิน 3 ค่า');
    await panel.getByRole('button', { name: 'นำค่าเข้าแบบประเมิน' }).click();
    await showView(panel, 'แบบประเมิน');
    expect(await panel.getByLabel('นางสาวสมศรี ใจดี: การมุ่งผลสัมฤทธิ์').inputValue()).toBe('4');
    expect(await panel.getByLabel('นางสาวสมศรี ใจดี: การสั่งสมความเชี่ยวชาญในงานอาชีพ').inputValue()).toBe('3');
    expect(await panel.getByLabel('นางสาวสมศรี ใจดี: ความร่วมแรงร่วมใจ').inputValue()).toBe('1');
    expect(await panel.getByLabel('นางสาวสมศรี ใจดี: การบริการที่ดี').inputValue()).toBe('3');
    // Put the sample back for the next tests.
    await importAssessment(panel, 'team.json', TEAM_JSON);
    await form.reload();
  });

  it('fills everyone on a grid form, matching rows by name despite titles and spacing', async () => {
    const grid = await b.context.newPage();
    await grid.goto(`${server.origin}/support/grid.html`);
    const tab = await tabIdOf(panel, `${server.origin}/support/grid.html`);
    const gp = await openPanel(b, `?tab=${tab}&view=fill`);
    await gp.getByRole('button', { name: 'เติมให้ทุกคน (แบบฟอร์มตาราง)' }).click();
    const team = JSON.parse(TEAM_JSON.toString('utf8'));
    // Three of the team are on the page; the others' fields are reported as not found.
    expect(await reportCounts(gp)).toEqual({ filled: 15, skipped: 0, missing: (team.people.length - 3) * 5 });
    const row = (n: number) =>
      grid.evaluate(
        (i) =>
          [...document.querySelectorAll<HTMLSelectElement>(`#rows tr:nth-child(${i}) select`)].map(
            (s) => s.selectedOptions[0]?.text,
          ),
        n,
      );
    const levels = (i: number) =>
      ['ACH', 'SERV', 'EXP', 'ING', 'TW'].map((c) => String(team.people[i].competencies[c]));
    expect(await row(1)).toEqual(levels(0));
    expect(await row(2)).toEqual(levels(1));
    expect(await row(3)).toEqual(levels(2));
    expect(await grid.evaluate(() => (window as unknown as { __events: string[] }).__events)).toEqual([]);
    await gp.getByRole('button', { name: /^เลิกทำ/ }).click();
    await gp.getByRole('status').filter({ hasText: 'คืนค่าเดิมแล้ว 15 ช่อง' }).waitFor();
    expect(await row(2)).toEqual(['-', '-', '-', '-', '-']);
    await gp.close();
    await grid.close();
  });

  it('learns an unknown form in teach mode, then fills it; profiles export and import', async () => {
    const page = await b.context.newPage();
    await page.goto(`${server.origin}/support/unknown.html`);
    const tab = await tabIdOf(panel, `${server.origin}/support/unknown.html`);
    const tp = await openPanel(b, `?tab=${tab}&view=fill`);
    // Before teaching: nothing on this page is recognised.
    await tp.getByRole('button', { name: /^เติมแบบฟอร์มให้/ }).click();
    expect((await reportCounts(tp)).filled).toBe(0);

    await showView(tp, 'สอนแบบฟอร์ม');
    const teach = async (competency: string, selector: string) => {
      await tp.getByLabel('สมรรถนะ', { exact: true }).selectOption(competency);
      await tp.getByRole('button', { name: 'เลือกช่องในหน้าเว็บ' }).click();
      await tp.getByRole('button', { name: 'กำลังรอคลิกในหน้าเว็บ…' }).waitFor();
      await page.click(selector);
      await tp.getByRole('status').filter({ hasText: 'บันทึกแล้ว' }).last().waitFor();
    };
    await teach('ACH', '#q1');
    await teach('SERV', '#q2');
    // The click while teaching chose the field; it did not change it.
    expect(await page.inputValue('#q1')).toBe('');
    const mappings = tp.locator('ul.mappings li');
    expect(await mappings.count()).toBe(2);

    await showView(tp, 'เติมแบบฟอร์ม');
    await tp.getByRole('button', { name: /^เติมแบบฟอร์มให้/ }).click();
    const counts = await reportCounts(tp);
    expect(counts.filled).toBe(2);
    expect(
      await page.evaluate(
        () => (document.getElementById('q1') as HTMLSelectElement).selectedOptions[0]?.text,
      ),
    ).toBe('2');
    expect(await page.inputValue('#q2')).toBe('3');
    await tp.getByRole('button', { name: /^เลิกทำ/ }).click();
    await tp.getByRole('status').filter({ hasText: 'คืนค่าเดิมแล้ว 2 ช่อง' }).waitFor();

    await showView(tp, 'สอนแบบฟอร์ม');
    const [download] = await Promise.all([
      tp.waitForEvent('download'),
      tp.getByRole('button', { name: 'ส่งออกโปรไฟล์ (JSON)' }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.profiles).toHaveLength(1);
    expect(exported.profiles[0].site).toBe(server.origin);
    expect(exported.profiles[0].fields.map((f: { competency: string }) => f.competency)).toEqual([
      'ACH',
      'SERV',
    ]);

    // A bad profile file is rejected whole, with its problems listed; the saved profile stays.
    const bad = {
      ...exported,
      profiles: [
        ...exported.profiles,
        {
          version: 1,
          site: 'https://x.go.th',
          fields: [{ selector: '#a', competency: 'XYZ', control: 'radio' }],
        },
      ],
    };
    await tp.getByLabel('นำเข้าโปรไฟล์ (JSON)').setInputFiles({
      name: 'bad-profiles.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const alert = tp.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('$.profiles[1]');
    expect(await alert.textContent()).toContain('competency');
    expect(await mappings.count()).toBe(2);
    // A good one is merged in.
    const other = {
      version: 1,
      site: 'https://dpis.example.go.th',
      fields: [{ selector: '#x', competency: 'TW', control: 'select' }],
    };
    await tp.getByLabel('นำเข้าโปรไฟล์ (JSON)').setInputFiles({
      name: 'one.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(other)),
    });
    await tp.getByRole('status').filter({ hasText: 'นำเข้าโปรไฟล์แล้ว: https://dpis.example.go.th' }).waitFor();
    expect(await tp.getByRole('heading', { name: /โปรไฟล์ทั้งหมด \(2 เว็บไซต์\)/ }).count()).toBe(1);
    await tp.close();
    await page.close();
  });

  it('sent nothing anywhere: only the local pages were loaded, and never submitted', () => {
    expect(foreignRequests(b.requests, b.extensionId, server.origin)).toEqual([]);
    expect(server.requests.every((r) => r.method === 'GET' && !r.url.startsWith('/submit'))).toBe(true);
    const pages = server.requests.map((r) => r.url);
    expect(pages.filter((u) => u === '/support/one-person.html')).toHaveLength(2); // opened, then reloaded
    // The extension's own service worker made no request at all.
    expect(b.requests.filter((r) => r.from === 'service-worker')).toEqual([]);
  });
});
