import { afterEach, describe, expect, test } from 'vitest';
import { fill, scan, siteMatches, validateProfile } from '../../../extension/engine';
import type { SiteProfile } from '../../../extension/profiles/types';
import type { Person } from '../../../shared/interchange/types';

afterEach(() => {
  document.body.replaceChildren();
});

describe('validateProfile', () => {
  test('accepts a well-formed profile as it is', () => {
    const profile = {
      version: 1,
      site: 'https://eval.example.go.th',
      name: 'ระบบประเมินของเขต',
      fields: [
        { selector: '#q1', competency: 'ACH', control: 'text', valueKind: 'points', evaluatee: 'P001' },
      ],
      rows: { selector: 'tr.person', personCell: 'td.name' },
    };
    expect(validateProfile(profile)).toEqual({ ok: true, profile });
  });

  test('lists every problem with its field path, Thai first', () => {
    const r = validateProfile({
      version: 2,
      fields: [
        { selector: '', competency: 'XYZ', control: 'slider' },
        { selector: 'input[', competency: 'ACH', control: 'radio', valueKind: 'score', competancy: 'ACH' },
        'oops',
      ],
      rows: { selector: 'tr', extra: 1 },
      owner: 'me',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.problems.map((p) => p.where);
    expect(paths).toEqual([
      'owner',
      'version',
      'site',
      'fields[0].selector',
      'fields[0].competency',
      'fields[0].control',
      'fields[1].competancy',
      'fields[1].selector',
      'fields[1].valueKind',
      'fields[2]',
      'rows.extra',
    ]);
    for (const p of r.problems) expect(p.message).toMatch(/^[\u0E00-\u0E7F]/);
    expect(r.problems.find((p) => p.where === 'fields[0].competency')?.message).toContain(
      'ACH / SERV / EXP / ING / TW',
    );
  });

  test('refuses what is not an object, and an empty field list', () => {
    expect(validateProfile('x')).toMatchObject({ ok: false, problems: [{ where: 'profile' }] });
    expect(validateProfile({ version: 1, site: 'a', fields: [] })).toMatchObject({
      ok: false,
      problems: [{ where: 'fields' }],
    });
  });
});

describe('siteMatches', () => {
  test('an origin, a host, or a host pattern', () => {
    expect(siteMatches('https://dpis.example.go.th', 'https://dpis.example.go.th/kpi/form.html?x=1')).toBe(
      true,
    );
    expect(siteMatches('https://dpis.example.go.th', 'http://dpis.example.go.th/')).toBe(false);
    expect(siteMatches('dpis.example.go.th', 'https://dpis.example.go.th/a')).toBe(true);
    expect(siteMatches('*.example.go.th', 'https://hr.example.go.th/a')).toBe(true);
    expect(siteMatches('*.example.go.th', 'https://example.go.th/a')).toBe(true);
    expect(siteMatches('*.example.go.th', 'https://badexample.go.th/a')).toBe(false);
    expect(siteMatches('x', 'not a url')).toBe(false);
  });

  test('a port does not stop a host or a host pattern from matching', () => {
    for (const url of [
      'https://hr.bangkok.go.th:8443/kpi',
      'http://hr.bangkok.go.th:8080/',
      'https://hr.bangkok.go.th/',
    ]) {
      expect(siteMatches('*.bangkok.go.th', url)).toBe(true);
      expect(siteMatches('hr.bangkok.go.th', url)).toBe(true);
      expect(siteMatches('*.BANGKOK.go.th', url)).toBe(true);
    }
    expect(siteMatches('*.bangkok.go.th', 'https://bangkok.go.th:8443/')).toBe(true);
    expect(siteMatches('*.bangkok.go.th', 'https://evilbangkok.go.th:8443/')).toBe(false);
    expect(siteMatches('*.bangkok.go.th', 'https://bangkok.go.th.evil.com:8443/')).toBe(false);
  });

  test('a site that names a port covers that port only (a scheme’s own port counts)', () => {
    expect(siteMatches('*.bangkok.go.th:8443', 'https://hr.bangkok.go.th:8443/a')).toBe(true);
    expect(siteMatches('*.bangkok.go.th:8443', 'https://hr.bangkok.go.th:9443/a')).toBe(false);
    expect(siteMatches('*.bangkok.go.th:8443', 'https://hr.bangkok.go.th/a')).toBe(false);
    expect(siteMatches('hr.bangkok.go.th:8443', 'https://hr.bangkok.go.th:8443/a')).toBe(true);
    expect(siteMatches('hr.bangkok.go.th:8443', 'http://hr.bangkok.go.th/a')).toBe(false);
    expect(siteMatches('hr.bangkok.go.th:443', 'https://hr.bangkok.go.th/a')).toBe(true);
    expect(siteMatches('hr.bangkok.go.th:443', 'http://hr.bangkok.go.th/a')).toBe(false);
    expect(siteMatches('[::1]:8080', 'http://[::1]:8080/a')).toBe(true);
    expect(siteMatches('[::1]:8080', 'http://[::1]:8081/a')).toBe(false);
    expect(siteMatches('[::1]', 'http://[::1]:8081/a')).toBe(true);
    expect(siteMatches('https://hr.bangkok.go.th:8443', 'https://hr.bangkok.go.th:8443/a')).toBe(true);
    expect(siteMatches('https://hr.bangkok.go.th:8443', 'https://hr.bangkok.go.th/a')).toBe(false);
  });

  test('hosts compare as the browser writes them; a site with a path or credentials is no site', () => {
    expect(siteMatches('*.ประเมิน.go.th', 'https://hr.xn--q3cdsh9dza6f.go.th/')).toBe(true);
    expect(siteMatches('ประเมิน.go.th:8443', 'https://xn--q3cdsh9dza6f.go.th:8443/')).toBe(true);
    expect(siteMatches('*.bangkok.go.th/kpi', 'https://hr.bangkok.go.th/kpi')).toBe(false);
    expect(siteMatches('me@hr.bangkok.go.th', 'https://hr.bangkok.go.th/')).toBe(false);
    expect(siteMatches('*.', 'https://hr.bangkok.go.th/')).toBe(false);
  });
});

/** A form automatic matching cannot read: no words, only codes the agency made up. */
const OPAQUE = `<form>
  <input name="f_7a" id="f7a"><input name="f_7b" id="f7b">
  <select name="f_9"><option value="">-</option><option value="q">ระดับ 1</option><option value="r">ระดับ 2</option></select>
  <span><input type="radio" name="f_3" value="1"> 1 <input type="radio" name="f_3" value="2"> 2</span>
  <label><input type="checkbox" name="f_4" id="b1"> ระดับ 1</label><label><input type="checkbox" name="f_4" id="b2"> ระดับ 2</label>
</form>`;
const person: Person = {
  id: 'P9',
  name: 'นาง ทดสอบ ระบบ',
  positionType: 'วิชาการ',
  positionLevel: 'ชำนาญการ',
  competencies: { ACH: 2, SERV: 1, EXP: 2, ING: 1, TW: 2 },
};

const profile: SiteProfile = {
  version: 1,
  site: 'eval.example.go.th',
  fields: [
    { selector: '#f7a', competency: 'ACH', control: 'text' },
    { selector: '#f7b', competency: 'ACH', control: 'text', valueKind: 'points' },
    { selector: 'select[name=f_9]', competency: 'SERV', control: 'select' },
    { selector: 'input[name=f_3][value="1"]', competency: 'ING', control: 'radio' },
    { selector: '#b1', competency: 'EXP', control: 'checkbox' },
  ],
};

describe('fill and scan with a profile', () => {
  test('automatic matching finds nothing here; the profile fills it', () => {
    document.body.innerHTML = OPAQUE;
    expect(scan().fields).toEqual([]);
    const found = scan(document, { profile }).fields;
    expect(found.map((f) => [f.competency, f.control, f.valueKind])).toEqual([
      ['ACH', 'text', 'level'],
      ['ACH', 'text', 'points'],
      ['SERV', 'select', 'level'],
      ['ING', 'radio', 'level'],
      ['EXP', 'checkbox', 'level'],
    ]);
    const report = fill({ people: [person], profile });
    expect(report.filled.map((f) => `${f.competency}=${f.to}`)).toEqual([
      'ACH=2',
      'ACH=3',
      'SERV=1',
      'ING=1',
      'EXP=2',
    ]);
    expect(report.missing).toEqual([{ competency: 'TW', evaluatee: 'P9' }]);
    const $ = (s: string) => document.querySelector(s) as HTMLInputElement;
    expect([$('#f7a').value, $('#f7b').value, $('select').value]).toEqual(['2', '3', 'q']);
    expect($('input[name=f_3][value="1"]').checked).toBe(true);
    expect([$('#b1').checked, $('#b2').checked]).toEqual([true, true]);
  });

  test('a profile field overrides what automatic matching would have done with the same control', () => {
    document.body.innerHTML =
      '<label>การมุ่งผลสัมฤทธิ์ <input id="x"></label><label>การบริการที่ดี <input id="y"></label>';
    const taught: SiteProfile = {
      version: 1,
      site: 's',
      fields: [{ selector: '#x', competency: 'TW', control: 'text' }],
    };
    const report = fill({ people: [person], profile: taught });
    expect((document.getElementById('x') as HTMLInputElement).value).toBe('2'); // TW, not ACH
    expect(report.filled.map((f) => f.competency).sort()).toEqual(['SERV', 'TW']);
  });

  test('rows: one mapping per column, the person read from each row', () => {
    document.body.innerHTML = `<table>
      <tr class="p"><td class="who">P9</td><td><input class="a"></td></tr>
      <tr class="p"><td class="who">P8</td><td><input class="a"></td></tr>
    </table>`;
    const grid: SiteProfile = {
      version: 1,
      site: 's',
      rows: { selector: 'tr.p', personCell: 'td.who' },
      fields: [{ selector: 'input.a', competency: 'ACH', control: 'text' }],
    };
    const other: Person = { id: 'P8', name: 'นาย อื่น', competencies: { ACH: 4 } };
    const report = fill({ people: [person, other], profile: grid });
    expect(Array.from(document.querySelectorAll<HTMLInputElement>('input.a')).map((i) => i.value)).toEqual([
      '2',
      '4',
    ]);
    expect(report.filled.map((f) => f.evaluatee)).toEqual(['P9', 'P8']);
  });

  test('a mapping whose control is of another kind is reported, not forced', () => {
    document.body.innerHTML = '<select id="s"><option>1</option></select>';
    const wrong: SiteProfile = {
      version: 1,
      site: 's',
      fields: [{ selector: '#s', competency: 'ACH', control: 'text' }],
    };
    const report = fill({ people: [person], profile: wrong });
    expect(report.filled).toEqual([]);
    expect(report.skipped[0]).toMatchObject({
      competency: 'ACH',
      reason: expect.stringMatching(/^ช่องในโปรไฟล์/),
    });
  });

  test('a mapping of a control the engine cannot fill (a search box, a text area) is reported with the reason teach mode gives', () => {
    document.body.innerHTML =
      '<input type="search" id="q" value=""><textarea id="t">เดิม</textarea><label>การทำงานเป็นทีม <input id="ok"></label>';
    const profile: SiteProfile = {
      version: 1,
      site: 's',
      fields: [
        { selector: '#q', competency: 'ACH', control: 'text' },
        { selector: '#t', competency: 'SERV', control: 'text' },
      ],
    };
    const report = fill({ people: [{ ...person, competencies: { ACH: 3, SERV: 2 } }], profile });
    expect(report.filled).toEqual([]);
    const why = Object.fromEntries(report.skipped.map((s) => [s.competency, s.reason]));
    expect(why.ACH).toMatch(/^ช่องค้นหา.*: #q$/);
    expect(why.SERV).toMatch(/^ช่องข้อความยาว.*: #t$/);
    expect((document.getElementById('t') as HTMLTextAreaElement).value).toBe('เดิม');
    // Neither is listed as a field the profile found.
    expect(scan(document, { profile }).fields.map((f) => f.selector)).not.toContain('#q');
  });

  test('an invalid profile stops fill before anything changes', () => {
    document.body.innerHTML = '<label>การมุ่งผลสัมฤทธิ์ <input id="x"></label>';
    expect(() =>
      fill({ people: [person], profile: { version: 1, site: '', fields: [] } as unknown as SiteProfile }),
    ).toThrow(/profile\.site/);
    expect((document.getElementById('x') as HTMLInputElement).value).toBe('');
  });
});
