/**
 * Compiles the JSON Schemas (the interchange's, the fill engine's input and profiles) into standalone
 * validator modules. Extension pages and the pages the engine runs in forbid eval (MV3 CSP, a site's
 * own CSP), so the validators are generated here, at build time, and checked in; tests regenerate
 * them and compare.
 */
import { writeFileSync } from 'node:fs';
import {
  engineValidatorPaths,
  renderEngineValidator,
  renderValidator,
  validatorPaths,
} from './validator-source';

for (const [paths, render] of [
  [validatorPaths(), renderValidator],
  [engineValidatorPaths(), renderEngineValidator],
] as const) {
  const out = render();
  writeFileSync(paths.js, out.js);
  writeFileSync(paths.dts, out.dts);
  console.log(`wrote ${paths.js}`);
}
