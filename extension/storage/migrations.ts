/**
 * Migrations of the stored layout, one step per version. Each step turns a snapshot of storage
 * written by version N into the layout of version N + 1. A value a step cannot understand is
 * handed to `quarantine` with its reason instead of being dropped or crashing the panel.
 */
import { isObject } from '../../shared/problem';
import { KEYS } from './schema';

export type Snapshot = Record<string, unknown>;
export type Quarantine = (key: string, value: unknown, reason: string) => void;
export type Migration = (snapshot: Snapshot, quarantine: Quarantine) => Snapshot;

/** Sets an own entry even for keys such as "__proto__", which plain assignment would not store. */
export function setOwn(o: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/** MIGRATIONS[n] migrates version n to n + 1. */
export const MIGRATIONS: Record<number, Migration> = {
  1: (old, quarantine) => {
    const next: Snapshot = { ...old };
    delete next.siteProfiles;
    if (Object.hasOwn(old, KEYS.assessment)) {
      const a = old[KEYS.assessment];
      if (isObject(a) && Array.isArray(a.people)) {
        next[KEYS.assessment] = { data: a, fileName: null, savedAt: new Date(0).toISOString() };
      } else {
        delete next[KEYS.assessment];
        quarantine(KEYS.assessment, a, 'รุ่น 1: แบบประเมินที่บันทึกไว้ไม่มีรายชื่อผู้รับการประเมิน');
      }
    }
    if (Object.hasOwn(old, KEYS.profiles)) {
      // Version 1 never wrote this key; whatever is there would be overwritten below.
      delete next[KEYS.profiles];
      quarantine(KEYS.profiles, old[KEYS.profiles], 'รุ่น 1: มีข้อมูลที่ไม่รู้จักในที่เก็บโปรไฟล์เว็บไซต์');
    }
    if (Object.hasOwn(old, 'siteProfiles')) {
      const list = old.siteProfiles;
      const profiles: Record<string, unknown> = {};
      if (Array.isArray(list)) {
        list.forEach((p, i) => {
          const site = isObject(p) && typeof p.site === 'string' ? p.site : null;
          if (!site) quarantine(`siteProfiles[${i}]`, p, 'รุ่น 1: โปรไฟล์เว็บไซต์ไม่ได้ระบุเว็บไซต์');
          else if (Object.hasOwn(profiles, site))
            quarantine(`siteProfiles[${i}]`, p, `รุ่น 1: โปรไฟล์ของ ${site} ซ้ำกับรายการก่อนหน้า`);
          else setOwn(profiles, site, p);
        });
      } else {
        quarantine('siteProfiles', list, 'รุ่น 1: โปรไฟล์เว็บไซต์ที่บันทึกไว้ไม่ใช่รายการ');
      }
      next[KEYS.profiles] = profiles;
    }
    return next;
  },
};

/** The version a snapshot was written by: its version key, or 1 for data from before versions were stored. */
export function versionOf(snapshot: Snapshot, current: number): number | 'invalid' {
  const v = snapshot[KEYS.version];
  if (v === undefined) return Object.keys(snapshot).length === 0 ? current : 1;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 'invalid';
}

/** Runs every step from `from` up to `to`; throws when a step is missing. */
export function migrate(snapshot: Snapshot, from: number, to: number, quarantine: Quarantine): Snapshot {
  let s = snapshot;
  for (let v = from; v < to; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`ไม่มีขั้นตอนย้ายข้อมูลจากรุ่น ${v} ไปรุ่น ${v + 1}`);
    s = step(s, quarantine);
  }
  return { ...s, [KEYS.version]: to };
}
