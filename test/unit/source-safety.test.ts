/**
 * Static guards over the shipped source: no HTML built from strings, no code from strings, and
 * no network API anywhere in the extension or the add-on. The end-to-end suite also measures that
 * no request is made; this catches a regression before anything runs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

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
