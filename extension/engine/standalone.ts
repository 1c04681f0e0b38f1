/**
 * Entry of dist/fill-engine.js: the engine alone, as globalThis.samatthanaFill (contracts §4).
 * Injecting it again keeps the first copy, whose undo still knows the controls it changed.
 * dist/fill-wait.js adds `waitForForm` for the extension.
 */
import { cssPath, fill, scan, undo, validateProfile, type waitForForm } from './index';

const api: {
  version: number;
  scan: typeof scan;
  fill: typeof fill;
  undo: typeof undo;
  cssPath: typeof cssPath;
  validateProfile: typeof validateProfile;
  waitForForm?: typeof waitForForm;
} = { version: 1, scan, fill, undo, cssPath, validateProfile };

declare global {
  var samatthanaFill: typeof api | undefined;
}

globalThis.samatthanaFill ??= api;
