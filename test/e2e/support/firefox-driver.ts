/**
 * The shared test driver over Firefox ESR (Debian's /usr/bin/firefox-esr) with the built Firefox
 * extension installed as a temporary add-on, driven by puppeteer-core over WebDriver BiDi.
 *
 * - A fixed UUID for the add-on gives its pages a known address (moz-extension://UUID/…).
 * - Firefox sends nothing by itself in this profile: every non-local connection goes to a local
 *   recording proxy, which refuses it and remembers it, so a test can prove that nothing left.
 * - Extension pages fire no load event that puppeteer waits for: they are opened without waiting
 *   and polled until their heading shows. Everything else waits by polling too (no waitForFunction:
 *   on Firefox 140 the extension pages' CSP refuses the function it builds).
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { AXE, type AxeViolation, runAxe } from './axe';
import { FIREFOX_OUT } from './browser';
import { type DrivenBrowser, type DrivenPage, foreignOf, type Name, type SeenRequest } from './driver';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
export const GECKO_ID = 'samatthana@samatthana.extension';
/** Any UUID does; a fixed one gives the add-on's pages a known address. */
export const ADDON_UUID = '5a3f8c1e-7b2d-4e69-9a0f-3c6d2b8e1f47';

/** Generous: the machine may be busy; a slow start is not a failure. */
const WAIT_MS = 60_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Clicks where the element is once it is enabled and has stopped moving, as playwright's actionability
 * check does:
 * a panel that is still laying out (a line appearing above a button after a page scan) would
 * otherwise take the click on whatever moved under the pointer.
 */
async function clickSteady(el: ElementHandle<Element>): Promise<void> {
  // Enabled too (a button is disabled while the panel is busy), as playwright waits for.
  const where = async () =>
    (await el.evaluate((e) => (e as HTMLButtonElement).disabled === true))
      ? 'null'
      : JSON.stringify(await el.boundingBox());
  let before = await where();
  for (let i = 0; i < 50; i++) {
    await sleep(100);
    const now = await where();
    if (now === before && now !== 'null') break;
    before = now;
  }
  await el.click();
}

async function poll<T>(what: string, probe: () => Promise<T | null | undefined | false>): Promise<T> {
  const until = Date.now() + WAIT_MS;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== null && v !== undefined && v !== false) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until)
      throw new Error(`Firefox: gave up waiting for ${what}${last ? ` (${last})` : ''}`);
    await sleep(150);
  }
}

/** A local HTTP proxy that refuses every request and remembers it (plain requests and CONNECT tunnels). */
async function startRecordingProxy(seen: SeenRequest[]): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', method: req.method ?? '', from: 'proxy' });
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    seen.push({ url: `https://${req.url ?? ''}`, method: 'CONNECT', from: 'proxy' });
    socket.destroy();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { port, close: () => new Promise((ok) => server.close(() => ok())) };
}

type Spec = {
  kind: 'button' | 'field';
  text?: string;
  re?: string;
  flags?: string;
  exact?: boolean;
  within?: string;
};

function spec(kind: Spec['kind'], name: Name, opts: { exact?: boolean; within?: string } = {}): Spec {
  return typeof name === 'string'
    ? { kind, text: name, exact: opts.exact, within: opts.within }
    : { kind, re: name.source, flags: name.flags, within: opts.within };
}

/**
 * Finds a button by its accessible name or a form field by its label, inside the page (the names
 * computed as the accessibility tree does for these simple cases: aria-label, aria-labelledby,
 * <label>, the button's text).
 */
function findInPage(s: Spec): Element | null {
  const norm = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
  const matches = (n: string) =>
    s.re !== undefined
      ? new RegExp(s.re, s.flags).test(n)
      : s.exact
        ? n === s.text
        : n.toLowerCase().includes((s.text ?? '').toLowerCase());
  const byIds = (ids: string) =>
    ids
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
  const named = (el: Element, own: () => string) => {
    const aria = el.getAttribute('aria-label');
    if (aria) return norm(aria);
    const by = el.getAttribute('aria-labelledby');
    if (by) return norm(byIds(by));
    return norm(own());
  };
  const root = s.within ? document.querySelector(s.within) : document;
  if (!root) return null;
  if (s.kind === 'button') {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const all = [...root.querySelectorAll('button, [role=button], input[type=button], input[type=submit]')];
    return (
      all.find(
        (el) =>
          visible(el) && matches(named(el, () => (el as HTMLInputElement).value || el.textContent || '')),
      ) ?? null
    );
  }
  const fields = [...root.querySelectorAll('input, select, textarea')] as HTMLInputElement[];
  return (
    fields.find((el) =>
      matches(named(el, () => [...(el.labels ?? [])].map((l) => l.textContent ?? '').join(' ') || el.title)),
    ) ?? null
  );
}

