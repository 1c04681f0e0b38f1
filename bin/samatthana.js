#!/usr/bin/env node
// Runs the bundled CLI that `npm ci` builds (dist/cli), which starts in a few tens of milliseconds.
// Without a current bundle (an install that skipped scripts, or sources edited since the build)
// it runs the TypeScript sources through tsx: slower to start, same behaviour.
import { pathToFileURL } from 'node:url';
import { currentBundle } from './current-bundle.js';

const bundle = currentBundle();
let main;
if (bundle) {
  ({ main } = await import(pathToFileURL(bundle).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
