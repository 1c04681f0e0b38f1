/**
 * The repository explains itself: every document a comment or page cites is in docs/ (or beside
 * it), and nothing points at documents the repository does not hold.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(ts|tsx|js|mjs|json|md|html|css)$/.test(f) && existsSync(join(root, f)))
  .filter((f) => !f.startsWith('test/fixtures/') && !f.includes('.generated.'));

describe('documentation', () => {
  it('has an index naming every page', () => {
    const index = readFileSync(join(root, 'docs/README.md'), 'utf8');
    for (const page of ['scoring-rules', 'dictionary', 'interchange', 'cli', 'fill-engine', 'template']) {
      expect(index).toContain(`(${page}.md)`);
      expect(existsSync(join(root, 'docs', `${page}.md`)), page).toBe(true);
    }
  });

  it('is what the code cites: no "contracts §", no document kept outside the repository', () => {
    // Pages in docs/ link to each other by file name; everywhere else a page is cited as docs/….
    const outside = /contracts §|\bcontracts\.md|notes\.md|notes §/;
    const bare = /(?<![\w/])(scoring-rules|interchange|fill-engine)\.md/;
    const hits = tracked
      .filter((f) => f !== 'test/unit/docs.test.ts')
      .filter((f) => {
        const text = readFileSync(join(root, f), 'utf8');
        return outside.test(text) || (!f.startsWith('docs/') && bare.test(text));
      });
    expect(hits).toEqual([]);
  });

  it('every docs/….md a file cites exists', () => {
    const missing: string[] = [];
    for (const f of tracked) {
      for (const m of readFileSync(join(root, f), 'utf8').matchAll(/\bdocs\/([\w-]+\.md)/g)) {
        if (!existsSync(join(root, 'docs', m[1]!))) missing.push(`${f}: docs/${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('README commands run as written from a fresh clone: each file they read is in the repo or written by an earlier command, each file they write is ignored', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const inClone = new Set(
      execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0'),
    );
    const written = new Set<string>();
    const faults: string[] = [];
    let checked = 0;
    for (const m of readme.matchAll(/npx\s+samatthana\s([^`\n#]*)/g)) {
      const command = m[1]!.replace(/\[[^\]]*\]/g, '').trim();
      // A synopsis (FILE, OUT.json, QUERY, ID, …) names no real file.
      if (/\b[A-Z]{2,}\b|…/.test(command)) continue;
      checked++;
      const words = command.split(/\s+/).map((w) => w.replace(/^"|"$/g, ''));
      words.forEach((w, i) => {
        if (!/\.(json|csv|xlsx|pdf|txt)$/.test(w)) return;
        if (words[i - 1] === '--out') {
          const ignored = spawnSync('git', ['check-ignore', '-q', w], { cwd: root }).status === 0;
          if (!ignored) faults.push(`${command}: writes ${w}, which git would show as untracked`);
          written.add(w);
        } else if (!written.has(w) && !inClone.has(w)) {
          faults.push(`${command}: reads ${w}, which a fresh clone does not have`);
        }
      });
    }
    expect(checked).toBeGreaterThan(10);
    expect(faults).toEqual([]);
  });

  it('links between the pages resolve', () => {
    const broken: string[] = [];
    for (const f of tracked.filter((p) => p.startsWith('docs/') && p.endsWith('.md'))) {
      for (const m of readFileSync(join(root, f), 'utf8').matchAll(/\]\(([^)#:]+)(#[^)]*)?\)/g)) {
        if (!existsSync(join(root, dirname(f), m[1]!))) broken.push(`${f} → ${m[1]}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
