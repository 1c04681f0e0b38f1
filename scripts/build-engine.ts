/**
 * Bundles the fill engine alone (extension/engine/standalone.ts) into dist/fill-engine.js: an IIFE
 * defining globalThis.samatthanaFill, minified, for Chrome 110+ and Firefox 115+; and beside it
 * dist/fill-wait.js, the extension's helper that lends that engine `waitForForm`. The extension
 * ships these very files (wxt.config.ts builds them when missing or stale).
 *
 * Size (goal: 12 KB gzipped, `npm run bench`): the engine gets compact stand-ins for the shared
 * modules it reads, made here from the real ones: the dictionary's level ranges instead of the sets,
 * the beginnings of level titles, the position lookup table precomputed; internal property names are
 * shortened (checked against the DOM's and the public shapes' names); Thai stays UTF-8.
 * test/dom/engine/compact.test.ts checks each stand-in against the module it replaces.
 * Usable as `tsx scripts/build-engine.ts [--modules]` and as `buildEngine()` / `ensureEngine()` from
 * test setup.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin, transform } from 'esbuild';
import { levelTitles, type TitleEntry } from '../extension/engine/level-titles';
import { LEVEL_ABOVE } from '../extension/engine/rules';
import { COMPETENCY_CODES, levelRange } from '../shared/dictionary';
import { SETS } from '../shared/dictionary/sets.generated';
import { EXPECTED_LEVELS } from '../shared/rules/expected';
import { POSITIONS } from '../shared/rules/positions';
import { matchKey } from '../shared/text/normalize';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ENGINE_OUT = join(root, 'dist', 'fill-engine.js');
export const WAIT_OUT = join(root, 'dist', 'fill-wait.js');

/**
 * Characters of a title's match key the engine keeps: enough that every title, title cut short and
 * indicator of both sets reads as with the full titles (test/dom/engine/compact.test.ts; at 17 a
 * cut TW indicator would read as a title).
 */
const TITLE_KEY_LENGTH = 18;

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
      const m = LEVEL_ABOVE.exec(t.key);
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

const NORMALIZE = join(root, 'shared', 'text', 'normalize.ts');

/**
 * positions.ts for the engine: the same `positionCode`, with its lookup table computed here (the
 * shared module builds it from full position records at start-up). The words forms put around
 * position names are taken from positions.ts itself, so both read a spelling alike; the build
 * fails if that pattern cannot be found.
 */
export function compactPositions(): string {
  const source = readFileSync(join(root, 'shared', 'rules', 'positions.ts'), 'utf8');
  const noise = /\nconst NOISE = \/(.+)\/g;\n/.exec(source)?.[1];
  if (!noise) throw new Error('shared/rules/positions.ts: NOISE pattern not found');
  const core = (s: string) => matchKey(s).replace(new RegExp(noise, 'g'), '');
  // code:type:level, the type left empty for government employees (their level alone names them).
  const rows = POSITIONS.map((p) => [p.code, p.type === 'พนักงานราชการ' ? '' : core(p.type), core(p.level)]);
  if (rows.some((r) => r.some((x) => /[\s:]/.test(x))))
    throw new Error('a position key holds a space or a colon');
  return `import { cleanText, matchKey } from ${JSON.stringify(NORMALIZE)};
const ROWS = ${JSON.stringify(rows.map((r) => r.join(':')).join(' '))}.split(' ').map((r) => r.split(':'));
export const CODES = ROWS.map((r) => r[0]);
/** Every accepted spelling's core: type+level, and the level alone where it names one position. */
const INDEX = new Map();
const add = (key, code) => INDEX.set(key, INDEX.has(key) && INDEX.get(key) !== code ? '' : code);
for (const [code, type, level] of ROWS) {
  add(type + level, code);
  add(level, code);
}
const core = (s) => matchKey(s).replace(/${noise}/g, '');
export function positionCode(type = '', level = '') {
  for (const raw of [level, type]) {
    const code = cleanText(raw).toUpperCase();
    if (CODES.includes(code)) return code;
  }
  const t = core(type);
  const l = core(level);
  const found = INDEX.get(l.startsWith(t) ? l : t + l);
  if (found) return found;
  throw new Error('unknown position');
}`;
}

