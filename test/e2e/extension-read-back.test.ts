/**
 * Read back through the built extension's side panel, on the real DPIS part 2.2 page saved as a
 * draft (test/fixtures/forms/real/dpis): the evaluator's levels, the appraisee's self-assessment
 * and the evidence texts the page shows become changes of the assessment, listed in Thai, and once
 * applied, reading the page again finds nothing different.
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
import { allowFromPanel, importAssessment, tabIdOf } from './support/panel';

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
