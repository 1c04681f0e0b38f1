// The bundled CLI (dist/cli/main.js, see scripts/build-cli.mjs) when it is newer than every source it
// was built from, else null. Node built-ins only, a stat per source: this runs on every start.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export function currentBundle(dir = join(ROOT, 'dist', 'cli'), root = ROOT) {
  const entry = join(dir, 'main.js');
  try {
    const built = statSync(entry).mtimeMs;
    const sources = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'));
    for (const source of sources) {
      if (statSync(join(root, source)).mtimeMs > built) return null;
    }
    return entry;
  } catch {
    return null; // not built, or a source is gone: the sources decide
  }
}
