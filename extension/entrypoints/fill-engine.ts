import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { cssPath, fill, scan, siteMatches, undo, validateProfile, waitForForm } from '../engine';
import { readLevels } from '../profiles/read-levels';

/**
 * Injected on demand into the page being filled (chrome.scripting.executeScript files:
 * ['/fill-engine.js']): the same globalThis.samatthanaFill as dist/fill-engine.js, plus the
 * read-back helper. Injecting again keeps the first copy.
 */
export default defineUnlistedScript(() => {
  const g = globalThis as unknown as { samatthanaFill?: unknown; samatthanaRead?: unknown };
  g.samatthanaFill ??= { version: 1, scan, fill, undo, waitForForm, cssPath, validateProfile, siteMatches };
  g.samatthanaRead ??= { readLevels };
});
