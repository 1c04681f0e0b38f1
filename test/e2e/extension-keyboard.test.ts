/**
 * Keyboard only: lookup → allow the site → import → fill → undo, with Tab / Shift+Tab / Enter /
 * Space and typing. No mouse event reaches the panel.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allowSite,
  type ExtensionBrowser,
  ensureExtensionBuilt,
  launchWithExtension,
  openPanel,
} from './support/browser';
import { TEAM_JSON } from './support/panel';
import { type FormServer, startFormServer } from './support/server';

let b: ExtensionBrowser;
let server: FormServer;
let panel: Page;
let form: Page;

/** What a screen reader would announce for the focused element (roughly): its tag and name. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    const label =
      el.getAttribute('aria-label') ||
      (el as HTMLInputElement).labels?.[0]?.textContent ||
      (el.tagName === 'SUMMARY' || el.tagName === 'BUTTON' ? el.textContent : '') ||
      el.getAttribute('type') ||
      '';
    return `${el.tagName.toLowerCase()}:${label.replace(/\s+/g, ' ').trim()}`;
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
async function tabTo(
  page: Page,
  match: RegExp,
  opts: { back?: boolean; max?: number } = {},
): Promise<number> {
  const seen: string[] = [];
  for (let i = 1; i <= (opts.max ?? 60); i++) {
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    seen.push(now);
    if (match.test(now)) return i;
  }
  throw new Error(`focus never reached ${match}; went through: ${seen.join(' | ')}`);
}

beforeAll(async () => {
  ensureExtensionBuilt();
  server = await startFormServer();
  b = await launchWithExtension();
  await allowSite(b, 'http://127.0.0.1/*'); // the user's answer to the browser's prompt (see browser.ts)
  form = await b.context.newPage();
  await form.goto(`${server.origin}/support/one-person.html`);
  await form.bringToFront();
  panel = await openPanel(b);
  let mouse = 0;
  await panel.exposeFunction('__mouse', () => mouse++);
  await panel.evaluate(() => {
    for (const t of ['mousedown', 'click', 'pointerdown'])
      document.addEventListener(
        t,
        (e) => (e as MouseEvent).detail > 0 && (window as unknown as { __mouse(): void }).__mouse(),
        true,
      );
  });
  (globalThis as unknown as { mouseCount: () => number }).mouseCount = () => mouse;
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('keyboard only', () => {
  it('walks lookup → the first steps (set, import) → a level → fill → undo', async () => {
    // Focus order starts with the section buttons; the panel opens on the assessment's first steps.
    expect(await tabTo(panel, /^button:แบบประเมิน$/)).toBe(1);
    expect(await panel.getByRole('heading', { name: 'เริ่มใช้งานใน 3 ขั้นตอน' }).count()).toBe(1);
    expect(await tabTo(panel, /^button:ค้นหาพฤติกรรมบ่งชี้$/)).toBe(2);
    await panel.keyboard.press('Enter');
    expect(await tabTo(panel, /^input:คำค้น/)).toBe(2);
    await panel.keyboard.type('จริยธรรม ระดับ 2');
    await tabTo(panel, /^button:กทม\. จริยธรรม · ระดับ 2/);
    await panel.keyboard.press('Enter');
    await panel.getByRole('article', { name: 'จริยธรรม ระดับ 2' }).waitFor();
    expect(await panel.locator('.hits button[aria-expanded=true]').count()).toBe(1);

    // Step 1: choose the set (arrow keys move through the radio group and choose).
    await tabTo(panel, /^button:แบบประเมิน$/, { back: true });
    await panel.keyboard.press('Enter');
    await tabTo(panel, /^input:ฉบับ ก\.พ\./);
    await panel.keyboard.press('ArrowDown');
    await expect.poll(() => panel.getByRole('radio', { name: /^ฉบับกรุงเทพมหานคร/ }).isChecked()).toBe(true);
    // Step 2: import the team's file.
    await tabTo(panel, /^input:นำเข้าไฟล์แบบประเมิน/);
    const [chooser] = await Promise.all([panel.waitForEvent('filechooser'), panel.keyboard.press('Space')]);
    await chooser.setFiles({ name: 'team.json', mimeType: 'application/json', buffer: TEAM_JSON });
    await panel.getByRole('status').filter({ hasText: 'นำเข้า team.json แล้ว' }).waitFor();
    // The editor comes first now; change one level with the keyboard: ArrowDown on the focused select.
    await tabTo(panel, /^select:นางสาวสมศรี ใจดี: การมุ่งผลสัมฤทธิ์$/, { back: true });
    await panel.keyboard.press('ArrowDown');
    await expect.poll(() => panel.getByLabel('นางสาวสมศรี ใจดี: การมุ่งผลสัมฤทธิ์').inputValue()).toBe('3');
    // The next person, from the keyboard.
    await tabTo(panel, /^button:คนถัดไป$/, { back: true });
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator('.person h3').textContent()).toContain('คนที่ 2 จาก 12');

    // Step 3: on to the fill section.
    await tabTo(panel, /^button:ไปที่เติมแบบฟอร์ม$/);
    await panel.keyboard.press('Enter');
    await panel.getByRole('heading', { name: 'เติมแบบฟอร์ม', exact: true }).waitFor();
    await tabTo(panel, /^button:เติมแบบฟอร์ม$/, { back: true });
    // Allow the site, then fill and undo.
    await tabTo(panel, /^summary:เว็บไซต์ที่อนุญาต/);
    await panel.keyboard.press('Enter');
    await tabTo(panel, /^input:ที่อยู่เว็บไซต์ของแบบฟอร์ม$/);
    await panel.keyboard.type(server.origin);
    await panel.keyboard.press('Enter');
    await panel.getByRole('status').filter({ hasText: 'อนุญาต http://127.0.0.1/* แล้ว' }).waitFor();
    await expect
      .poll(() => panel.locator('[data-target-url]').getAttribute('data-target-url'))
      .toBe(`${server.origin}/support/one-person.html`);

    await tabTo(panel, /^button:เติมแบบฟอร์มให้ นางสาวสมศรี ใจดี$/);
    await panel.keyboard.press('Enter');
    await panel.locator('section.report').waitFor();
    expect(
      await form.evaluate(
        () => (document.getElementById('c1') as HTMLSelectElement).selectedOptions[0]?.text,
      ),
    ).toBe('ระดับ 3');
    // Undo is the next stop after the report summary.
    await tabTo(panel, /^button:เลิกทำ/, { max: 3 });
    await panel.keyboard.press('Enter');
    await panel.getByRole('status').filter({ hasText: 'คืนค่าเดิมแล้ว' }).waitFor();
    expect(await form.evaluate(() => (document.getElementById('c1') as HTMLSelectElement).value)).toBe('');

    expect((globalThis as unknown as { mouseCount: () => number }).mouseCount()).toBe(0);
  });
});