/** level-titles.ts for the engine: the cut titles as rows of [code, level, key, length]. */
export function compactTitles(): string {
  const cut = cutTitles();
  // A title every competency shares (the level-0 ones) is written once, with no code.
  const id = (t: TitleEntry) => `${t.level}|${t.key}|${t.length}`;
  const shared = new Set(
    cut.map(id).filter((k) => COMPETENCY_CODES.every((c) => cut.some((t) => t.code === c && id(t) === k))),
  );
  // Of titles with the same beginning and level (the two sets' level 0), the longest decides alone.
  const rows: [string, number, string, number][] = [];
  for (const t of cut) {
    const code = shared.has(id(t)) ? '' : t.code;
    const same = rows.find((r) => r[0] === code && r[1] === t.level && r[2] === t.key);
    if (!same) rows.push([code, t.level, t.key, t.length]);
    else same[3] = Math.max(same[3], t.length);
  }
  return `import { COMPETENCY_CODES } from ${JSON.stringify(join(root, 'shared', 'dictionary', 'types.ts'))};
export const levelTitles = () =>
  ${JSON.stringify(rows)}.flatMap(([code, level, key, length]) =>
    (code ? [code] : COMPETENCY_CODES).map((c) => ({ code: c, level, key, length })),
  );`;
}

/**
 * The dictionary's index for the engine: competency names and codes as they are, and each
 * competency's level range per set in place of the sets themselves.
 */
export function compactDictionary(): string {
  // The range most competencies have, and the others ("bma SERV": 0–6) by set and code.
  const ranges = SETS.flatMap((s) =>
    s.competencies.map((c) => {
      const r = levelRange(s.id, c.code);
      return [`${s.id} ${c.code}`, [r.min, r.max]] as const;
    }),
  );
  const count = (r: readonly number[]) => ranges.filter(([, x]) => x.join() === r.join()).length;
  const usual = ranges.map(([, r]) => r).sort((a, b) => count(b) - count(a))[0]!;
  const others = Object.fromEntries(ranges.filter(([, r]) => r.join() !== usual.join()));
  return `export { COMPETENCY_ALIASES, competencyFromLabel } from './names';
export * from './types';
const OTHERS = ${JSON.stringify(others)};
export function levelRange(set, code) {
  const [min, max] = OTHERS[set + ' ' + code] ?? ${JSON.stringify(usual)};
  return { min, max };
}`;
}

/** expected.ts for the engine: each set's table as one digit per position code. */
export function compactExpected(): string {
  const codes = POSITIONS.map((p) => p.code);
  const digits = Object.fromEntries(
    Object.entries(EXPECTED_LEVELS).map(([set, t]) => [set, codes.map((c) => t[c]).join('')]),
  );
  return `import { CODES } from './positions';
const TABLES = ${JSON.stringify(digits)};
export const expectedLevel = (set, code) => Number(TABLES[set][CODES.indexOf(code)]);`;
}

/**
 * What the engine reads of the dictionary and the rules: level numbers (for value ranges) from the
 * sets, cut titles from level-titles.ts, compact position and expected-level tables. Our own modules
 * are also marked free of side effects, so tables the engine never reads (the errata) are left out
 * although the dictionary's index re-exports them.
 */
export function dictionaryForEngine(): Plugin {
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
      b.onLoad({ filter: /[\\/]shared[\\/]dictionary[\\/]index\.ts$/ }, () => ({
        contents: compactDictionary(),
        loader: 'js',
        resolveDir: join(root, 'shared', 'dictionary'),
      }));
      b.onLoad({ filter: /[\\/]shared[\\/]rules[\\/]positions\.ts$/ }, () => ({
        contents: compactPositions(),
        loader: 'js',
      }));
      b.onLoad({ filter: /[\\/]shared[\\/]rules[\\/]expected\.ts$/ }, () => ({
        contents: compactExpected(),
        loader: 'js',
        resolveDir: join(root, 'shared', 'rules'),
      }));
      b.onLoad({ filter: /[\\/]extension[\\/]engine[\\/]level-titles\.ts$/ }, () => ({
        contents: compactTitles(),
        loader: 'js',
      }));
    },
  };
}

/**
 * Property names only the engine's own objects carry (candidates, fields, plans, table and people
 * indexes, the input checker), shortened in the bundle. None may be a DOM or JavaScript property or a
 * field of a shape that crosses the engine's edge (input, report, scan result, profile): `mangleList`
 * checks that against TypeScript's library declarations and the public type files, and the build fails
 * otherwise. Names tested with `in` ('person' in match) must stay out as well.
 */
export const INTERNAL_PROPS = [
  'el',
  'els',
  'own',
  'around',
  'headerTexts',
  'choiceLevels',
  'attrs',
  'legends',
  'headings',
  'personTexts',
  'personText',
  'problem',
  'refused',
  'already',
  'same',
  'noChoice',
  'unreadable',
  'usesExpected',
  'headerRows',
  'cellColumn',
  'tables',
  'columnHeaders',
  'cellTexts',
  'cellUnder',
  'describe',
  'collect',
  'lookup',
  'taught',
  'doc',
  'isObject',
  'oneOf',
  'knownKeys',
  'rowAt',
  'covering',
  'within',
  'frameEl',
  'controlKind',
];

