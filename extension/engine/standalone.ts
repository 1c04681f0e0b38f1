/** Entry of dist/fill-engine.js: the engine alone, as globalThis.samatthanaFill (contracts §4). */
import { cssPath, fill, scan, undo, validateProfile, waitForForm } from './index';

const api = { version: 1, scan, fill, undo, waitForForm, cssPath, validateProfile };

declare global {
  var samatthanaFill: typeof api;
}

globalThis.samatthanaFill = api;
