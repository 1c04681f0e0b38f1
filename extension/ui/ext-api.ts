/**
 * The extension API object: Firefox's promise-based `browser`, else Chrome's `chrome`. Typed as
 * chrome's API, which both follow for the calls the panel makes.
 */
export function ext(): typeof chrome {
  const g = globalThis as unknown as { browser?: typeof chrome; chrome?: typeof chrome };
  const api = g.browser?.runtime?.id ? g.browser : g.chrome;
  if (!api?.runtime) throw new Error('หน้านี้ต้องเปิดจากปุ่มส่วนขยายสมรรถนะบนแถบเครื่องมือของเบราว์เซอร์');
  return api;
}

export { errorText } from '../../shared/problem';
