/**
 * Evidence, self-assessment and the plan as columns of a table (CSV, a workbook's sheet): written
 * only when someone has them, read back unchanged, faults named by row and column.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessmentToCsv, parseAssessment, parseAssessmentJson } from '../../shared/interchange';
import { familyHeader } from '../../shared/interchange/headers';
import type { Person } from '../../shared/interchange/types';
import { problemsOf } from '../support/problems';

const sample = readFileSync(new URL('../../shared/samples/team.json', import.meta.url), 'utf8');
// The sample team without the texts its first people carry.
const full = parseAssessmentJson(sample);
const team = {
  ...full,
  people: full.people.map(({ evidence: _e, self: _s, plan: _p, ...person }) => person),
};

const written: Person = {
  ...team.people[0]!,
  evidence: { ACH: '=SUM(A1)\nส่งงานตรงเวลา "ทุกครั้ง", ไม่ขาด', TW: '  ช่วยเพื่อนร่วมทีม\n\n' },
  self: { ACH: 3, TW: 2 },
  plan: [
    { competency: 'ACH', goal: 'ระดับ 3 — ตั้งเป้าหมายท้าทาย', method: '+อบรม\r\nสอนงาน'.replace('\r\n', '\n') },
    { competency: 'ING', period: 'ต.ค. 2568 – มี.ค. 2569', measure: "@ผลงาน'" },
  ],
};
const withTexts = { ...team, people: [written, ...team.people.slice(1)] };
const settings = { set: team.set, method: team.method, weights: team.weights };

describe('CSV columns for evidence, self and plan', () => {
  it('a file without them is written with the same columns as before', () => {
    const header = assessmentToCsv(team, { thaiHeaders: true }).split('\r\n')[0]!;
    expect(header).not.toMatch(/เหตุการณ์|ประเมินตนเอง|พัฒนา/);
    expect(header.split(',')).toHaveLength(10);
  });

  it('writes only the families someone has, with Thai or English headers', () => {
    const thai = assessmentToCsv(withTexts, { thaiHeaders: true }).split('\r\n')[0]!.split(',');
    expect(thai).toContain('ประเมินตนเอง การมุ่งผลสัมฤทธิ์');
    expect(thai).toContain(familyHeader('evidence', 'TW', 'bma'));
    expect(thai.slice(-4)).toEqual([
      'เป้าหมายการพัฒนา ความร่วมแรงร่วมใจ',
      'วิธีการพัฒนา ความร่วมแรงร่วมใจ',
      'ระยะเวลาการพัฒนา ความร่วมแรงร่วมใจ',
      'การวัดผลการพัฒนา ความร่วมแรงร่วมใจ',
    ]);
    const english = assessmentToCsv(withTexts).split('\r\n')[0]!.split(',');
    expect(english).toContain('self.ACH');
    expect(english).toContain('evidence.ACH');
    expect(english).toContain('plan.measure.ING');
  });

  it.each([true, false])('reads back unchanged (Thai headers: %s)', (thaiHeaders) => {
    const csv = assessmentToCsv(withTexts, { thaiHeaders });
    // No text becomes a formula: each starts with an apostrophe in the file.
    expect(csv).toContain(`"'=SUM(A1)\nส่งงานตรงเวลา ""ทุกครั้ง"", ไม่ขาด"`);
    expect(csv).toContain(`"'+อบรม\nสอนงาน"`);
    expect(csv).toContain(`'@ผลงาน'`);
    const back = parseAssessment(csv, 'x.csv', settings);
    expect(back.people).toEqual(withTexts.people);
  });

  it('a CRLF inside a cell is a line feed, and an empty cell is no text', () => {
    const csv =
      'รหัส,ชื่อ-สกุล,ระดับตำแหน่ง,เหตุการณ์/พฤติกรรม การมุ่งผลสัมฤทธิ์,ประเมินตนเอง TW,วิธีการพัฒนา ACH\r\n' +
      'P1,นายหนึ่ง,ชำนาญการ,"บรรทัดแรก\r\nบรรทัดสอง",๓,\r\n' +
      'P2,นายสอง,ชำนาญการ,,,ศึกษาดูงาน\r\n';
    const a = parseAssessment(csv, 'x.csv', { set: 'bma' });
    expect(a.people[0]).toMatchObject({ evidence: { ACH: 'บรรทัดแรก\nบรรทัดสอง' }, self: { TW: 3 } });
    expect(a.people[0]).not.toHaveProperty('plan');
    expect(a.people[1]).toMatchObject({ plan: [{ competency: 'ACH', method: 'ศึกษาดูงาน' }] });
    expect(a.people[1]).not.toHaveProperty('evidence');
  });

  it('refuses a refused text or an out-of-range self level, naming line and column, and applies nothing', () => {
    const long = 'ก'.repeat(2001);
    const csv =
      'รหัส,ชื่อ-สกุล,ระดับตำแหน่ง,เหตุการณ์/พฤติกรรม การมุ่งผลสัมฤทธิ์,ประเมินตนเอง TW,ระยะเวลา ACH\r\n' +
      'P1,นายหนึ่ง,ชำนาญการ,ก\u0007ข,9,\r\n' +
      `P2,นายสอง,ชำนาญการ,,,${long}\r\n`;
    expect(problemsOf(() => parseAssessment(csv, 'x.csv', { set: 'bma' }))).toEqual([
      {
        where: 'บรรทัด 2, คอลัมน์ เหตุการณ์/พฤติกรรม การมุ่งผลสัมฤทธิ์',
        message: expect.stringContaining('อักขระควบคุม U+0007'),
      },
      {
        where: 'บรรทัด 2, คอลัมน์ ประเมินตนเอง TW',
        message: expect.stringContaining('ผลประเมินตนเอง 9 อยู่นอกช่วง'),
      },
      { where: 'บรรทัด 3, คอลัมน์ ระยะเวลา ACH', message: expect.stringContaining('2001 ตัวอักษร เกิน 2000') },
    ]);
  });

  it('a second column of the same family and competency is a header fault', () => {
    const csv = 'รหัส,ชื่อ-สกุล,ระดับตำแหน่ง,evidence.ACH,เหตุการณ์/พฤติกรรม มุ่งผลสัมฤทธิ์\r\nP1,นายหนึ่ง,ชำนาญการ,ก,ข\r\n';
    expect(problemsOf(() => parseAssessment(csv, 'x.csv', { set: 'bma' }))).toEqual([
      { where: 'บรรทัด 1, คอลัมน์ เหตุการณ์/พฤติกรรม มุ่งผลสัมฤทธิ์', message: expect.stringContaining('หัวคอลัมน์ซ้ำ') },
    ]);
  });
});

describe('text in an .xlsx cell reads back exactly', () => {
  it('a literal _x0041_, a character XML cannot hold, and text that looks escaped', async () => {
    const { templateFromAssessment } = await import('../../shared/template');
    const { templateXlsx } = await import('../../shared/template/xlsx');
    const names = ['นาย_x0041_ ก', 'นาง\uFFFE ข', "'=ค", "''+ง", '=HYPERLINK("x")'];
    const people = names.map((name, i) => ({ ...team.people[i % team.people.length]!, id: `N${i}`, name }));
    const a = { ...team, people };
    const bytes = await templateXlsx(templateFromAssessment(a));
    const back = parseAssessment(bytes, 'x.xlsx');
    expect(back.people.map((p) => p.name)).toEqual(names);
  });
});