const PUBLIC_TYPES = [
  'extension/engine/types.ts',
  'extension/engine/wait.ts',
  'extension/engine/index.ts',
  'extension/engine/standalone.ts',
  'extension/profiles/types.ts',
  'shared/interchange/types.ts',
];

/** INTERNAL_PROPS as esbuild's mangleProps pattern, after checking that shortening each one is safe. */
export function mangleList(): RegExp {
  const libDir = join(root, 'node_modules', 'typescript', 'lib');
  const declared = new Set<string>();
  const declarations = readdirSync(libDir)
    .filter((f) => /^lib\..*\.d\.ts$/.test(f))
    .map((f) => readFileSync(join(libDir, f), 'utf8'));
  // Of our own files, the interfaces and type literals: the shapes that cross the engine's edge.
  for (const f of PUBLIC_TYPES) {
    const text = readFileSync(join(root, f), 'utf8');
    declarations.push(...(text.match(/(?:interface\s+\w+[^{]*|type\s+\w+\s*=\s*)\{[^}]*\}/g) ?? []));
  }
  for (const text of declarations) {
    for (const m of text.matchAll(/([A-Za-z_$][\w$]*)\??\s*[:(]/g)) declared.add(m[1]!);
  }
  const unsafe = INTERNAL_PROPS.filter((p) => declared.has(p));
  if (unsafe.length) throw new Error(`not internal, cannot be shortened: ${unsafe.join(', ')}`);
  return new RegExp(`^(?:${INTERNAL_PROPS.join('|')})$`);
}

export interface EngineBuild {
  outfile: string;
  bytes: number;
  gzipBytes: number;
  /** Bytes each source file adds to the bundle, largest first. */
  modules: { path: string; bytes: number }[];
}

const TARGET = ['chrome110', 'firefox115'];

async function bundle(entry: string, outfile: string): Promise<EngineBuild> {
  const result = await build({
    entryPoints: [join(root, 'extension', 'engine', entry)],
    bundle: true,
    format: 'iife',
    minify: true,
    target: TARGET,
    legalComments: 'none',
    // Thai stays as UTF-8 (3 bytes a letter) instead of \u escapes (6 bytes).
    charset: 'utf8',
    mangleProps: mangleList(),
    write: false,
    outfile,
    metafile: true,
    plugins: [dictionaryForEngine()],
    logLevel: 'warning',
  });
  if (result.errors.length) throw new Error(result.errors.map((e) => e.text).join('\n'));
  // A second pass over the whole bundle joins the modules' declarations and names its identifiers by
  // how often the bundle as a whole uses them (the first pass does so module by module).
  const again = await transform(result.outputFiles[0]!.text, {
    minify: true,
    target: TARGET,
    charset: 'utf8',
  });
  mkdirSync(dirname(outfile), { recursive: true });
  writeFileSync(outfile, again.code);
  const modules = Object.values(result.metafile.outputs)
    .flatMap((o) => Object.entries(o.inputs).map(([path, x]) => ({ path, bytes: x.bytesInOutput })))
    .sort((a, b) => b.bytes - a.bytes);
  const code = readFileSync(outfile);
  return { outfile, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, modules };
}

/**
 * Builds dist/fill-engine.js (what `samatthanaFill` is, measured by the benchmark) and, beside it,
 * fill-wait.js (the extension's helper adding `waitForForm` to an engine already in the page).
 */
export async function buildEngine(outfile = ENGINE_OUT): Promise<EngineBuild> {
  await bundle('standalone-wait.ts', join(dirname(outfile), basename(WAIT_OUT)));
  return bundle('standalone.ts', outfile);
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

/** Builds dist/fill-engine.js and fill-wait.js unless they are newer than every source they are made from. */
export async function ensureEngine(): Promise<string> {
  const built = Math.min(
    ...[ENGINE_OUT, WAIT_OUT].map((f) => statSync(f, { throwIfNoEntry: false })?.mtimeMs ?? 0),
  );
  const sources = await Promise.all(
    ['extension/engine', 'extension/profiles', 'shared'].map((d) => newestSource(join(root, d))),
  );
  if (built === 0 || built < Math.max(...sources, statSync(fileURLToPath(import.meta.url)).mtimeMs)) {
    await buildEngine();
  }
  return ENGINE_OUT;
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
