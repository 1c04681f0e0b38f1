/**
 * Entry of dist/fill-engine.js: the engine alone, as globalThis.samatthanaFill (docs/fill-engine.md).
 * Injecting it again keeps the first copy, whose undo still knows the controls it changed.
 */
import { cssPath, fill, scan, undo, validateProfile, waitForForm } from './index';

const api = { version: 1, scan, fill, undo, cssPath, validateProfile, waitForForm };

declare global {
  var samatthanaFill: typeof api | undefined;
}

globalThis.samatthanaFill ??= api;
