/**
 * The built extensions ask for nothing beyond storage, sidePanel, activeTab, scripting and optional
 * sites, and the Firefox build passes Mozilla's own linter (web-ext lint, run offline).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_MIN_MAJOR } from '../../scripts/firefox-minimum.mjs';
import { CHROME_OUT, ensureExtensionBuilt, FIREFOX_OUT } from './support/browser';
import { ROOT } from './support/server';

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
    // Firefox opens a sidebar by itself at install unless told not to: it opens when the user asks.
    expect((m.sidebar_action as { open_at_install?: boolean }).open_at_install).toBe(false);
    // Firefox's built-in data consent: declared, and declaring that nothing is collected.
    const gecko = (m.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    // The oldest Firefox allowed is the one the end-to-end tests also run in.
    expect(gecko.strict_min_version).toBe(`${FIREFOX_MIN_MAJOR}.0`);
  });

  it('Chrome: no Firefox-only keys leak into the Chrome manifest', () => {
    const m = manifest(CHROME_OUT);
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m.sidebar_action).toBeUndefined();
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

interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** `web-ext lint` on the Firefox build: no update check, no network; the JSON report it prints. */
function webExtLint(dir: string): LintReport {
  const bin = join(ROOT, 'node_modules/.bin/web-ext');
  const r = spawnSync(bin, ['lint', '--source-dir', dir, '--output', 'json', '--no-input'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
    timeout: 120_000,
  });
  const start = r.stdout.indexOf('{');
  if (start < 0) throw new Error(`web-ext lint printed no report (exit ${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout.slice(start)) as LintReport;
}

describe('Firefox lint (web-ext lint)', () => {
  let report: LintReport;
  beforeAll(() => {
    report = webExtLint(FIREFOX_OUT);
  });

  it('reports no errors', () => {
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });

  it('reports no warnings or notices', () => {
    // Preact's innerHTML path is built out (scripts/preact-without-inner-html.ts): nothing is allowed.
    expect([...report.warnings, ...report.notices]).toEqual([]);
    expect(report.summary.warnings).toBe(0);
  });

  it('the panel never reaches that path: no source of ours uses dangerouslySetInnerHTML or innerHTML', () => {
    const ours = files(join(ROOT, 'extension')).filter((p) => /\.(ts|tsx)$/.test(p));
    expect(ours.length).toBeGreaterThan(10);
    for (const f of ours) {
      const text = readFileSync(f, 'utf8');
      expect(text, relative(ROOT, f)).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=/);
    }
  });
});
