/** Driving the side panel page the way a person does: by its visible labels and buttons. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './server';

export const TEAM_JSON = readFileSync(join(ROOT, 'shared/samples/team.json'));

export async function showView(panel: Page, name: 'ค้นหาตัวชี้วัด' | 'แบบประเมิน' | 'เติมแบบฟอร์ม' | 'สอนแบบฟอร์ม') {
  await panel.getByRole('navigation').getByRole('button', { name, exact: true }).click();
}

export async function importAssessment(
  panel: Page,
  name: string,
  body: Buffer | string,
  mimeType = 'application/json',
) {
  await showView(panel, 'แบบประเมิน');
  await panel.getByLabel('นำเข้าไฟล์แบบประเมิน (JSON หรือ CSV)').setInputFiles({
    name,
    mimeType,
    buffer: Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'),
  });
}

/** The id the extension knows a page's tab by (the extension may read URLs of allowed sites). */
export async function tabIdOf(panel: Page, url: string): Promise<number> {
  return panel.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const t = tabs.find((x) => x.url === u);
    if (t?.id === undefined) throw new Error(`no tab for ${u}`);
    return t.id;
  }, url);
}

export async function reportCounts(
  panel: Page,
): Promise<{ filled: number; skipped: number; missing: number }> {
  const report = panel.locator('section.report');
  await report.waitFor();
  const n = async (k: string) => Number(await report.locator(`[data-count=${k}]`).textContent());
  return { filled: await n('filled'), skipped: await n('skipped'), missing: await n('missing') };
}

/**
 * Allows a site from the panel's own "allowed sites" section. The browser's confirmation cannot
 * be shown headless, so call allowSite() first: the request then goes through without a prompt.
 */
export async function allowFromPanel(panel: Page, address: string): Promise<void> {
  await showView(panel, 'เติมแบบฟอร์ม');
  const section = panel.locator('details.site-access');
  if (!(await section.evaluate((d) => (d as HTMLDetailsElement).open)))
    await section.locator('summary').click();
  await panel.getByLabel('ที่อยู่เว็บไซต์ของแบบฟอร์ม').fill(address);
  await section.getByRole('button', { name: 'อนุญาต', exact: true }).click();
  await panel
    .getByRole('status')
    .filter({ hasText: /^อนุญาต .* แล้ว$/ })
    .waitFor();
}
