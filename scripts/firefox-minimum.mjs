// The oldest Firefox the extension supports (the manifest's gecko strict_min_version), kept as a
// second copy beside the installed firefox-esr so the end-to-end tests run on it too. Debian keeps
// that release in bookworm main while bookworm-security carries the newer ESR: `apt-get download`
// fetches its .deb and `dpkg -x` unpacks it into a cache folder (no root, nothing installed).
// Node built-ins only: setup.mjs runs this before node_modules exists.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const FIREFOX_MIN_MAJOR = 140;

const CACHE = join(
  process.env.XDG_CACHE_HOME || join(homedir(), '.cache'),
  'samatthana',
  `firefox-esr-${FIREFOX_MIN_MAJOR}`,
);

/** The unpacked minimum Firefox's executable, or null when it is not there. */
export function firefoxMinimumPath() {
  const bin = join(CACHE, 'root/usr/lib/firefox-esr/firefox-esr');
  return existsSync(bin) ? bin : null;
}

/** Fetches and unpacks it once; says why and returns null when the .deb cannot be had. */
export function ensureFirefoxMinimum() {
  const have = firefoxMinimumPath();
  if (have) return have;
  if (!existsSync('/usr/bin/apt-cache')) return null;
  const skip = (why) => {
    console.log(`setup: no Firefox ESR ${FIREFOX_MIN_MAJOR} copy (${why}); its end-to-end tests are skipped`);
    return null;
  };
  let versions;
  try {
    versions = execFileSync('apt-cache', ['madison', 'firefox-esr'], { encoding: 'utf8' })
      .split('\n')
      .map((l) => l.split('|')[1]?.trim())
      .filter((v) => v?.startsWith(`${FIREFOX_MIN_MAJOR}.`));
  } catch {
    return skip('apt-cache failed');
  }
  if (versions.length === 0) return skip(`no ${FIREFOX_MIN_MAJOR}.x in the package lists`);
  // Unpacked beside the cache and moved in whole, so a run that starts meanwhile never sees half of it.
  const work = `${CACHE}.tmp-${process.pid}`;
  const debs = join(work, 'deb');
  mkdirSync(debs, { recursive: true });
  console.log(`setup: fetching firefox-esr ${versions[0]} (the oldest Firefox the extension supports)…`);
  const got = spawnSync(
    'apt-get',
    ['download', '-qq', '-o', 'APT::Sandbox::User=root', `firefox-esr=${versions[0]}`],
    {
      cwd: debs,
      stdio: 'inherit',
    },
  );
  const deb = existsSync(debs) ? readdirSync(debs).find((n) => n.endsWith('.deb')) : undefined;
  const x =
    got.status === 0 && deb
      ? spawnSync('dpkg', ['-x', join(debs, deb), join(work, 'root')], { stdio: 'inherit' })
      : null;
  rmSync(debs, { recursive: true, force: true });
  if (x?.status !== 0) {
    rmSync(work, { recursive: true, force: true });
    return skip(x ? 'dpkg -x failed' : 'apt-get download failed');
  }
  try {
    renameSync(work, CACHE);
  } catch {
    rmSync(work, { recursive: true, force: true }); // another run got there first
  }
  return firefoxMinimumPath();
}
