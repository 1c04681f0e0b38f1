/**
 * What only Firefox shows: a tab's address stays hidden until its site is allowed, so the panel must
 * look again wherever it is when that happens; and the harness's network watch (a recording proxy
 * for everything not on this machine) really sees a request that leaves. The 252 px sidebar is
 * measured by extension-layout-firefox.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureExtensionBuilt } from './support/browser';
import type { DrivenBrowser, DrivenPage } from './support/driver';
import { launchFirefoxDriver } from './support/firefox-driver';
import { allowFromPanel } from './support/panel';
import { type FormServer, startFormServer } from './support/server';

let b: DrivenBrowser;
let server: FormServer;
let form: DrivenPage;

beforeAll(async () => {
  ensureExtensionBuilt();
  server = await startFormServer();
  b = await launchFirefoxDriver();
  form = await b.openPage(`${server.origin}/support/one-person.html`);
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('Firefox', () => {
  it('the network watch sees a request that leaves the machine (so "nothing sent" means something)', async () => {
    const before = b.foreignRequests(server.origin).length;
    const page = await b.openPage(`${server.origin}/support/unknown.html`);
    await page.evaluate(() => {
      void fetch('http://samatthana-network-probe.invalid/x').catch(() => undefined);
    });
    await expect
      .poll(() => b.foreignRequests(server.origin).map((r) => r.url), { timeout: 30_000 })
      .toContainEqual(expect.stringContaining('samatthana-network-probe.invalid'));
    expect(b.foreignRequests(server.origin).length).toBeGreaterThan(before);
    await page.close();
  });

  it('a panel on another section learns the tab’s address once the site is allowed elsewhere', async () => {
    await form.bringToFront();
    // The panel is on the assessment; its target's address is hidden (the site is not allowed yet).
    const waiting = await b.openPanel('?view=assessment');
    // The site is allowed from a second panel (as from Firefox's own menu, or another window).
    const other = await b.openPanel('?view=fill');
    // Switching section does not look at the tab again by itself (a script's click, so that no tab
    // is activated either): what the panel shows is what it last found.
    const section = (p: DrivenPage) =>
      p.evaluate(() => {
        const nav = [...document.querySelectorAll('nav button')] as HTMLButtonElement[];
        nav.find((x) => x.textContent?.trim() === 'เติมแบบฟอร์ม')?.click();
      });
    await section(waiting);
    expect(await waiting.text('p.target')).toContain('ยังไม่ได้รับอนุญาตให้อ่านที่อยู่ของหน้า');
    expect(await waiting.attribute('[data-target-url]', 'data-target-url')).toBe('');
    await waiting.evaluate(() => {
      const nav = [...document.querySelectorAll('nav button')] as HTMLButtonElement[];
      nav.find((x) => x.textContent?.trim() === 'แบบประเมิน')?.click();
    });
    // The site is allowed from the second panel (as it could be from Firefox's own menus).
    await allowFromPanel(other, server.origin);
    await section(waiting);
    await expect
      .poll(() => waiting.attribute('[data-target-url]', 'data-target-url'), { timeout: 30_000 })
      .toBe(`${server.origin}/support/one-person.html`);
    await other.close();
    await waiting.close();
  });
});
