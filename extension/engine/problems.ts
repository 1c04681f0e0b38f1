/** Collecting every fault in a piece of input before refusing it: in Thai, each with where it is. */
import { cleanText } from '../../shared/text/normalize';

export interface Problem {
  /** Where in the input: "fields[2].competency", "people[0].competencies.ACH". */
  where: string;
  message: string;
}

/** The beginning of a text that may be megabytes long, for a message. */
export const cut = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * A short preview of any value for a message. Arrays and objects are not walked: one nested
 * thousands deep overflows JSON.stringify's stack, and a big one would make a message of megabytes.
 */
export const quote = (v: unknown): string =>
  v === undefined
    ? 'ไม่มีค่า'
    : v && typeof v === 'object'
      ? '…'
      : typeof v === 'string'
        ? JSON.stringify(cut(v))
        : String(v);

export class Problems {
  readonly list: Problem[] = [];

  add(where: string, message: string): void {
    this.list.push({ where, message });
  }

  isObject(where: string, v: unknown): v is Record<string, unknown> {
    const ok = typeof v === 'object' && v !== null && !Array.isArray(v);
    if (!ok) this.add(where, 'ต้องเป็นออบเจกต์');
    return ok;
  }

  oneOf(where: string, v: unknown, allowed: readonly unknown[]): void {
    if (!allowed.includes(v)) this.add(where, `ต้องเป็น ${allowed.join(' / ')}; ได้ ${quote(v)}`);
  }

  /** Text that shows something: spaces and zero-width characters alone are empty (cleanText). */
  text(where: string, v: unknown, required = true): v is string {
    if (v === undefined && !required) return false;
    const ok = typeof v === 'string' && cleanText(v) !== '';
    if (!ok) this.add(where, 'ต้องเป็นข้อความที่ไม่ว่าง');
    return ok;
  }

  /** Keys nobody reads are most often typos ("competancy"). */
  knownKeys(where: string, o: Record<string, unknown>, allowed: readonly string[]): void {
    for (const k of Object.keys(o)) {
      if (!allowed.includes(k))
        this.add(where ? `${where}.${cut(k)}` : cut(k), `ไม่รู้จักช่องนี้; ใช้ได้: ${allowed.join(', ')}`);
    }
  }
}
