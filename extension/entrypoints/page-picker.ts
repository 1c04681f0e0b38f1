import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { cssPath } from '../engine';
import { createPicker } from '../profiles/picker';

/** Injected on demand in teach mode: defines globalThis.samatthanaPicker once per document. */
export default defineUnlistedScript(() => {
  const g = globalThis as unknown as { samatthanaPicker?: unknown };
  if (!g.samatthanaPicker) g.samatthanaPicker = createPicker(document, cssPath);
});
