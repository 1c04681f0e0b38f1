/**
 * Start time of the `samatthana` command: `--version` through the binary (what the bundle in
 * dist/cli controls) and through npx, beside npx running a native binary that does nothing (the
 * part of npx's time that is npm's own start, not ours). Median of 10 runs each.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentBundle } from '../../bin/current-bundle.js';
import { buildCli } from '../build-cli';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function medianMs(cmd: string, args: string[], runs = 10): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { cwd: root, stdio: 'ignore' });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  }
  times.sort((a, b) => a - b);
  return (times[4]! + times[5]!) / 2;
}

export async function benchCliStart() {
  if (!currentBundle()) await buildCli();
  return {
    binMs: medianMs(process.execPath, [join(root, 'bin', 'samatthana.js'), '--version']),
    npxMs: medianMs('npx', ['samatthana', '--version']),
    npxFloorMs: medianMs('npx', ['esbuild', '--version']),
  };
}
