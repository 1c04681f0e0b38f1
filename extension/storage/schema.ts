/**
 * What the extension keeps in storage, and under which keys. The layout has a version; every change
 * of layout adds a migration in migrations.ts and bumps CURRENT_VERSION.
 *
 * Version 1 (first release): `assessment` held the assessment object itself and `siteProfiles` an
 * array of site profiles.
 * Version 2: `assessment` holds { data, fileName, savedAt }, `profiles` maps a site to its profile,
 * `settings` holds the panel's choices.
 */
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
  csvSet?: 'bma' | 'ocsc';
  csvMethod?: 'gap' | 'rating' | 'bma-points';
  /** Whether "fill" may replace values already on the page. */
  overwrite?: boolean;
}

export interface QuarantinedEntry {
  key: string;
  reason: string;
  value: unknown;
  at: string;
}
