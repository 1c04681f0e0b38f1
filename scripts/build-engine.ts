/**
 * Bundles the fill engine alone (extension/engine/standalone.ts) into dist/fill-engine.js: an IIFE
 * defining globalThis.samatthanaFill, minified, for Chrome 110+ and Firefox 115+.
 *
 * The engine needs only level numbers and the beginnings of level titles from the dictionary, so
 * the bundle carries just those (definitions and indicators would triple its size).
 * Usable as `tsx scripts/build-engine.ts [--modules]` and as `buildEngine()` / `ensureEngine()` from
 * test setup.
 */
import { readFileSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { levelTitles, type TitleEntry } from '../extension/engine/level-titles';
import { RULES } from '../extension/engine/rules';
import { SETS } from '../shared/dictionary/sets.generated';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ENGINE_OUT = join(root, 'dist', 'fill-engine.js');

/** Characters of a title's match key that already tell every level of a competency apart. */
const TITLE_KEY_LENGTH = 20;

/**
 * The level titles the engine recognises, with keys cut to TITLE_KEY_LENGTH characters (the engine
 * compares a label's beginning and its length; the rest of a title only costs bytes), leaving out
 * titles the engine reads by pattern anyway ("แสดงสมรรถนะระดับที่ N และ…"). Fails if a cut would
 * make two levels of one competency look alike.
 */
export function cutTitles(): TitleEntry[] {
  const seen = new Map<string, number>();
  return levelTitles()
    .filter((t) => {
      const m = RULES.levelAbove.exec(t.key);
      return !m || Number(m[1]) + 1 !== t.level;
    })
    .map((t) => {
      const key = t.key.slice(0, TITLE_KEY_LENGTH);
      const id = `${t.code}|${key}`;
      if (seen.has(id) && seen.get(id) !== t.level) {
        throw new Error(
          `${t.code}: level titles ${seen.get(id)} and ${t.level} share the beginning "${key}"`,
        );
      }
      seen.set(id, t.level);
      return { ...t, key };
    });
}

/**
 * What the engine reads of the dictionary: level numbers (for value ranges) from the sets, and
 * cut titles from level-titles.ts. Our own modules are also marked free of side effects, so tables
 * the engine never reads (the errata) are left out although the dictionary's index re-exports them.
 */
function dictionaryForEngine(): Plugin {
  return {
    name: 'dictionary-for-engine',
    setup(b) {
      b.onResolve({ filter: /^\.{1,2}\// }, async (args) => {
        if (args.pluginData?.resolving) return undefined;
        const r = await b.resolve(args.path, {
          resolveDir: args.resolveDir,
          kind: args.kind,
          importer: args.importer,
          pluginData: { resolving: true },
        });
        return r.errors.length ? undefined : { path: r.path, sideEffects: false };
      });
      b.onLoad({ filter: /[\\/]shared[\\/]dictionary[\\/]sets\.generated\.ts$/ }, () => {
        const sets = SETS.map((s) => ({
          id: s.id,
          competencies: s.competencies.map((c) => ({
            code: c.code,
            levels: c.levels.map((l) => ({ level: l.level })),
          })),
        }));
        return { contents: `export const SETS = ${JSON.stringify(sets)};`, loader: 'js' };
      });
      b.onLoad({ filter: /[\\/]extension[\\/]engine[\\/]level-titles\.ts$/ }, () => {
        const rows = cutTitles().map((t) => [t.code, t.level, t.key, t.length]);
        return {
          contents: `export const levelTitles = () => ${JSON.stringify(rows)}.map(([code, level, key, length]) => ({ code, level, key, length }));`,
          loader: 'js',
        };
      });
    },
  };
}

export interface EngineBuild {
  outfile: string;
  bytes: number;
  gzipBytes: number;
  /** Bytes each source file adds to the bundle, largest first. */
  modules: { path: string; bytes: number }[];
}

export async function buildEngine(outfile = ENGINE_OUT): Promise<EngineBuild> {
  const result = await build({
    entryPoints: [join(root, 'extension', 'engine', 'standalone.ts')],
    outfile,
    bundle: true,
    format: 'iife',
    minify: true,
    target: ['chrome110', 'firefox115'],
    legalComments: 'none',
    charset: 'utf8',
    write: true,
    metafile: true,
    plugins: [dictionaryForEngine()],
    logLevel: 'warning',
  });
  if (result.errors.length) throw new Error(result.errors.map((e) => e.text).join('\n'));
  const modules = Object.values(result.metafile.outputs)
    .flatMap((o) => Object.entries(o.inputs).map(([path, x]) => ({ path, bytes: x.bytesInOutput })))
    .sort((a, b) => b.bytes - a.bytes);
  const code = readFileSync(outfile);
  return { outfile, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, modules };
}

async function newestSource(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, await newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/fill-engine.js unless it is newer than every source it is made from. */
export async function ensureEngine(): Promise<string> {
  let built = 0;
  try {
    built = statSync(ENGINE_OUT).mtimeMs;
  } catch {
    built = 0;
  }
  const sources = await Promise.all(
    ['extension/engine', 'extension/profiles', 'shared'].map((d) => newestSource(join(root, d))),
  );
  if (built === 0 || built < Math.max(...sources, statSync(fileURLToPath(import.meta.url)).mtimeMs)) {
    await buildEngine();
  }
  return ENGINE_OUT;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = await buildEngine();
  console.log(
    `dist/fill-engine.js: ${(out.bytes / 1024).toFixed(1)} KB, ${(out.gzipBytes / 1024).toFixed(1)} KB gzipped`,
  );
  if (process.argv.includes('--modules'))
    for (const m of out.modules) console.log(`${String(m.bytes).padStart(7)}  ${m.path}`);
}
