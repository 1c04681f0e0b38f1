/**
 * Bundles the fill engine (extension/engine/standalone.ts) into dist/fill-engine.js: one esbuild
 * bundle, minified, an IIFE defining globalThis.samatthanaFill for Chrome 110+ and Firefox 115+.
 * It imports the same shared modules as the CLI; nothing is substituted or shortened. The extension
 * ships this very file (wxt.config.ts builds it when missing or stale).
 * Usable as `tsx scripts/build-engine.ts [--modules]` and as `buildEngine()` / `ensureEngine()` from
 * test setup.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ENGINE_OUT = join(root, 'dist', 'fill-engine.js');

/**
 * A ceiling far above the engine's size, only to catch a dependency pulled in by accident (the file
 * is injected from the extension's own package, never downloaded).
 */
export const ENGINE_GZIP_CEILING = 96 * 1024;

export interface EngineBuild {
  outfile: string;
  bytes: number;
  gzipBytes: number;
  /** Bytes each source file adds to the bundle, largest first. */
  modules: { path: string; bytes: number }[];
}

/** Builds dist/fill-engine.js (what `samatthanaFill` is, measured by the benchmark). */
export async function buildEngine(outfile = ENGINE_OUT): Promise<EngineBuild> {
  const result = await build({
    entryPoints: [join(root, 'extension', 'engine', 'standalone.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    target: ['chrome110', 'firefox115'],
    legalComments: 'none',
    // Page authors and testers read Thai in the bundle as Thai, not as \u escapes.
    charset: 'utf8',
    write: false,
    outfile,
    metafile: true,
    logLevel: 'warning',
  });
  if (result.errors.length) throw new Error(result.errors.map((e) => e.text).join('\n'));
  const code = result.outputFiles[0]!.contents;
  mkdirSync(dirname(outfile), { recursive: true });
  writeFileSync(outfile, code);
  const modules = Object.values(result.metafile.outputs)
    .flatMap((o) => Object.entries(o.inputs).map(([path, x]) => ({ path, bytes: x.bytesInOutput })))
    .sort((a, b) => b.bytes - a.bytes);
  return { outfile, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, modules };
}

async function newestSource(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, await newestSource(path));
    else if (/\.(ts|js|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/fill-engine.js unless it is newer than every source it is made from. */
export async function ensureEngine(): Promise<string> {
  const built = statSync(ENGINE_OUT, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = await Promise.all(['extension/engine', 'shared'].map((d) => newestSource(join(root, d))));
  if (built === 0 || built < Math.max(...sources, statSync(fileURLToPath(import.meta.url)).mtimeMs)) {
    await buildEngine();
  }
  return ENGINE_OUT;
}

/** The built engine's text (building it first when stale). */
export async function engineSource(): Promise<string> {
  return readFileSync(await ensureEngine(), 'utf8');
}

// No top-level await: wxt.config.ts loads this module to build the engine into the extension.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildEngine().then((out) => {
    console.log(
      `dist/fill-engine.js: ${(out.bytes / 1024).toFixed(1)} KB, ${(out.gzipBytes / 1024).toFixed(1)} KB gzipped`,
    );
    if (process.argv.includes('--modules'))
      for (const m of out.modules) console.log(`${String(m.bytes).padStart(7)}  ${m.path}`);
  });
}
