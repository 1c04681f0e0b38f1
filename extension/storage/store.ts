/**
 * Loads and saves the panel's data: runs the migration chain, validates each entry, and moves an
 * entry that cannot be read under a quarantine key (with the reason) so the panel still opens and
 * nothing the user had is lost.
 */

import { errorText, isObject } from '../../shared/problem';
import type { StorageArea } from './area';
import { migrate, type Quarantine, type Snapshot, setOwn, versionOf } from './migrations';
import {
  CURRENT_VERSION,
  checkSettings,
  KEYS,
  QUARANTINE_PREFIX,
  type QuarantinedEntry,
  type Settings,
  type StoredAssessment,
} from './schema';

export interface Validators<A, P> {
  /** Returns the checked assessment or throws with a Thai message. */
  assessment(data: unknown): A;
  /** Returns the checked site profile kept under `key`, or throws with a Thai message. */
  profile(data: unknown, key: string): P;
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
  /** Data from a newer version of the extension, or storage that refused a write: shown, never overwritten. */
  readOnly: boolean;
}

/** What a loader hands back when nothing of its key's value can stay in storage. */
const REMOVED = Symbol('removed');

/**
 * Reads one stored key into the panel's state: sets what it could read, quarantines what it could
 * not, and returns what stays stored under the key (REMOVED when nothing does).
 */
type KeyLoader<A, P> = (
  value: unknown,
  state: LoadedState<A, P>,
  quarantine: Quarantine,
  stamp: string,
) => unknown | typeof REMOVED;

/** A stored value for a message; never throws (a stored {"toString": 1} cannot be turned into text). */
function shown(v: unknown): string {
  try {
    const s = typeof v === 'string' ? v : JSON.stringify(v);
    return s === undefined ? 'ไม่มีค่า' : s.length > 80 ? `${s.slice(0, 80)}…` : s;
  } catch {
    return typeof v;
  }
}

function isEntry(v: unknown): v is QuarantinedEntry {
  return isObject(v) && typeof v.key === 'string' && typeof v.reason === 'string' && typeof v.at === 'string';
}

export class PanelStore<A, P> {
  private readOnly = false;

  constructor(
    private readonly area: StorageArea,
    private readonly validate: Validators<A, P>,
  ) {}

  /** One loader per stored key, run in this order after the migrations. */
  private readonly loaders: Record<string, KeyLoader<A, P>> = {
    [KEYS.assessment]: (a, state, quarantine, stamp) => {
      try {
        if (!isObject(a) || !('data' in a)) throw new Error('รูปแบบที่บันทึกไม่ถูกต้อง');
        const data = this.validate.assessment(a.data);
        state.assessment = {
          data,
          fileName: typeof a.fileName === 'string' ? a.fileName : null,
          savedAt: typeof a.savedAt === 'string' ? a.savedAt : stamp,
        };
        return a;
      } catch (e) {
        quarantine(KEYS.assessment, a, `แบบประเมินที่บันทึกไว้อ่านไม่ได้: ${errorText(e)}`);
        return REMOVED;
      }
    },
    [KEYS.profiles]: (profiles, state, quarantine) => {
      if (!isObject(profiles)) {
        quarantine(KEYS.profiles, profiles, 'รายการโปรไฟล์เว็บไซต์ที่บันทึกไว้อ่านไม่ได้');
        return REMOVED;
      }
      const kept: Record<string, unknown> = {};
      for (const [site, p] of Object.entries(profiles)) {
        try {
          setOwn(state.profiles, site, this.validate.profile(p, site));
          setOwn(kept, site, p);
        } catch (e) {
          quarantine(`${KEYS.profiles}.${site}`, p, `โปรไฟล์ของ ${site} อ่านไม่ได้: ${errorText(e)}`);
        }
      }
      return kept;
    },
    [KEYS.settings]: (settings, state, quarantine) => {
      if (!isObject(settings)) {
        quarantine(KEYS.settings, settings, 'การตั้งค่าที่บันทึกไว้อ่านไม่ได้');
        return REMOVED;
      }
      const checked = checkSettings(settings);
      state.settings = checked.settings;
      for (const r of checked.rejected) quarantine(`${KEYS.settings}.${r.field}`, r.value, r.reason);
      return checked.rejected.length > 0 ? checked.settings : settings;
    },
  };

