/** The built extensions ask for nothing beyond storage, sidePanel, activeTab, scripting and optional sites. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHROME_OUT, ensureExtensionBuilt, FIREFOX_OUT } from './support/browser';

const ALLOWED = ['storage', 'sidePanel', 'activeTab', 'scripting'];
const SITES = ['http://*/*', 'https://*/*'];

function manifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

beforeAll(() => ensureExtensionBuilt());

describe('built manifests', () => {
  it('Chrome MV3: least privilege, side panel, no content script, sites only optional', () => {
    const m = manifest(CHROME_OUT);
    expect(m.manifest_version).toBe(3);
    expect([...(m.permissions as string[])].sort()).toEqual([...ALLOWED].sort());
    expect(m.optional_host_permissions).toEqual(SITES);
    expect(m.host_permissions).toBeUndefined();
    expect(m.content_scripts).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.side_panel).toEqual({ default_path: 'sidepanel.html' });
    // The default CSP (no eval) applies: nothing loosens it.
    expect(m.content_security_policy).toBeUndefined();
    for (const f of ['fill-engine.js', 'page-picker.js', 'sidepanel.html', 'background.js']) {
      expect(statSync(join(CHROME_OUT, f)).size).toBeGreaterThan(0);
    }
  });

  it('Firefox: the same permissions (MV2 puts optional sites in optional_permissions) and a sidebar', () => {
    const m = manifest(FIREFOX_OUT);
    const perms = m.permissions as string[];
    expect(perms.every((p) => ALLOWED.includes(p))).toBe(true);
    expect(perms).toEqual(expect.arrayContaining(['storage', 'activeTab', 'scripting']));
    const optional = (m.optional_permissions ?? m.optional_host_permissions) as string[];
    expect(optional).toEqual(SITES);
    expect(m.host_permissions).toBeUndefined();
    expect(m.content_scripts).toBeUndefined();
    expect((m.sidebar_action as { default_panel: string }).default_panel).toBe('sidepanel.html');
  });

  // Requests at run time are watched in the end-to-end tests; here: nothing fetches fonts or styles,
  // and no code is generated from strings (MV3's CSP would refuse it).
  it('ships no remote fonts or styles and no string evaluation', () => {
    for (const f of files(CHROME_OUT).filter((p) => /\.(js|css|html)$/.test(p))) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/\bfetch\(|sendBeacon|new WebSocket|EventSource\(/);
      expect(text, f).not.toMatch(/new Function\(|\beval\(/);
      expect(text, f).not.toMatch(/@import|url\(\s*['"]?https?:|fonts\.googleapis|<link[^>]+https?:/);
    }
  });
});
