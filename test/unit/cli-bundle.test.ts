/**
 * The bundle `bin/samatthana.js` runs (dist/cli, built by the unit tests' global setup as `npm ci`
 * builds it): current, and loading no npm package before a command needs one, which is what lets
 * `samatthana --version` start at once. A stale bundle is never run.
 */
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentBundle } from '../../bin/current-bundle.js';
import { CLI_DIR } from '../../scripts/build-cli';

/** Every module a bundle file imports statically (`import … from`), transitively. */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/^(?:(?:import|export)\s[^;]*?\bfrom|import)\s*"([^"]+)"/gm)) {
    if (!spec || seen.has(spec)) continue;
    seen.add(spec);
    if (spec.startsWith('./')) staticImports(join(dirname(file), spec), seen);
  }
  return seen;
}

describe('the bundled CLI', () => {
  it('is current, so the binary runs it', () => {
    expect(currentBundle()).toBe(join(CLI_DIR, 'main.js'));
    const sources: string[] = JSON.parse(readFileSync(join(CLI_DIR, 'sources.json'), 'utf8'));
    expect(sources).toEqual(expect.arrayContaining(['cli/main.ts', 'cli/commands/score.ts', 'package.json']));
  });

  it('starts without loading any npm package or command', () => {
    const loaded = [...staticImports(join(CLI_DIR, 'main.js'))];
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((s) => !s.startsWith('./') && !s.startsWith('node:'))).toEqual([]);
    const main = readFileSync(join(CLI_DIR, 'main.js'), 'utf8');
    expect(main).not.toContain('ExcelJS');
    expect(main).toMatch(/import\("\.\/template-[\w-]+\.js"\)/);
  });

  it('is passed over when a source is newer than it, or gone', () => {
    const root = mkdtempSync(join(tmpdir(), 'samatthana-bundle-'));
    const dir = join(root, 'out');
    writeFileSync(join(root, 'a.ts'), '');
    mkdirSync(dir);
    writeFileSync(join(dir, 'main.js'), '');
    writeFileSync(join(dir, 'sources.json'), JSON.stringify(['a.ts']));
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(root, 'a.ts'), past, past);
    expect(currentBundle(dir, root)).toBe(join(dir, 'main.js'));
    const future = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'a.ts'), future, future);
    expect(currentBundle(dir, root)).toBeNull();
    writeFileSync(join(dir, 'sources.json'), JSON.stringify(['gone.ts']));
    expect(currentBundle(dir, root)).toBeNull();
    expect(currentBundle(join(root, 'nothing-built'), root)).toBeNull();
  });
});