  async load(): Promise<LoadedState<A, P>> {
    const problems: StorageProblem[] = [];
    const moved: Record<string, QuarantinedEntry> = {};
    const stamp = new Date().toISOString();
    const all = await this.area.get(null);
    let serial = 0;
    const quarantine = (key: string, value: unknown, reason: string) => {
      // Never reuse a quarantine key: an earlier copy under the same name would be overwritten.
      let qKey: string;
      do qKey = `${QUARANTINE_PREFIX}${key}:${stamp}:${serial++}`;
      while (Object.hasOwn(all, qKey));
      moved[qKey] = { key, reason, value: value === undefined ? null : value, at: stamp };
      problems.push({ key, message: reason, quarantinedAs: qKey });
    };

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
        quarantine(k, v, `รุ่นของข้อมูลไม่ถูกต้อง (${shown(snapshot[KEYS.version])})`);
      const stale = Object.keys(snapshot).filter((k) => k !== KEYS.version);
      return (await this.write({ ...moved, [KEYS.version]: CURRENT_VERSION }, stale, problems))
        ? empty
        : this.frozen(empty);
    }
    if (version > CURRENT_VERSION) {
      problems.push({
        key: KEYS.version,
        message: `ข้อมูลถูกบันทึกโดยส่วนขยายรุ่นที่ใหม่กว่า (รุ่นข้อมูล ${version}) — จะไม่บันทึกทับ โปรดอัปเดตส่วนขยาย`,
      });
      return this.frozen(empty);
    }

    let current: Snapshot;
    try {
      current = migrate(snapshot, version, CURRENT_VERSION, quarantine);
    } catch (e) {
      for (const [k, v] of Object.entries(snapshot)) quarantine(k, v, `ย้ายข้อมูลไม่สำเร็จ: ${errorText(e)}`);
      current = { [KEYS.version]: CURRENT_VERSION };
    }

    const state: LoadedState<A, P> = { ...empty };
    for (const [key, loader] of Object.entries(this.loaders)) {
      const value = current[key];
      if (value === undefined) continue;
      const kept = loader(value, state, quarantine, stamp);
      if (kept === REMOVED) delete current[key];
      else current[key] = kept;
    }

    // One write with everything that changed: quarantined copies first in the same call, so a
    // value is never removed before its copy exists.
    const changed = version !== CURRENT_VERSION || Object.keys(moved).length > 0;
    if (changed) {
      const stale = Object.keys(snapshot).filter((k) => !Object.hasOwn(current, k));
      if (!(await this.write({ ...moved, ...current }, stale, problems))) return this.frozen(state);
    }
    return state;
  }

  /**
   * Writes the loaded layout, then removes what it replaced. When storage refuses (full, or a value
   * it cannot hold) nothing is removed, and the panel works on without saving so that the entries
   * not yet copied are never overwritten.
   */
  private async write(items: Record<string, unknown>, stale: string[], problems: StorageProblem[]) {
    try {
      await this.area.set(items);
      if (stale.length > 0) await this.area.remove(stale);
      return true;
    } catch (e) {
      problems.push({
        key: 'storage',
        message: `บันทึกการจัดเก็บข้อมูลไม่สำเร็จ: ${errorText(e)} — จะไม่บันทึกทับข้อมูลเดิม`,
      });
      return false;
    }
  }

  private frozen(state: LoadedState<A, P>): LoadedState<A, P> {
    this.readOnly = true;
    return { ...state, readOnly: true };
  }

  get isReadOnly(): boolean {
    return this.readOnly;
  }

  /** Saves an assessment after checking it with the same validator that reads it back. */
  async saveAssessment(data: A | null, fileName: string | null): Promise<void> {
    if (this.readOnly) return;
    if (data === null) {
      await this.area.remove(KEYS.assessment);
      return;
    }
    this.validate.assessment(data);
    const entry: StoredAssessment = { data, fileName, savedAt: new Date().toISOString() };
    await this.area.set({ [KEYS.assessment]: entry, [KEYS.version]: CURRENT_VERSION });
  }

  /** Saves the site profiles; one that would not load back rejects the whole save. */
  async saveProfiles(profiles: Record<string, P>): Promise<void> {
    if (this.readOnly) return;
    for (const [site, p] of Object.entries(profiles)) this.validate.profile(p, site);
    await this.area.set({ [KEYS.profiles]: profiles, [KEYS.version]: CURRENT_VERSION });
  }

  async saveSettings(settings: Settings): Promise<void> {
    if (this.readOnly) return;
    const { rejected } = checkSettings(settings as Record<string, unknown>);
    if (rejected.length > 0) throw new Error(rejected.map((r) => r.reason).join('; '));
    await this.area.set({ [KEYS.settings]: settings, [KEYS.version]: CURRENT_VERSION });
  }

  /** Everything set aside so far, oldest first; an entry that is itself damaged is listed as found. */
  async quarantined(): Promise<QuarantinedEntry[]> {
    const all = await this.area.get(null);
    return Object.entries(all)
      .filter(([k]) => k.startsWith(QUARANTINE_PREFIX))
      .map(([k, v]) =>
        isEntry(v)
          ? v
          : { key: k.slice(QUARANTINE_PREFIX.length), reason: 'รายการที่เก็บแยกไว้เสียหาย', value: v, at: '' },
      )
      .sort((a, b) => a.at.localeCompare(b.at));
  }
}
