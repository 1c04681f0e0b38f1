/**
 * The real DPIS part 2.2 page (test/fixtures/forms/real/dpis) through the built extension's side
 * panel. Read back, on the page saved as a draft: the evaluator's levels, the appraisee's
 * self-assessment and the evidence texts the page shows become changes of the assessment, listed in
 * Thai, and once applied, reading the page again finds nothing different. Filled, on the empty page:
 * the self-assessment entered in the panel's editor is what goes into the self column (SHOW_KC_SELF),
 * only when the evaluator ticks that column's box, and a level cleared again leaves its box alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FORMS_DIR } from '../fixtures/forms/generate';
import { type FormServer, startFormServer } from '../fixtures/forms/serve';
import {
  allowSite,
  type ExtensionBrowser,
  ensureExtensionBuilt,
  launchWithExtension,
  openPanel,
} from './support/browser';
import { drivePage } from './support/chromium-driver';
import { allowFromPanel, importAssessment, showView, tabIdOf } from './support/panel';

let b: ExtensionBrowser;
let server: FormServer;
let panel: Page;

beforeAll(async () => {
  ensureExtensionBuilt();
  server = await startFormServer();
  b = await launchWithExtension();
  await allowSite(b, 'http://127.0.0.1/*');
  panel = await openPanel(b);
  await allowFromPanel(drivePage(panel), server.origin);
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

test('reads levels, self-assessment and evidence back from a saved DPIS form', async () => {
  // P002: levels 1 4 1 4 1, self 2 4 2 4 2, evidence for ACH and SERV. The saved page: levels
  // 3.00 3.00 2.00 2.00 1.00, self 2 4 2 4 2, evidence only for ACH ("ติดตามงานค้างทุกสัปดาห์").
  const people = readFileSync(join(FORMS_DIR, 'real/people.json'), 'utf8');
  await importAssessment(drivePage(panel), 'people.json', people);
  await panel.getByRole('status').filter({ hasText: 'นำเข้า people.json แล้ว' }).waitFor();
  const url = `${server.origin}/real/dpis/kpi_kpi_form_detail_2-saved.html`;
  const page = await b.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const fp = await openPanel(b, `?tab=${await tabIdOf(drivePage(panel), url)}&view=fill`);
  try {
    await fp.getByRole('button', { name: 'อ่านค่าจากแบบฟอร์ม' }).click();
    const status = fp.getByRole('status').filter({ hasText: 'พบช่องประเมิน' });
    await expect.poll(() => status.textContent()).toContain('ค่าที่ต่างจากแบบประเมิน 5 ค่า');
    const items = await fp.locator('#readback-h ~ div li').allTextContents();
    expect(items).toEqual([
      'นายสมชาย รักงาน — การมุ่งผลสัมฤทธิ์: 1 → 3',
      'นายสมชาย รักงาน — บริการที่ดี: 4 → 3',
      'นายสมชาย รักงาน — การสั่งสมความเชี่ยวชาญในงานอาชีพ: 1 → 2',
      'นายสมชาย รักงาน — การยึดมั่นในความถูกต้องชอบธรรม และจริยธรรม: 4 → 2',
      'นายสมชาย รักงาน — เหตุการณ์/พฤติกรรม การมุ่งผลสัมฤทธิ์: “แสดงความพยายามในการปฏิบัติหน้าที่ราชการ…” → “ติดตามงานค้างทุกสัปดาห์”',
    ]);
    await fp.getByRole('button', { name: 'นำค่าเข้าแบบประเมิน' }).click();
    await fp.getByRole('status').filter({ hasText: 'นำค่าจากแบบฟอร์มเข้าแบบประเมินแล้ว 5 ค่า' }).waitFor();
    await fp.getByRole('button', { name: 'อ่านค่าจากแบบฟอร์ม' }).click();
    await expect.poll(() => status.textContent()).toContain('ตรงกับแบบประเมินทุกค่า');
  } finally {
    await fp.close();
    await page.close();
  }
}, 120_000);

const selfBoxes = (page: Page) =>
  page.evaluate(() =>
    [1, 2, 3, 4, 5].map((n) => document.querySelector<HTMLInputElement>(`#SHOW_KC_SELF${n}`)!.value),
  );

test('fills the self column with the levels entered in the editor, only when asked', async () => {
  // P002 of the real pages' people, without the self-assessment the file carries: entered by hand.
  const people = JSON.parse(readFileSync(join(FORMS_DIR, 'real/people.json'), 'utf8'));
  delete people.people[0].self;
  // A name of its own: the status of the import before says "people.json".
  await importAssessment(drivePage(panel), 'people-no-self.json', JSON.stringify(people));
  await panel.getByRole('status').filter({ hasText: 'นำเข้า people-no-self.json แล้ว' }).waitFor();
  await showView(drivePage(panel), 'แบบประเมิน');
  const self = (competency: string) => panel.getByLabel(`นายสมชาย รักงาน ประเมินตนเอง: ${competency}`);
  await self('การมุ่งผลสัมฤทธิ์').selectOption('3');
  await self('บริการที่ดี').selectOption('2');
  await self('การสั่งสมความเชี่ยวชาญในงานอาชีพ').selectOption('5');
  // Entered, then taken back: not filled.
  await self('การสั่งสมความเชี่ยวชาญในงานอาชีพ').selectOption('');
  await expect
    .poll(() => panel.locator('.competency[data-competency=ACH] .self-compare').textContent())
    .toBe('ต่ำกว่าที่ประเมินตนเอง 2 ระดับ');

  const url = `${server.origin}/real/dpis/kpi_kpi_form_detail_2.html`;
  const page = await b.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  // A panel opened afresh: the levels reach it through the extension's storage.
  const fp = await openPanel(b, `?tab=${await tabIdOf(drivePage(panel), url)}&view=fill`);
  try {
    const fillSelf = fp.getByLabel(/^เติมช่อง “ผลการประเมินตนเอง”/);
    await fp.getByLabel('ผู้รับการประเมิน').selectOption('P002');
    const fill = fp.getByRole('button', { name: 'เติมแบบฟอร์มให้ นายสมชาย รักงาน' });
    // Left unticked, the column is the appraisee's and stays empty.
    await fill.click();
    await fp.locator('section.report').waitFor();
    expect(await selfBoxes(page)).toEqual(['', '', '', '', '']);
    await fp.getByRole('button', { name: /^เลิกทำ/ }).click();
    await fp.getByRole('status').filter({ hasText: 'คืนค่าเดิมแล้ว' }).waitFor();

    await fillSelf.check();
    await fill.click();
    await expect.poll(() => selfBoxes(page)).toEqual(['3', '2', '', '', '']);
    // The evaluator's own column has the evaluator's levels, not the self-assessment.
    expect(await page.locator('#SHOW_KC_EVALUATE1').inputValue()).toBe('1');
  } finally {
    await fp.close();
    await page.close();
  }
}, 180_000);
