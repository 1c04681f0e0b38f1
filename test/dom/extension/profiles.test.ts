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
    // One problem per fault, each at its field path inside the second profile; none for the first.
    const problems = (err as ProfileImportError).problems;
    expect(problems.map((p) => p.where)).toEqual([
      '$[1].version',
      '$[1].site',
      '$[1].fields[0].competency',
      '$[1].fields[0].control',
    ]);
    expect(problems[2]!.message).toContain('NOPE');
    expect((err as Error).message).toContain('$[1].fields[0].control');
    expect(Object.keys(before)).toEqual([site]);
    expect(() => importProfiles('{not json', before)).toThrow(/JSON/);
    expect(() => importProfiles('[]', before)).toThrow(ProfileImportError);
  });

  it('keeps sites in one canonical form and refuses what is not a site', () => {
    const one = (s: string) =>
      JSON.stringify({
        version: 1,
        site: s,
        fields: [{ selector: '#a', competency: 'ACH', control: 'text' }],
      });
    const site = (s: string) => importProfiles(one(s), {}).added[0];
    expect(site('HTTPS://DPIS.Example.go.th:443/')).toBe('https://dpis.example.go.th');
    expect(site('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    expect(site('*.Bangkok.go.th')).toBe('*.bangkok.go.th');
    expect(site('eval.example.go.th')).toBe('eval.example.go.th');
    // A Thai domain name is kept the way the browser reports the page's origin.
    expect(site('https://ตัวอย่าง.ไทย')).toBe(new URL('https://ตัวอย่าง.ไทย').origin);
    for (const bad of [
      '__proto__',
      'https://a.go.th/kpi/form.php',
      'ftp://a.go.th',
      'javascript:alert(1)',
      'https://dpis\u200b.example.go.th',
      'https://user:pw@a.go.th',
      '*.*.go.th',
      'a b.go.th',
    ]) {
      let err: unknown;
      try {
        importProfiles(one(bad), {});
      } catch (e) {
        err = e;
      }
      expect(err, bad).toBeInstanceOf(ProfileImportError);
      expect(
        (err as ProfileImportError).problems.map((p) => p.where),
        bad,
      ).toEqual(['$.site']);
    }
  });

  it('refuses two profiles for the same site in one file', () => {
    const p = (s: string, c: string) => ({
      version: 1,
      site: s,
      fields: [{ selector: '#a', competency: c, control: 'text' }],
    });
    let err: unknown;
    try {
      importProfiles(JSON.stringify([p(site, 'ACH'), p(`${site}/`, 'TW')]), {});
    } catch (e) {
      err = e;
    }
    expect((err as ProfileImportError).problems).toEqual([
      { where: '$[1].site', message: expect.stringContaining('$[0]') },
    ]);
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
    // A host (the engine's form of a site) also applies; the closest pattern wins over a wider one.
    const q = {
      ...addMapping({}, 'eval.example.go.th', pick('#c'), 'EXP'),
      ...addMapping({}, '*.go.th', pick('#d'), 'ING'),
      ...p,
    };
    expect(profileFor(q, 'https://eval.example.go.th/form')?.site).toBe('eval.example.go.th');
    expect(profileFor(q, 'https://hr.bangkok.go.th/x')?.site).toBe('*.bangkok.go.th');
    expect(profileFor(q, 'https://moe.go.th/x')?.site).toBe('*.go.th');
    expect(profileFor(q, 'https://example.com/x')).toBeUndefined();
    // A pattern without a port covers every port; a host with a port only that port.
    expect(profileFor(q, 'https://hr.bangkok.go.th:8443/x')?.site).toBe('*.bangkok.go.th');
    const ported = addMapping({}, 'intranet:8443', pick('#e'), 'ACH');
    expect(profileFor(ported, 'https://intranet:8443/kpi')?.site).toBe('intranet:8443');
    expect(profileFor(ported, 'https://intranet/kpi')).toBeUndefined();
  });
});
