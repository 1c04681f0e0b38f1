/**
 * The extension demo: builds the extension if needed, opens the bundled demo form in Chromium with
 * the extension loaded, imports the sample team (shared/samples/team.json) through the side panel,
 * fills everyone, and saves a screenshot of the filled form. `npm start` calls runExtensionDemo.
 *
 * Run alone: npx tsx scripts/demo-extension.ts [--headed]
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FillReport } from '../extension/engine/types';
import { allowSite, ensureExtensionBuilt, launchWithExtension, openPanel } from '../test/e2e/support/browser';
import { drivePage } from '../test/e2e/support/chromium-driver';
import { allowFromPanel, importAssessment, TEAM_JSON } from '../test/e2e/support/panel';
import { ROOT, startFormServer } from '../test/e2e/support/server';

/** How long the last demo's fill took, from the click to the report on screen (ms). */
export let fillMs = 0;

export async function runExtensionDemo(opts: {
  headless: boolean;
  /** Where the screenshot goes (default out/demo-filled.png). */
  screenshot?: string;
  /** Called with the browser still open, e.g. to let a person look before it closes. */
  beforeClose?: () => Promise<void>;
}): Promise<{ screenshot: string; report: FillReport }> {
  ensureExtensionBuilt();
  const server = await startFormServer();
  const b = await launchWithExtension({ headless: opts.headless });
  try {
    // The browser would ask the user to allow the site; answered here as in chrome://extensions.
    await allowSite(b, 'http://127.0.0.1/*');
    const form = await b.context.newPage();
    await form.goto(`${server.origin}/demo/form.html`);
    await form.bringToFront();
    const panel = await openPanel(b);
    await allowFromPanel(drivePage(panel), server.origin);
    await importAssessment(drivePage(panel), 'team.json', TEAM_JSON);
    await panel.getByRole('status').filter({ hasText: 'นำเข้า team.json แล้ว' }).waitFor();
    await panel.getByRole('navigation').getByRole('button', { name: 'เติมแบบฟอร์ม', exact: true }).click();
    const started = performance.now();
    await panel.getByRole('button', { name: 'เติมให้ทุกคน (แบบฟอร์มตาราง)' }).click();
    await panel.locator('section.report').waitFor();
    fillMs = performance.now() - started;
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'บันทึกรายงาน (JSON)' }).click(),
    ]);
    const report = JSON.parse(readFileSync((await download.path())!, 'utf8')) as FillReport;

    const screenshot = opts.screenshot ?? join(ROOT, 'out', 'demo-filled.png');
    mkdirSync(dirname(screenshot), { recursive: true });
    await form.bringToFront();
    await form.setViewportSize({ width: 1400, height: 760 });
    await form.screenshot({ path: screenshot, fullPage: true });
    await opts.beforeClose?.();
    return { screenshot, report };
  } finally {
    await b.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Run alone, it refreshes the README's picture.
  const { screenshot, report } = await runExtensionDemo({
    headless: !process.argv.includes('--headed'),
    screenshot: join(ROOT, 'docs', 'screenshots', 'demo-filled.png'),
  });
  console.log(
    `เติมแล้ว ${report.filled.length} ช่อง · ข้าม ${report.skipped.length} · ไม่พบ ${report.missing.length}` +
      ` (${Math.round(fillMs)} ms)\nภาพหน้าจอ: ${screenshot}`,
  );
}
