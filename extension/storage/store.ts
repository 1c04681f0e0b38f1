/**
 * Loads and saves the panel's data: runs the migration chain, validates each entry, and moves an
 * entry that cannot be read under a quarantine key (with the reason) so the panel still opens and
 * nothing the user had is lost.
 */
import type { StorageArea } from './area';
import { migrate, type Snapshot, versionOf } from './migrations';
import {
  CURRENT_VERSION,
  KEYS,
  QUARANTINE_PREFIX,
  type QuarantinedEntry,
  type Settings,
  type StoredAssessment,
} from './schema';

export interface Validators<A, P> {
  /** Returns the checked assessment or throws with a Thai message. */
  assessment(data: unknown): A;
  /** Returns the checked site profile or throws with a Thai message. */
  profile(data: unknown): P;
}

export interface StorageProblem {
  key: string;
  message: string;
  /** Where the unreadable value was kept, if it was moved. */
  quarantinedAs?: string;
}

export interface LoadedState<A, P> {
  assessment: { data: A; fileName: string | null; savedAt: string } | null;
  profiles: Record<string, P>;
  settings: Settings;
  problems: StorageProblem[];
  /** Data from a newer version of the extension: shown, never overwritten. */
  readOnly: boolean;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export class PanelStore<A, P> {
  private readOnly = false;

  constructor(
    private readonly area: StorageArea,
    private readonly validate: Validators<A, P>,
  ) {}

  async load(): Promise<LoadedState<A, P>> {
    const problems: StorageProblem[] = [];
    const moved: Record<string, QuarantinedEntry> = {};
    const stamp = new Date().toISOString();
    const quarantine = (key: string, value: unknown, reason: string) => {
      const qKey = `${QUARANTINE_PREFIX}${key}:${stamp}:${Object.keys(moved).length}`;
      moved[qKey] = { key, reason, value: value === undefined ? null : value, at: stamp };
      problems.push({ key, message: reason, quarantinedAs: qKey });
    };

    const all = await this.area.get(null);
    const snapshot: Snapshot = Object.fromEntries(
      Object.entries(all).filter(([k]) => !k.startsWith(QUARANTINE_PREFIX)),
    );
    const version = versionOf(snapshot, CURRENT_VERSION);
    const empty: LoadedState<A, P> = {
      assessment: null,
      profiles: {},
      settings: {},
      problems,
      readOnly: false,
    };
    if (version === 'invalid') {
      // Unknown layout: keep everything as it was under quarantine and start clean.
      for (const [k, v] of Object.entries(snapshot))
        quarantine(k, v, `รุ่นของข้อมูลไม่ถูกต้อง (${String(snapshot[KEYS.version])})`);
      await this.area.set({ ...moved, [KEYS.version]: CURRENT_VERSION });
      await this.area.remove(Object.keys(snapshot).filter((k) => k !== KEYS.version));
      return empty;
    }
    if (version > CURRENT_VERSION) {
      this.readOnly = true;
      problems.push({
        key: KEYS.version,
        message: `ข้อมูลถูกบันทึกโดยส่วนขยายรุ่นที่ใหม่กว่า (รุ่นข้อมูล ${version}) — จะไม่บันทึกทับ โปรดอัปเดตส่วนขยาย`,
      });
      return { ...empty, readOnly: true };
    }

    let current: Snapshot;
    try {
      current = migrate(snapshot, version, CURRENT_VERSION, quarantine);
    } catch (e) {
      for (const [k, v] of Object.entries(snapshot)) quarantine(k, v, `ย้ายข้อมูลไม่สำเร็จ: ${messageOf(e)}`);
      current = { [KEYS.version]: CURRENT_VERSION };
    }

    const state: LoadedState<A, P> = { ...empty };
    const a = current[KEYS.assessment];
    if (a !== undefined) {
      try {
        if (!isObject(a) || !('data' in a)) throw new Error('รูปแบบที่บันทึกไม่ถูกต้อง');
        const data = this.validate.assessment(a.data);
        state.assessment = {
          data,
          fileName: typeof a.fileName === 'string' ? a.fileName : null,
          savedAt: typeof a.savedAt === 'string' ? a.savedAt : stamp,
        };
      } catch (e) {
        delete current[KEYS.assessment];
        quarantine(KEYS.assessment, a, `แบบประเมินที่บันทึกไว้อ่านไม่ได้: ${messageOf(e)}`);
      }
    }
    const profiles = current[KEYS.profiles];
    if (profiles !== undefined) {
      if (!isObject(profiles)) {
        delete current[KEYS.profiles];
        quarantine(KEYS.profiles, profiles, 'รายการโปรไฟล์เว็บไซต์ที่บันทึกไว้อ่านไม่ได้');
      } else {
        const kept: Record<string, unknown> = {};
        for (const [site, p] of Object.entries(profiles)) {
          try {
            state.profiles[site] = this.validate.profile(p);
            kept[site] = p;
          } catch (e) {
            quarantine(`${KEYS.profiles}.${site}`, p, `โปรไฟล์ของ ${site} อ่านไม่ได้: ${messageOf(e)}`);
          }
        }
        current[KEYS.profiles] = kept;
      }
    }
    const settings = current[KEYS.settings];
    if (settings !== undefined) {
      if (isObject(settings)) state.settings = settings as Settings;
      else {
        delete current[KEYS.settings];
        quarantine(KEYS.settings, settings, 'การตั้งค่าที่บันทึกไว้อ่านไม่ได้');
      }
    }

    // One write with everything that changed: quarantined copies first in the same call, so a
    // value is never removed before its copy exists.
    const changed = version !== CURRENT_VERSION || Object.keys(moved).length > 0;
    if (changed) {
      await this.area.set({ ...moved, ...current });
      const stale = Object.keys(snapshot).filter((k) => !(k in current));
      if (stale.length > 0) await this.area.remove(stale);
    }
    return state;
  }

  get isReadOnly(): boolean {
    return this.readOnly;
  }

  async saveAssessment(data: A | null, fileName: string | null): Promise<void> {
    if (this.readOnly) return;
    if (data === null) {
      await this.area.remove(KEYS.assessment);
      return;
    }
    const entry: StoredAssessment = { data, fileName, savedAt: new Date().toISOString() };
    await this.area.set({ [KEYS.assessment]: entry, [KEYS.version]: CURRENT_VERSION });
  }

  async saveProfiles(profiles: Record<string, P>): Promise<void> {
    if (this.readOnly) return;
    await this.area.set({ [KEYS.profiles]: profiles, [KEYS.version]: CURRENT_VERSION });
  }

  async saveSettings(settings: Settings): Promise<void> {
    if (this.readOnly) return;
    await this.area.set({ [KEYS.settings]: settings, [KEYS.version]: CURRENT_VERSION });
  }

  /** Everything set aside so far, oldest first. */
  async quarantined(): Promise<QuarantinedEntry[]> {
    const all = await this.area.get(null);
    return Object.entries(all)
      .filter(([k]) => k.startsWith(QUARANTINE_PREFIX))
      .map(([, v]) => v as QuarantinedEntry)
      .sort((a, b) => a.at.localeCompare(b.at));
  }
}
