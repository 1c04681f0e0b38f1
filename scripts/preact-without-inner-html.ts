/**
 * Preact's renderer supports `dangerouslySetInnerHTML` (`dom.innerHTML = props.dangerouslySetInnerHTML
 * .__html`), the one assignment of a value to innerHTML in what we ship, and the one warning
 * Mozilla's linter (web-ext lint) reports on the Firefox build. Our code never passes that prop
 * (biome's noDangerouslySetInnerHtml and test/unit/source-safety.test.ts refuse it), so the builds
 * take Preact without it: passing it throws instead of writing HTML. The build fails if Preact's
 * code no longer has the expected shape, rather than shipping the assignment silently.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

/** Preact's builds (ESM, CommonJS, UMD): the renderer's one `x.innerHTML = y.__html`. */
const PREACT_DIST = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs|js|umd\.js)$/;
const ASSIGNMENT = /\((\w+)\.innerHTML\s*=\s*(\w+)\.__html\)/g;
const REFUSAL = '(()=>{throw new Error("dangerouslySetInnerHTML is not supported")})()';

export function withoutInnerHtml(code: string, file: string): string {
  const out = code.replace(ASSIGNMENT, REFUSAL);
  if (out === code)
    throw new Error(`${file}: Preact's innerHTML assignment not found; update ${import.meta.url}`);
  return out;
}

/** For Vite (the extension's build through WXT). */
export function preactWithoutInnerHtml(): VitePlugin {
  return {
    name: 'preact-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      return PREACT_DIST.test(id) ? { code: withoutInnerHtml(code, id), map: null } : null;
    },
  };
}

/** For esbuild (the Sheets sidebar). */
export function preactWithoutInnerHtmlEsbuild(): EsbuildPlugin {
  return {
    name: 'preact-without-inner-html',
    setup(b) {
      b.onLoad({ filter: PREACT_DIST }, async (args) => ({
        contents: withoutInnerHtml(await readFile(args.path, 'utf8'), args.path),
        loader: 'js',
      }));
    },
  };
}
