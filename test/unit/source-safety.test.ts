/**
 * Static guards over what ships: no HTML built from strings, no code from strings, and no network
 * API anywhere in the extension or the add-on — in our sources, and in the built files users
 * install (every file of both browsers' extensions under .output/, the Apps Script bundle), which
 * also hold the npm packages bundled into them. The end-to-end suite also measures that no request
 * is made; this catches a regression before anything runs.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAppsScript } from '../../scripts/build-apps-script';
import { CHROME_OUT, ensureExtensionBuilt, FIREFOX_OUT } from '../e2e/support/browser';

const root = new URL('../..', import.meta.url).pathname;

function sources(dir: string): string[] {
  const abs = join(root, dir);
  let entries: string[];
  try {
    entries = readdirSync(abs);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(abs, name);
    if (statSync(path).isDirectory()) return sources(relative(root, path));
    return /\.(ts|tsx|js|mjs|html)$/.test(name) && !/\.generated\./.test(name) ? [relative(root, path)] : [];
  });
}

const shipped = ['shared', 'extension', 'apps-script'].flatMap(sources);

const FORBIDDEN: [string, RegExp][] = [
  ['innerHTML / outerHTML assignment', /\.(inner|outer)HTML\s*\+?=/],
  ['insertAdjacentHTML', /insertAdjacentHTML\s*\(/],
  ['document.write', /document\.write(ln)?\s*\(/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['eval', /(^|[^\w.])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
];

const NETWORK: [string, RegExp][] = [
  ['fetch', /(^|[^\w.])fetch\s*\(/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['WebSocket', /new\s+WebSocket/],
  ['sendBeacon', /sendBeacon/],
  ['EventSource', /new\s+EventSource/],
  ['UrlFetchApp', /UrlFetchApp/],
  // Text that shows a URL to a person (a placeholder) is fine; loading one is not.
  [
    'a remote resource (src, href, url(), import)',
    /(src|href)=\{?\s*['"`]https?:|url\(\s*['"]?https?:|import\s*\(?\s*['"`]https?:/,
  ],
];

/** Drops line and block comments (not "//" inside a string such as a URL). */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\/|(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

describe('shipped source', () => {
  it('is found', () => {
    expect(shipped.some((f) => f.startsWith('shared/'))).toBe(true);
  });

  it.each(FORBIDDEN)('never uses %s', (_, pattern) => {
    const hits = shipped.filter((f) => pattern.test(readFileSync(join(root, f), 'utf8')));
    expect(hits).toEqual([]);
  });

  it.each(NETWORK)('the extension and the add-on never use %s', (_, pattern) => {
    const hits = shipped
      .filter((f) => !f.startsWith('shared/dictionary/source/'))
      .filter((f) => pattern.test(withoutComments(readFileSync(join(root, f), 'utf8'))));
    expect(hits).toEqual([]);
  });
});

/** Every file under a directory, as paths. */
function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

/** What a network API looks like in bundled, minified code (a call or a name, wherever it stands). */
const BUILT_NETWORK: [string, RegExp][] = [
  ['fetch(', /\bfetch\s*\(/g],
  ['XMLHttpRequest', /XMLHttpRequest/g],
  ['WebSocket', /WebSocket/g],
  ['EventSource', /EventSource/g],
  ['sendBeacon', /sendBeacon/g],
  ['UrlFetchApp', /UrlFetchApp/g],
];

interface Finding {
  file: string;
  api: string;
  context: string;
}

describe('built files', () => {
  let shipped: string[] = [];
  let findings: Finding[] = [];

  beforeAll(async () => {
    ensureExtensionBuilt();
    const appsScript = mkdtempSync(join(tmpdir(), 'samatthana-apps-script-'));
    await buildAppsScript(appsScript); // what `npm run push` sends (dist/apps-script)
    shipped = [...allFiles(CHROME_OUT), ...allFiles(FIREFOX_OUT), ...allFiles(appsScript)].filter(
      (f) => !/\.(png|zip)$/.test(f),
    );
    findings = shipped.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return BUILT_NETWORK.flatMap(([api, pattern]) =>
        [...text.matchAll(pattern)].map((m) => ({
          file: file.replace(root, '').replace(appsScript, 'dist/apps-script'),
          api,
          context: text.slice(Math.max(0, m.index - 60), m.index + 60),
        })),
      );
    });
  }, 600_000);

  it('are found: both extensions, their scripts and the add-on', () => {
    const names = shipped.map((f) => f.split('/').pop());
    expect(names).toEqual(
      expect.arrayContaining(['manifest.json', 'fill-engine.js', 'Code.js', 'Sidebar.html']),
    );
    expect(shipped.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(4);
  });

  it('hold no network API: fetch(, XMLHttpRequest, WebSocket, EventSource, sendBeacon, UrlFetchApp', () => {
    expect(findings).toEqual([]);
  });
});
