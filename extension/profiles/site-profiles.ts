/**
 * The user's site profiles (teach mode): one per site, keyed by the site's origin. Import and
 * export as JSON; an import is checked whole with the engine's validateProfile and either applied
 * whole or rejected with every problem listed.
 */
import type { CompetencyCode } from '../../shared/dictionary';
import { errorText, type Problem } from '../../shared/problem';
import { parseSite, siteKey, siteMatches, validateProfile } from '../engine';
import type { PickedField } from './picker';
import type { FieldMapping, SiteProfile } from './types';

export const PROFILES_FORMAT = 'samatthana/site-profiles';

export type ProfileMap = Record<string, SiteProfile>;

/** A problem in an import file or a stored profile: where it is (a field path) and what is wrong. */
export type ImportProblem = Problem;

// Bounds that keep a hostile or broken file from freezing the panel: a real profile is four levels
// deep and has a few fields per competency and person.
const MAX_TEXT = 10 * 1024 * 1024;
const MAX_DEPTH = 32;
const MAX_FIELDS = 5000;
const MAX_PROBLEMS = 100;
const MAX_PER_PROFILE = 25;
const MAX_MESSAGE = 240;

export class ProfileImportError extends Error {
  readonly problems: ImportProblem[];

  constructor(problems: ImportProblem[]) {
    const shown = problems.slice(0, MAX_PROBLEMS);
    if (problems.length > MAX_PROBLEMS)
      shown.push({ where: '$', message: `และปัญหาอื่นอีก ${problems.length - MAX_PROBLEMS} จุด (more problems)` });
    super(
      `ไฟล์โปรไฟล์ไม่ถูกต้อง ${problems.length} จุด (rejected, nothing imported)\n` +
        shown.map((p) => `  ${p.where}: ${p.message}`).join('\n'),
    );
    this.name = 'ProfileImportError';
    this.problems = shown;
  }
}

/** A profile that cannot be used; `problems` name their field paths inside the profile. */
export class ProfileCheckError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => (p.where ? `${p.where}: ${p.message}` : p.message)).join('; '));
    this.name = 'ProfileCheckError';
  }
}

/** Messages quote the offending value; a huge value must not make a huge message. */
function short(message: string): string {
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message;
}

