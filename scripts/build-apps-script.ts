/**
 * Builds the Apps Script add-on into dist/apps-script/ for `clasp push` (docs/template.md):
 *   appsscript.json  the manifest (least scopes)
 *   Code.js          the server bundle (esbuild, IIFE) and one top-level function per global
 *   Sidebar.html     the Preact sidebar with its script and styles inlined
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { preactWithoutInnerHtmlEsbuild } from './preact-without-inner-html';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(root, 'dist', 'apps-script');

/** Functions Apps Script calls by name: triggers, menu items and google.script.run from the sidebar. */
export const GLOBALS = [
  'onOpen',
  'onInstall',
  'showSidebar',
  'buildScoringTemplate',
  'exportAssessment',
  'repairTemplate',
  'repairFromMenu',
  'templateStatus',
  'lookupIndicators',
  'selectedEvidence',
  'writeEvidence',
] as const;

const NAMESPACE = 'Samatthana';
// Apps Script runs V8 with modern syntax (BigInt included); the sidebar runs in current browsers.
const TARGET = 'es2020';

async function bundle(entry: string, extra: Parameters<typeof build>[0] = {}): Promise<string> {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: TARGET,
    platform: 'browser',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
    ...extra,
  });
  return result.outputFiles![0]!.text;
}

function wrappers(): string {
  return GLOBALS.map(
    (name) => `function ${name}(...args) {\n  return ${NAMESPACE}.${name}(...args);\n}`,
  ).join('\n\n');
}

/** Inline script text must not end its own <script> element. */
function safeScript(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

export async function buildAppsScript(outDir = OUT_DIR): Promise<void> {
  const server = await bundle('apps-script/server/main.ts', { globalName: NAMESPACE });
  const sidebar = await bundle('apps-script/sidebar/main.tsx', {
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: true,
    plugins: [preactWithoutInnerHtmlEsbuild()],
  });
  const css = readFileSync(join(root, 'apps-script/sidebar/styles.css'), 'utf8');
  const html = `<!DOCTYPE html>
<html lang="th">
<head>
<base target="_top">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>สมรรถนะ — แม่แบบคะแนน</title>
<style>
${css}</style>
</head>
<body>
<div id="app"></div>
<script>
${safeScript(sidebar)}</script>
</body>
</html>
`;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  copyFileSync(join(root, 'apps-script/appsscript.json'), join(outDir, 'appsscript.json'));
  writeFileSync(
    join(outDir, 'Code.js'),
    `// samatthana Apps Script add-on: built by scripts/build-apps-script.ts, do not edit.\n${server}\n${wrappers()}\n`,
  );
  writeFileSync(join(outDir, 'Sidebar.html'), html);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  await buildAppsScript();
  console.log(`apps-script: เขียน ${OUT_DIR} แล้ว (${Date.now() - started} ms)`);
}
