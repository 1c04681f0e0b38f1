/** Driving the side panel page the way a person does: by its visible labels and buttons, in either browser. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DrivenPage } from './driver';
import { ROOT } from './server';

export const TEAM_JSON = readFileSync(join(ROOT, 'shared/samples/team.json'));

export type ViewName = 'แบบประเมิน' | 'เติมแบบฟอร์ม' | 'ค้นหาพฤติกรรมบ่งชี้' | 'ตั้งค่าแบบฟอร์ม';

export async function showView(panel: DrivenPage, name: ViewName) {
  await panel.clickButton(name, { exact: true, within: 'nav' });
}

export async function importAssessment(
  panel: DrivenPage,
  name: string,
  body: Buffer | string,
  mimeType = 'application/json',
) {
  await showView(panel, 'แบบประเมิน');
  await panel.setFile('นำเข้าไฟล์แบบประเมิน (Excel, CSV หรือ JSON)', {
    name,
    mimeType,
    body: Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'),
  });
}

/** The id the extension knows a page's tab by (the extension may read URLs of allowed sites). */
export async function tabIdOf(panel: DrivenPage, url: string): Promise<number> {
  return panel.evaluate(async (u) => {
    const g = globalThis as unknown as { browser?: typeof chrome };
    const tabs = await (g.browser ?? chrome).tabs.query({});
    const t = tabs.find((x) => x.url === u);
    if (t?.id === undefined) throw new Error(`no tab for ${u}`);
    return t.id;
  }, url);
}

export async function reportCounts(
  panel: DrivenPage,
): Promise<{ filled: number; skipped: number; missing: number }> {
  await panel.waitFor('section.report');
  const n = async (k: string) => Number(await panel.text(`section.report [data-count=${k}]`));
  return { filled: await n('filled'), skipped: await n('skipped'), missing: await n('missing') };
}

/**
 * Allows a site from the panel's own "allowed sites" section. Headless browsers show no
 * confirmation, so call the driver's answerSitePrompt() first: the request then goes through.
 */
export async function allowFromPanel(panel: DrivenPage, address: string): Promise<void> {
  await showView(panel, 'เติมแบบฟอร์ม');
  if (!(await panel.evaluate(() => document.querySelector<HTMLDetailsElement>('details.site-access')?.open)))
    await panel.click('details.site-access summary');
  await panel.fill('ที่อยู่เว็บไซต์ของแบบฟอร์ม', address);
  await panel.clickButton('อนุญาต', { exact: true, within: 'details.site-access' });
  await panel.waitForText('status', /^อนุญาต .* แล้ว$/);
}
