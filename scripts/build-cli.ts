/**
 * Bundles the `samatthana` command (cli/main.ts and everything it imports from cli/ and shared/)
 * into dist/cli/: one ES module per command, loaded when that command runs, npm packages left as
 * imports. Beside it, sources.json lists the files it was made from, so bin/samatthana.js can tell a
 * current bundle from a stale one. `npm ci` runs this (`prepare`), as do `npm run build:cli` and the
 * unit tests' global setup (so the tests run what a user runs).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_DIR = join(root, 'dist', 'cli');

export async function buildCli(outdir = CLI_DIR): Promise<{ files: string[]; sources: string[] }> {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'cli/main.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    charset: 'utf8',
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  // Written only once the build has succeeded, the old bundle removed first: never half old, half new.
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  for (const f of result.outputFiles) writeFileSync(f.path, f.contents);
  const sources = Object.keys(result.metafile.inputs).filter((p) => !p.includes('node_modules/'));
  writeFileSync(join(outdir, 'sources.json'), `${JSON.stringify(sources, null, 1)}\n`);
  return { files: result.outputFiles.map((f) => relative(root, f.path)), sources };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await import('esbuild');
  } catch {
    // An install without devDependencies: bin/samatthana.js runs the sources through tsx instead.
    console.log('build-cli: esbuild is not installed; samatthana will run from its TypeScript sources');
    process.exit(0);
  }
  const { files } = await buildCli();
  console.log(`build-cli: ${files.length} files in ${relative(process.cwd(), CLI_DIR) || '.'}`);
}
