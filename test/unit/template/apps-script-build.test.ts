/** `npm run build:apps-script`: a folder clasp can push, with the globals Apps Script looks for. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as entry from '../../../apps-script/server/main';
import { buildAppsScript, GLOBALS } from '../../../scripts/build-apps-script';

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'samatthana-gas-'));
  await buildAppsScript(dir);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the Apps Script build', () => {
  it('writes the manifest, one script and one sidebar file', () => {
    expect(readdirSync(dir).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
    const manifest = JSON.parse(readFileSync(join(dir, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });

  it('declares every exported entry point as a top-level function', () => {
    expect([...GLOBALS].sort()).toEqual(Object.keys(entry).sort());
    const code = readFileSync(join(dir, 'Code.js'), 'utf8');
    const context = vm.createContext({});
    vm.runInContext(code, context);
    for (const name of GLOBALS) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
      expect(typeof context[name]).toBe('function');
    }
  });

  it('onOpen adds the add-on menu and touches nothing else', () => {
    const code = readFileSync(join(dir, 'Code.js'), 'utf8');
    const items: [string, string][] = [];
    let added = false;
    const menu = {
      addItem(label: string, fn: string) {
        items.push([label, fn]);
        return menu;
      },
      addToUi() {
        added = true;
      },
    };
    const touched: string[] = [];
    const SpreadsheetApp = new Proxy(
      { getUi: () => ({ createAddonMenu: () => menu }) },
      {
        get(target, key) {
          touched.push(String(key));
          return (target as Record<string | symbol, unknown>)[key];
        },
      },
    );
    const context = vm.createContext({ SpreadsheetApp });
    vm.runInContext(code, context);
    context.onOpen({ authMode: 'NONE' });
    expect(added).toBe(true);
    expect(touched).toEqual(['getUi']);
    expect(items.length).toBeGreaterThan(0);
    for (const [label, fn] of items) {
      expect(label).toMatch(/[\u0E00-\u0E7F]/);
      expect(typeof context[fn]).toBe('function');
    }
  });

  it('inlines the sidebar’s script and styles and loads nothing from outside', () => {
    const html = readFileSync(join(dir, 'Sidebar.html'), 'utf8');
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
    expect(html).not.toMatch(/<link\b/);
    expect(html).toMatch(/<style>[\s\S]*font-family[\s\S]*<\/style>/);
    expect(html).toMatch(/<html lang="th">/);
    const script = /<script>([\s\S]*)<\/script>/.exec(html)![1]!;
    expect(script).not.toMatch(/<\/script/i);
    expect(script.length).toBeGreaterThan(10_000);
  });
});
