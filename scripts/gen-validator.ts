/**
 * Compiles the interchange JSON Schema into a standalone validator module. Extension pages forbid
 * eval (MV3 CSP), so the validator is generated here, at build time, and checked in; a test
 * regenerates it and compares.
 */
import { writeFileSync } from 'node:fs';
import { renderValidator, validatorPaths } from './validator-source';

const { js, dts } = validatorPaths();
const out = renderValidator();
writeFileSync(js, out.js);
writeFileSync(dts, out.dts);
console.log(`wrote ${js}`);
