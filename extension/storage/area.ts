/**
 * The part of chrome.storage.local (and Firefox's browser.storage.local) the panel uses. Kept as
 * an interface so tests can hand in an in-memory area.
 */
export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** The browser's local storage area (Firefox: `browser.*`, promise-based; Chrome: `chrome.*`). */
export function localArea(): StorageArea {
  const g = globalThis as unknown as { browser?: typeof chrome; chrome?: typeof chrome };
  const api = g.browser?.storage ? g.browser : g.chrome;
  if (!api?.storage?.local) throw new Error('ไม่พบที่เก็บข้อมูลของส่วนขยาย');
  return api.storage.local as unknown as StorageArea;
}