function pathOf(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

/**
 * Shape limits checked before the full validation: nesting (whose quoting would overflow the
 * stack) and the number of fields. Walks without recursion; reports the field the deep value sits in.
 */
function limitProblems(json: unknown): Problem[] {
  const out: Problem[] = [];
  const fields = (json as { fields?: unknown } | null)?.fields;
  if (Array.isArray(fields) && fields.length > MAX_FIELDS)
    out.push({ where: 'fields', message: `มีช่องมากเกินไป ${fields.length} ช่อง (at most ${MAX_FIELDS})` });
  const stack: { v: unknown; keys: (string | number)[] }[] = [{ v: json, keys: [] }];
  while (stack.length > 0 && out.length === 0) {
    const { v, keys } = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (keys.length > MAX_DEPTH) {
      // The first three steps name the field (fields[2].competency); below that is the bad value.
      const path = keys.slice(0, 3).reduce<string>((p, k) => pathOf(p, k), '');
      out.push({ where: path, message: `ข้อมูลซ้อนกันลึกเกินไป (nested more than ${MAX_DEPTH} levels)` });
      break;
    }
    const entries: [string | number, unknown][] = Array.isArray(v)
      ? v.map((x, i) => [i, x])
      : Object.entries(v);
    for (const [k, x] of entries) stack.push({ v: x, keys: [...keys, k] });
  }
  return out;
}

/** Every problem of one profile, each with its field path ("fields[2].competency"); [] when usable. */
export function profileProblems(json: unknown): Problem[] {
  const limits = limitProblems(json);
  if (limits.length > 0) return limits;
  let r: ReturnType<typeof validateProfile>;
  try {
    r = validateProfile(json);
  } catch (e) {
    return [
      { where: '', message: `ตรวจโปรไฟล์ไม่สำเร็จ (could not check the profile): ${short(errorText(e))}` },
    ];
  }
  const problems = r.ok ? [] : r.problems.map((p) => ({ where: p.where, message: short(p.message) }));
  const site = (json as { site?: unknown } | null)?.site;
  if (typeof site === 'string' && site.trim() !== '') {
    const s = parseSite(site);
    if ('problem' in s) problems.push({ where: 'site', message: s.problem });
  }
  return problems;
}

/** One profile checked by the engine's validator and the site rules; throws with every problem, Thai first. */
export function checkProfile(json: unknown): SiteProfile {
  const problems = profileProblems(json);
  if (problems.length > 0) throw new ProfileCheckError(problems);
  return json as SiteProfile;
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

/** A problem of one profile in the file, placed under the profile's own path ($.profiles[1].site). */
function placed(base: string, p: Problem): ImportProblem {
  if (!p.where || p.where === 'profile') return { where: base, message: p.message };
  return { where: p.where.startsWith('[') ? `${base}${p.where}` : `${base}.${p.where}`, message: p.message };
}

/**
 * Reads exported profiles (the export format, an array of profiles, or one profile) and merges
 * them into `profiles`. All or nothing: one bad profile rejects the file, and `profiles` itself is
 * never changed. Throws only ProfileImportError, whose problems each name a field path.
 */
export function importProfiles(
  text: string,
  profiles: ProfileMap,
): { profiles: ProfileMap; added: string[] } {
  if (text.length > MAX_TEXT)
    throw new ProfileImportError([{ where: '$', message: 'ไฟล์ใหญ่เกินไปสำหรับไฟล์โปรไฟล์ (file too large)' }]);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ProfileImportError([{ where: '$', message: `ไม่ใช่ JSON ที่ถูกต้อง: ${short(errorText(e))}` }]);
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

  const problems: ImportProblem[] = [];
  const checked: SiteProfile[] = [];
  const seen = new Map<string, string>();
  list.forEach((p, i) => {
    const where = Array.isArray(json) || base !== '$' ? `${base}[${i}]` : '$';
    const found = profileProblems(p);
    if (found.length > 0) {
      // A few per profile, so that one profile's thousand faults do not hide the next profile's.
      problems.push(...found.slice(0, MAX_PER_PROFILE).map((q) => placed(where, q)));
      if (found.length > MAX_PER_PROFILE)
        problems.push({
          where,
          message: `และปัญหาอื่นในโปรไฟล์นี้อีก ${found.length - MAX_PER_PROFILE} จุด (more problems)`,
        });
      return;
    }
    const profile = p as SiteProfile;
    // Sites are kept in one canonical form so that teach mode and a page find the same profile.
    const s = parseSite(profile.site);
    const site = 'site' in s ? s.site : profile.site;
    const first = seen.get(site);
    if (first) {
      problems.push({ where: `${where}.site`, message: `เว็บไซต์ซ้ำกับ ${first} (duplicate site): ${site}` });
      return;
    }
    seen.set(site, where);
    checked.push(site === profile.site ? profile : { ...profile, site });
  });
  if (problems.length > 0) throw new ProfileImportError(problems);
  const next: ProfileMap = { ...profiles };
  for (const p of checked)
    Object.defineProperty(next, p.site, { value: p, enumerable: true, writable: true, configurable: true });
  return { profiles: next, added: checked.map((p) => p.site) };
}

/**
 * The profile that applies to a page: its origin's; else one whose site is that origin or host in
 * another spelling; else the closest host pattern (*.example.go.th) that covers it.
 */
export function profileFor(profiles: ProfileMap, url: string | undefined): SiteProfile | undefined {
  const key = siteKey(url);
  if (!url || !key) return undefined;
  if (Object.hasOwn(profiles, key)) return profiles[key];
  const matching = Object.values(profiles).filter(
    (p) => typeof p?.site === 'string' && siteMatches(p.site, url),
  );
  const exact = matching.find((p) => !p.site.startsWith('*.'));
  if (exact) return exact;
  return matching.sort((a, b) => b.site.length - a.site.length)[0];
}
