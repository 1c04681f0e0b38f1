/** Site profiles: teach-mode mappings, export and import (validated whole by the engine's checker). */
import { describe, expect, it } from 'vitest';
import {
  addMapping,
  exportProfiles,
  importProfiles,
  ProfileImportError,
  profileFor,
  removeMapping,
} from '../../../extension/profiles/site-profiles';

const site = 'https://dpis.example.go.th';
const pick = (selector: string) => ({ selector, control: 'select' as const, label: 'x' });

describe('site profiles', () => {
  it('adds mappings per site, replacing a control taught twice', () => {
    let p = addMapping({}, site, pick('#a'), 'ACH');
    p = addMapping(p, site, pick('#b'), 'SERV', 'P002');
    p = addMapping(p, site, pick('#a'), 'TW');
    expect(p[site]?.fields).toEqual([
      { selector: '#b', competency: 'SERV', control: 'select', evaluatee: 'P002' },
      { selector: '#a', competency: 'TW', control: 'select' },
    ]);
    p = removeMapping(p, site, 0);
    expect(p[site]?.fields.map((f) => f.selector)).toEqual(['#a']);
    expect(removeMapping(p, site, 0)).toEqual({});
  });

  it('refuses a mapping the engine would reject (a broken selector)', () => {
    expect(() => addMapping({}, site, pick('td[[['), 'ACH')).toThrow(/selector/i);
  });

  it('round-trips through export and import', () => {
    const p = addMapping({}, site, pick('#a'), 'ACH');
    const text = exportProfiles(p);
    expect(JSON.parse(text).format).toBe('samatthana/site-profiles');
    const back = importProfiles(text, {});
    expect(back.profiles).toEqual(p);
    expect(back.added).toEqual([site]);
  });

  it('accepts a single profile or an array too', () => {
    const one = { version: 1, site, fields: [{ selector: '#a', competency: 'ING', control: 'radio' }] };
    expect(Object.keys(importProfiles(JSON.stringify(one), {}).profiles)).toEqual([site]);
    expect(Object.keys(importProfiles(JSON.stringify([one]), {}).profiles)).toEqual([site]);
  });

  it('rejects a file with any bad profile, listing every problem, and changes nothing', () => {
    const before = addMapping({}, site, pick('#a'), 'ACH');
    const bad = JSON.stringify([
      {
        version: 1,
        site: 'https://a.go.th',
        fields: [{ selector: '#x', competency: 'ACH', control: 'select' }],
      },
      { version: 2, site: '', fields: [{ selector: '#y', competency: 'NOPE', control: 'slider' }] },
    ]);
    let err: unknown;
    try {
      importProfiles(bad, before);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ProfileImportError);
    const problems = (err as ProfileImportError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.where).toBe('$[1]');
    for (const word of ['version', 'site', 'competency', 'control'])
      expect(problems[0]!.message).toContain(word);
    expect(Object.keys(before)).toEqual([site]);
    expect(() => importProfiles('{not json', before)).toThrow(/JSON/);
    expect(() => importProfiles('[]', before)).toThrow(ProfileImportError);
  });

  it('finds the profile of a page by origin, or by a host pattern', () => {
    const p = {
      ...addMapping({}, site, pick('#a'), 'ACH'),
      ...addMapping({}, '*.bangkok.go.th', pick('#b'), 'TW'),
    };
    expect(profileFor(p, `${site}/kpi/form.php?id=3`)?.site).toBe(site);
    expect(profileFor(p, 'https://hr.bangkok.go.th/x')?.site).toBe('*.bangkok.go.th');
    expect(profileFor(p, 'https://bangkok.go.th.evil.com/x')).toBeUndefined();
    expect(profileFor(p, 'http://dpis.example.go.th/')).toBeUndefined();
    expect(profileFor(p, undefined)).toBeUndefined();
  });
});
