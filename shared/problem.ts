/**
 * One shape for every fault found in input (interchange files, profiles, engine input): where it is,
 * in words the reader of that input uses, and what is wrong, Thai first.
 */
export interface Problem {
  /** Where: "บรรทัด 4, คอลัมน์ การบริการที่ดี", "คนที่ 12 (P012 นางสุภาพร …)", "fields[2].competency". */
  where: string;
  /** Thai first. */
  message: string;
}

/** The message of anything thrown. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A plain object (not null, not an array). */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