function liveText(a: { role: string; text?: string; re?: string; flags?: string }): string | null {
  const norm = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
  const sel = a.role === 'status' ? '[role=status], output' : '[role=alert]';
  const hits = [...document.querySelectorAll(sel)]
    .map((el) => norm(el.textContent))
    .filter((t) =>
      a.re !== undefined
        ? new RegExp(a.re, a.flags).test(t)
        : a.text === undefined || t.toLowerCase().includes(a.text.toLowerCase()),
    );
  return hits.length ? hits[hits.length - 1]! : null;
}

/**
 * A function to run in the page, made to carry its own `__name`: tsx (esbuild's keepNames) wraps
 * named inner functions in calls to a helper that exists only in node. (Playwright does the same.)
 */
function inPage<A extends unknown[], R>(fn: (...a: A) => R): (...a: A) => R {
  return new Function(`const __name = (f) => f; return (${fn.toString()}).apply(null, arguments);`) as (
    ...a: A
  ) => R;
}

function drivePage(page: Page, downloads: string, files: string): DrivenPage {
  const find = (s: Spec): Promise<ElementHandle<Element>> =>
    poll(`${s.kind} "${s.text ?? s.re}"`, async () => {
      const h = await page.evaluateHandle(inPage(findInPage), s);
      const el = h.asElement() as ElementHandle<Element> | null;
      if (!el) await h.dispose();
      return el;
    });
  const css = (selector: string): Promise<ElementHandle<Element>> =>
    poll(`"${selector}"`, () => page.$(selector));
  const choose = async (el: ElementHandle<Element>, value: string) => {
    const chosen = await (el as ElementHandle<HTMLSelectElement>).select(value);
    if (!chosen.includes(value)) throw new Error(`no option with value ${value}`);
  };
  const type = async (el: ElementHandle<Element>, text: string) => {
    // Select what is there so that typing replaces it, then type as a person does.
    await el.evaluate((e) => (e as HTMLInputElement).select());
    if (text === '') await page.keyboard.press('Backspace');
    else await el.type(text);
  };
  const self: DrivenPage = {
    evaluate: (fn, arg) => page.evaluate(inPage(fn) as never, arg as never),
    clickButton: async (name, opts = {}) => clickSteady(await find(spec('button', name, opts))),
    waitForButton: async (name, opts = {}) => {
      await (await find(spec('button', name, opts))).dispose();
    },
    click: async (selector) => clickSteady(await css(selector)),
    select: async (label, value, opts = {}) => choose(await find(spec('field', label, opts)), value),
    selectByText: async (selector, text) => {
      const el = await css(selector);
      const value = await el.evaluate(
        (s, t) => [...(s as HTMLSelectElement).options].find((o) => o.text.trim() === t)?.value ?? null,
        text,
      );
      if (value === null) throw new Error(`no option "${text}" in ${selector}`);
      await choose(el, value);
    },
    fill: async (label, text) => type(await find(spec('field', label)), text),
    fillCss: async (selector, text) => type(await css(selector), text),
    setChecked: async (label, on) => {
      const el = await find(spec('field', label));
      if ((await el.evaluate((e) => (e as HTMLInputElement).checked)) !== on) await el.click();
    },
    value: async (label, opts = {}) =>
      (await find(spec('field', label, opts))).evaluate((e) => (e as HTMLInputElement).value),
    valueCss: async (selector) => (await css(selector)).evaluate((e) => (e as HTMLInputElement).value),
    setFile: async (label, f) => {
      const dir = mkdtempSync(join(files, 'f-'));
      const path = join(dir, f.name);
      writeFileSync(path, f.body);
      const el = (await find(spec('field', label))) as ElementHandle<HTMLInputElement>;
      await el.uploadFile(path);
    },
    waitForText: (role, text) =>
      poll(`${role} "${text ?? ''}"`, () =>
        page.evaluate(
          inPage(liveText),
          text instanceof RegExp ? { role, re: text.source, flags: text.flags } : { role, text },
        ),
      ),
    waitFor: async (selector) => {
      await poll(`visible "${selector}"`, () =>
        page.evaluate((s) => {
          const el = document.querySelector(s);
          const r = el?.getBoundingClientRect();
          return !!r && r.width > 0 && r.height > 0;
        }, selector),
      );
    },
    count: (selector) => page.evaluate((s) => document.querySelectorAll(s).length, selector),
    text: (selector) => page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector),
    attribute: (selector, name) =>
      page.evaluate(([s, n]) => document.querySelector(s!)?.getAttribute(n!) ?? null, [selector, name]),
    download: async (buttonName) => {
      const before = new Set(readdirSync(downloads));
      await self.clickButton(buttonName);
      const name = await poll(`a saved file from "${buttonName}"`, async () => {
        const fresh = readdirSync(downloads).filter((n) => !before.has(n) && !n.endsWith('.part'));
        // Saved when Firefox has removed its .part file and the file has content.
        const done = fresh.find(
          (n) => !existsSync(join(downloads, `${n}.part`)) && statSync(join(downloads, n)).size > 0,
        );
        return done ?? null;
      });
      return { name, text: readFileSync(join(downloads, name), 'utf8') };
    },
    axe: async (): Promise<AxeViolation[]> => {
      // Evaluated through the remote protocol, which the extension page's CSP does not govern.
      await page.evaluate(AXE);
      return page.evaluate(runAxe);
    },
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    setSize: async (width, height) => {
      // Firefox 140 rejects one emulation command that puppeteer sends, yet applies the size.
      await page.setViewport({ width, height }).catch(() => undefined);
      await poll(`a ${width} px wide page`, () => page.evaluate((w) => innerWidth === w, width));
    },
    reload: async () => {
      await page.reload();
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
  return self;
}

export async function launchFirefoxDriver(
  opts: { executablePath?: string; extensionDir?: string } = {},
): Promise<DrivenBrowser> {
  const requests: SeenRequest[] = [];
  const proxy = await startRecordingProxy(requests);
  const work = mkdtempSync(join(tmpdir(), 'samatthana-firefox-'));
  const downloads = join(work, 'downloads');
  const files = join(work, 'files');
  mkdirSync(downloads);
  mkdirSync(files);
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: opts.executablePath ?? FIREFOX_PATH,
      headless: true,
      protocolTimeout: 180_000,
      timeout: 180_000,
      args: ['--remote-allow-system-access'],
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: ADDON_UUID }),
        // Allowing a site from the panel then needs no prompt (headless shows none).
        'extensions.webextOptionalPermissionPrompts': false,
        // Firefox's own look-ups for settings: none (it would try DNS at start).
        'services.settings.server': 'data:,#remote-settings-dummy/v1',
        // Firefox's own checks for a captive portal and for connectivity (the counterpart of
        // Chromium's --disable-background-networking): off, so that what the proxy sees is ours.
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        // Everything that is not this machine goes to the recording proxy, which refuses it.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.share_proxy_settings': false,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': false,
        // Saving a file goes to our folder without asking.
        'browser.download.dir': downloads,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
        'browser.download.alwaysOpenPanel': false,
        'browser.download.panel.shown': true,
      },
    });
  } catch (e) {
    await proxy.close();
    throw e;
  }
  await browser.installExtension(opts.extensionDir ?? FIREFOX_OUT);
  const extensionOrigin = `moz-extension://${ADDON_UUID}/`;
  const track = (page: Page) => {
    page.on('request', (r) => {
      requests.push({ url: r.url(), method: r.method(), from: 'page' });
    });
    return page;
  };
  return {
    name: 'firefox',
    extensionOrigin,
    requests,
    openPage: async (url) => {
      const page = track(await browser.newPage());
      if (/^https?:/.test(url)) await page.goto(url, { timeout: 180_000 });
      else {
        // Firefox's own pages (about:debugging), like extension pages, report no load to wait for.
        page.goto(url, { timeout: 0 }).catch(() => undefined);
        await poll(url, () =>
          page.evaluate((u) => location.href === u && document.readyState === 'complete', url),
        );
      }
      return drivePage(page, downloads, files);
    },
    openPanel: async (query = '') => {
      const page = track(await browser.newPage());
      // An extension page never reports its load: start it, then watch for its heading.
      page.goto(`${extensionOrigin}sidepanel.html${query}`, { timeout: 0 }).catch(() => undefined);
      await poll('the panel', () =>
        page.evaluate(() => !!document.querySelector('h1')?.textContent?.includes('สมรรถนะ')),
      );
      return drivePage(page, downloads, files);
    },
    answerSitePrompt: async () => undefined,
    foreignRequests: (origin) => foreignOf(requests, extensionOrigin, origin),
    close: async () => {
      await browser.close().catch(() => undefined);
      await proxy.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
