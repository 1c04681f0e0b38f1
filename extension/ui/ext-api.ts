/**
 * The extension API through WXT's `browser` (wxt/browser: Firefox's promise-based `browser`, else
 * Chrome's `chrome`), with a Thai error where a page runs outside the extension.
 */
import { browser } from 'wxt/browser';

export function ext(): typeof browser {
  if (!browser?.runtime) throw new Error('หน้านี้ต้องเปิดจากปุ่มส่วนขยายสมรรถนะบนแถบเครื่องมือของเบราว์เซอร์');
  return browser;
}
