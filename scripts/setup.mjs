#!/usr/bin/env node
// Installs whatever `npm start` / `npm test` need and is missing; does nothing when all is there.
// Node built-ins only: this runs before node_modules exists.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureFirefoxMinimum } from './firefox-minimum.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const mode = process.argv[2] ?? 'test';

// Debian packages each mode needs: Chromium + Thai fonts for the browser demo and end-to-end tests,
// Firefox ESR for the same end-to-end tests in Firefox, LibreOffice Calc to recalculate the
// spreadsheet template in tests, and its Python bridge (python3-uno) to edit a template as a user
// would before reading it back.
const DEBIAN = {
  start: ['chromium', 'fonts-thai-tlwg'],
  test: [
    'chromium',
    'firefox-esr',
    'fonts-thai-tlwg',
    'libreoffice-calc-nogui',
    'poppler-utils',
    'python3-uno',
  ],
};

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (r.status !== 0) {
    console.error(`setup: ${cmd} ${args.join(' ')} failed (exit ${r.status})`);
    process.exit(r.status ?? 1);
  }
}

/** node_modules matches package-lock.json when npm's own record of what it installed lists the same versions. */
function nodeModulesCurrent() {
  const hidden = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(hidden)) return false;
  const want = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')).packages ?? {};
  const have = JSON.parse(readFileSync(hidden, 'utf8')).packages ?? {};
  return Object.entries(want).every(
    ([path, info]) => path === '' || info.optional || have[path]?.version === info.version,
  );
}

function ensureNodeModules() {
  if (nodeModulesCurrent()) return;
  console.log('setup: installing npm packages (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

function debianInstalled(pkg) {
  try {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own format syntax
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .includes('install ok installed');
  } catch {
    return false;
  }
}

function ensureDebian(pkgs) {
  if (!existsSync('/usr/bin/dpkg-query')) return; // not Debian: the README lists what to install by hand
  const missing = pkgs.filter((p) => !debianInstalled(p));
  if (missing.length === 0) return;
  const asRoot = process.getuid?.() === 0;
  const prefix = asRoot ? [] : ['sudo', '-n'];
  console.log(`setup: installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const [cmd, ...pre] = [...prefix, 'apt-get'];
  run(cmd, [...pre, 'update', '-qq'], { env });
  run(cmd, [...pre, 'install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
}

ensureNodeModules();
ensureDebian(DEBIAN[mode] ?? DEBIAN.test);
// The tests also run in the oldest Firefox the manifest allows, when Debian still has it.
if (mode === 'test') ensureFirefoxMinimum();
