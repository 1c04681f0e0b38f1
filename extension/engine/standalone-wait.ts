/**
 * Entry of dist/fill-wait.js, which the extension injects after dist/fill-engine.js: gives the page's
 * `samatthanaFill` a `waitForForm` that waits with that engine's own scan (the standalone engine
 * leaves waiting out; contracts §4 needs only scan, fill and undo).
 */
import { type WaitOptions, waitWith } from './wait';

const engine = globalThis.samatthanaFill;
if (engine)
  engine.waitForForm ??= (root?: ParentNode, options?: WaitOptions) => waitWith(engine.scan, root, options);
