/**
 * Real Chromium with the built extension loaded (Debian's /usr/bin/chromium through
 * playwright-core), builds the extension first when its output is missing or older than its
 * sources, and records every network request of the browser context.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium';
import { foreignOf, type SeenRequest } from './driver';
import { ROOT } from './server';

export const CHROME_OUT = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_OUT = join(ROOT, '.output/firefox-mv2');

// The page-side engine is bundled by scripts/build-engine.ts from wxt.config.ts's build hook.
const SOURCES = ['extension', 'shared', 'wxt.config.ts', 'package.json', 'scripts/build-engine.ts'];

function newest(path: string): number {
  const s = statSync(path, { throwIfNoEntry: false });
  if (!s) return 0;
  if (!s.isDirectory()) return s.mtimeMs;
  let max = s.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    max = Math.max(max, newest(join(path, name)));
  }
  return max;
}

function builtAt(dir: string): number {
  return statSync(join(dir, 'manifest.json'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
}

/** Builds both browsers' extensions unless the output is newer than every source file. */
export function ensureExtensionBuilt(): void {
  const sources = Math.max(...SOURCES.map((p) => newest(join(ROOT, p))));
  if (builtAt(CHROME_OUT) > sources && builtAt(FIREFOX_OUT) > sources) return;
  // One build at a time across processes (the demo and the tests may start together).
  const lock = join(ROOT, '.output/.build-lock');
  mkdirSync(join(ROOT, '.output'), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - started > 240_000) rmSync(lock, { recursive: true, force: true });
      execFileSync('sleep', ['1']);
    }
  }
  try {
    if (builtAt(CHROME_OUT) > sources && builtAt(FIREFOX_OUT) > sources) return;
    const wxt = join(ROOT, 'node_modules/.bin/wxt');
    execFileSync(wxt, ['build'], { cwd: ROOT, stdio: 'pipe' });
    execFileSync(wxt, ['build', '-b', 'firefox'], { cwd: ROOT, stdio: 'pipe' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export type { SeenRequest };

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

export async function launchWithExtension(
  opts: { headless?: boolean; extensionDir?: string } = {},
): Promise<ExtensionBrowser> {
  const ext = opts.extensionDir ?? CHROME_OUT;
  const dir = mkdtempSync(join(tmpdir(), 'samatthana-chromium-'));
  // Report the extension service worker's own requests as well.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: opts.headless ?? true,
    locale: 'th-TH',
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...CHROMIUM_ARGS],
  });
  const requests: SeenRequest[] = [];
  context.on('request', (r) => {
    requests.push({ url: r.url(), method: r.method(), from: r.serviceWorker() ? 'service-worker' : 'page' });
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    requests,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Allows the extension on one site the way a person does in chrome://extensions → Details →
 * Site access → Add site. Headless Chromium cannot show the permission prompt that the panel's
 * own request opens, so the test answers it here; the shipped manifest stays unchanged.
 */
export async function allowSite(b: ExtensionBrowser, pattern: string): Promise<void> {
  const page = await b.context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(
    async ([id, p]) => {
      const dev = (
        globalThis as unknown as {
          chrome: { developerPrivate: { addHostPermission(id: string, p: string): Promise<void> } };
        }
      ).chrome.developerPrivate;
      await dev.addHostPermission(id!, p!);
    },
    [b.extensionId, pattern],
  );
  await page.close();
}

/** Opens the side panel's page in a tab, optionally aimed at a given tab. */
export async function openPanel(b: ExtensionBrowser, query = ''): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/sidepanel.html${query}`);
  await page
    .getByRole('heading', { name: /สมรรถนะ/ })
    .first()
    .waitFor();
  return page;
}

/** Requests that are neither the extension's own files nor the local form server's pages. */
export function foreignRequests(
  requests: readonly SeenRequest[],
  extensionId: string,
  origin: string,
): SeenRequest[] {
  return foreignOf(requests, `chrome-extension://${extensionId}/`, origin);
}
