/**
 * The user's site profiles (teach mode): one per site, keyed by the site's origin. Import and
 * export as JSON; an import is checked whole with the engine's validateProfile and either applied
 * whole or rejected with every problem listed.
 */
import type { CompetencyCode } from '../../shared/dictionary';
import { validateProfile } from '../engine';
import type { PickedField } from './picker';
import type { FieldMapping, SiteProfile } from './types';

export const PROFILES_FORMAT = 'samatthana/site-profiles';

export type ProfileMap = Record<string, SiteProfile>;

export class ProfileImportError extends Error {
  constructor(readonly problems: { where: string; message: string }[]) {
    super(
      `ไฟล์โปรไฟล์ไม่ถูกต้อง ${problems.length} จุด (rejected, nothing imported)\n` +
        problems.map((p) => `  ${p.where}: ${p.message}`).join('\n'),
    );
    this.name = 'ProfileImportError';
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** One profile checked by the engine's validator; throws with every problem, Thai first. */
export function checkProfile(json: unknown): SiteProfile {
  const r = validateProfile(json);
  if (r.ok) return r.profile;
  throw new Error(r.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; '));
}

/** Adds (or replaces) the mapping of one control in the profile of `site`. */
export function addMapping(
  profiles: ProfileMap,
  site: string,
  picked: PickedField,
  competency: CompetencyCode,
  evaluatee?: string,
): ProfileMap {
  const old = profiles[site] ?? { version: 1 as const, site, fields: [] };
  const mapping: FieldMapping = {
    selector: picked.selector,
    competency,
    control: picked.control,
    ...(evaluatee ? { evaluatee } : {}),
  };
  const fields = old.fields.filter(
    (f) =>
      f.selector !== mapping.selector && !(f.competency === competency && f.evaluatee === mapping.evaluatee),
  );
  const next = checkProfile({ ...old, fields: [...fields, mapping] });
  return { ...profiles, [site]: next };
}

export function removeMapping(profiles: ProfileMap, site: string, index: number): ProfileMap {
  const old = profiles[site];
  if (!old) return profiles;
  const fields = old.fields.filter((_, i) => i !== index);
  const next = { ...profiles };
  if (fields.length === 0) delete next[site];
  else next[site] = { ...old, fields };
  return next;
}

export function exportProfiles(profiles: ProfileMap): string {
  return `${JSON.stringify({ format: PROFILES_FORMAT, version: 1, profiles: Object.values(profiles) }, null, 2)}\n`;
}

/**
 * Reads exported profiles (the export format, an array of profiles, or one profile) and merges
 * them into `profiles`. All or nothing: one bad profile rejects the file.
 */
export function importProfiles(
  text: string,
  profiles: ProfileMap,
): { profiles: ProfileMap; added: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ProfileImportError([{ where: '$', message: `ไม่ใช่ JSON ที่ถูกต้อง: ${messageOf(e)}` }]);
  }
  let list: unknown[];
  let base = '$';
  if (Array.isArray(json)) list = json;
  else if (json && typeof json === 'object' && (json as { format?: unknown }).format === PROFILES_FORMAT) {
    const inner = (json as { profiles?: unknown }).profiles;
    if (!Array.isArray(inner))
      throw new ProfileImportError([{ where: '$.profiles', message: 'ต้องเป็นรายการโปรไฟล์' }]);
    list = inner;
    base = '$.profiles';
  } else list = [json];
  if (list.length === 0) throw new ProfileImportError([{ where: base, message: 'ไม่มีโปรไฟล์ในไฟล์' }]);

  const problems: { where: string; message: string }[] = [];
  const checked: SiteProfile[] = [];
  list.forEach((p, i) => {
    const where = Array.isArray(json) || base !== '$' ? `${base}[${i}]` : '$';
    try {
      checked.push(checkProfile(p));
    } catch (e) {
      problems.push({ where, message: messageOf(e) });
    }
  });
  if (problems.length > 0) throw new ProfileImportError(problems);
  const next = { ...profiles };
  for (const p of checked) next[p.site] = p;
  return { profiles: next, added: checked.map((p) => p.site) };
}

/** The profile that applies to a page: its origin's, else one whose site is a host pattern matching it. */
export function profileFor(profiles: ProfileMap, url: string | undefined): SiteProfile | undefined {
  if (!url) return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const own = profiles[u.origin];
  if (own) return own;
  return Object.values(profiles).find((p) => {
    if (!p.site.startsWith('*.')) return false;
    const domain = p.site.slice(2);
    return u.hostname === domain || u.hostname.endsWith(`.${domain}`);
  });
}
