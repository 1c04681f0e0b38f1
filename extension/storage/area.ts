/**
 * The part of chrome.storage.local (and Firefox's browser.storage.local) the panel uses. Kept as
 * an interface so tests can hand in an in-memory area.
 */
import { browser } from 'wxt/browser';

export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** The browser's local storage area, through WXT's `browser` (Firefox's `browser`, Chrome's `chrome`). */
export function localArea(): StorageArea {
  if (!browser?.storage?.local) throw new Error('ไม่พบที่เก็บข้อมูลของส่วนขยาย');
  return browser.storage.local as unknown as StorageArea;
}
