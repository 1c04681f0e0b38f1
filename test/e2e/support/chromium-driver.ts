/** The shared test driver over Chromium with the built extension (playwright-core's own locators). */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { allowSite, launchWithExtension, openPanel } from './browser';
import { type DrivenBrowser, type DrivenPage, foreignOf, type Name } from './driver';

export function drivePage(page: Page): DrivenPage {
  const field = (label: string, exact?: boolean) => page.getByLabel(label, { exact });
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
    clickButton: async (name: Name, opts = {}) => {
      const scope = opts.within ? page.locator(opts.within) : page;
      await scope.getByRole('button', { name, exact: opts.exact }).first().click();
    },
    waitForButton: (name, opts = {}) =>
      page.getByRole('button', { name, exact: opts.exact }).first().waitFor(),
    click: (css) => page.click(css),
    select: async (label, value, opts = {}) => {
      await field(label, opts.exact).selectOption(value);
    },
    selectByText: async (css, text) => {
      await page.selectOption(css, { label: text });
    },
    fill: (label, text) => field(label).fill(text),
    fillCss: (css, text) => page.fill(css, text),
    setChecked: (label, on) => field(label).setChecked(on),
    value: (label, opts = {}) => field(label, opts.exact).inputValue(),
    valueCss: (css) => page.inputValue(css),
    setFile: (label, f) => field(label).setInputFiles({ name: f.name, mimeType: f.mimeType, buffer: f.body }),
    waitForText: async (role, text) => {
      const live = page.getByRole(role);
      const hit = (text === undefined ? live : live.filter({ hasText: text })).last();
      await hit.waitFor();
      return (await hit.textContent()) ?? '';
    },
    waitFor: (css) => page.locator(css).first().waitFor(),
    count: (css) => page.locator(css).count(),
    text: async (css) => ((await page.locator(css).count()) ? page.locator(css).first().textContent() : null),
    attribute: (css, name) => page.locator(css).first().getAttribute(name),
    download: async (buttonName) => {
      const [d] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: buttonName }).click(),
      ]);
      return { name: d.suggestedFilename(), text: readFileSync((await d.path())!, 'utf8') };
    },
    axe: () => axeViolations(page),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    setSize: (width, height) => page.setViewportSize({ width, height }),
    reload: async () => {
      await page.reload();
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export async function launchChromiumDriver(opts: { extensionDir?: string } = {}): Promise<DrivenBrowser> {
  const b = await launchWithExtension(opts);
  const extensionOrigin = `chrome-extension://${b.extensionId}/`;
  return {
    name: 'chromium',
    extensionOrigin,
    requests: b.requests,
    openPage: async (url) => {
      const page = await b.context.newPage();
      await page.goto(url);
      return drivePage(page);
    },
    openPanel: async (query = '') => drivePage(await openPanel(b, query)),
    answerSitePrompt: (pattern) => allowSite(b, pattern),
    foreignRequests: (origin) => foreignOf(b.requests, extensionOrigin, origin),
    close: () => b.close(),
  };
}
