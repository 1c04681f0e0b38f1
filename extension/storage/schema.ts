/**
 * What the extension keeps in storage, and under which keys. The layout has a version; every change
 * of layout adds a migration in migrations.ts and bumps CURRENT_VERSION.
 *
 * Version 1 (first release): `assessment` held the assessment object itself and `siteProfiles` an
 * array of site profiles.
 * Version 2: `assessment` holds { data, fileName, savedAt }, `profiles` maps a site to its profile,
 * `settings` holds the panel's choices.
 */
import { isSetId, SET_IDS, type SetId } from '../../shared/dictionary/types';
import { isMethod, METHODS, type Method } from '../../shared/interchange/types';

export const CURRENT_VERSION = 2;

export const KEYS = {
  version: 'schemaVersion',
  assessment: 'assessment',
  profiles: 'profiles',
  settings: 'settings',
} as const;

/** Entries that could not be read are moved under this prefix, never deleted. */
export const QUARANTINE_PREFIX = 'quarantine:';

export interface StoredAssessment {
  data: unknown;
  fileName: string | null;
  savedAt: string;
}

export interface Settings {
  /** Set and method used when a CSV is imported (a CSV carries neither). */
  csvSet?: SetId;
  csvMethod?: Method;
  /** Whether "fill" may replace values already on the page. */
  overwrite?: boolean;
}

/** What each setting may hold; a value outside it is set aside, the other settings are kept. */
const SETTING_RULES: Record<keyof Settings, { ok(v: unknown): boolean; expected: string }> = {
  csvSet: { ok: isSetId, expected: SET_IDS.join(' / ') },
  csvMethod: { ok: isMethod, expected: METHODS.join(' / ') },
  overwrite: { ok: (v) => typeof v === 'boolean', expected: 'true / false' },
};

/** Splits stored settings into the usable ones and those to set aside (unknown or out of range). */
export function checkSettings(stored: Record<string, unknown>): {
  settings: Settings;
  rejected: { field: string; value: unknown; reason: string }[];
} {
  const settings: Record<string, unknown> = {};
  const rejected: { field: string; value: unknown; reason: string }[] = [];
  for (const [field, value] of Object.entries(stored)) {
    const rule = Object.hasOwn(SETTING_RULES, field) ? SETTING_RULES[field as keyof Settings] : undefined;
    if (!rule) rejected.push({ field, value, reason: `ไม่รู้จักการตั้งค่า ${field}` });
    else if (!rule.ok(value))
      rejected.push({ field, value, reason: `การตั้งค่า ${field} ต้องเป็น ${rule.expected}` });
    else settings[field] = value;
  }
  return { settings: settings as Settings, rejected };
}

export interface QuarantinedEntry {
  key: string;
  reason: string;
  value: unknown;
  at: string;
}
