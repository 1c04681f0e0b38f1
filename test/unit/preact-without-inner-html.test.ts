/** The builds take Preact without its one innerHTML assignment (scripts/preact-without-inner-html.ts). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutInnerHtml } from '../../scripts/preact-without-inner-html';

const preactDist = join(dirname(createRequire(import.meta.url).resolve('preact/package.json')), 'dist');

describe('Preact without innerHTML', () => {
  it.each(['preact.module.js', 'preact.mjs', 'preact.js'])(
    '%s: the assignment is gone, nothing else changes',
    (f) => {
      const code = readFileSync(join(preactDist, f), 'utf8');
      expect(code).toMatch(/\.innerHTML=\w+\.__html/);
      const out = withoutInnerHtml(code, f);
      expect(out).not.toMatch(/\.innerHTML\s*=\s*\w+\.__html/);
      expect(out).toContain('dangerouslySetInnerHTML is not supported');
      expect(out.length - code.length).toBeLessThan(80);
    },
  );

  it('fails the build when Preact no longer has that shape', () => {
    expect(() => withoutInnerHtml('export const h = 1;', 'preact.module.js')).toThrow(/not found/);
  });
});
