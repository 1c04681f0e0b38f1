import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessmentToJson, parseAssessmentJson } from '../../shared/interchange';
import { problemsOf } from '../support/problems';

const doc = (person: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'samatthana/assessment',
    version: 1,
    ...extra,
    people: [{ id: 'P1', name: 'นายหนึ่ง', positionLevel: 'ชำนาญการ', competencies: { ACH: 2 }, ...person }],
  });

describe('evidence, self-assessment and plan in interchange JSON', () => {
  it('files without them stay valid; the sample shows them on a few people only', () => {
    const sample = JSON.parse(
      readFileSync(new URL('../../shared/samples/team.json', import.meta.url), 'utf8'),
    ) as { people: Record<string, unknown>[] };
    const bare = sample.people.map(({ evidence: _e, self: _s, plan: _p, ...person }) => person);
    const a = parseAssessmentJson(JSON.stringify({ ...sample, people: bare }));
    expect(a.people.every((p) => !p.evidence && !p.self && !p.plan)).toBe(true);
    const withTexts = parseAssessmentJson(JSON.stringify(sample)).people.filter(
      (p) => p.evidence || p.self || p.plan,
    );
    expect(withTexts.map((p) => p.id)).toEqual(['P004', 'P005']);
  });

  it('reads them, keeps line breaks, makes text NFC and CRLF a line feed', () => {
    const decomposed = 'ทำงานเสร็จตรงเวลา e\u0301\r\nสรุปผลทุกเดือน';
    const a = parseAssessmentJson(
      doc({
        evidence: { ACH: decomposed, TW: '  ช่วยเพื่อน\n\n' },
        self: { ACH: 3, TW: '๒' },
        plan: [{ competency: 'ACH', goal: 'ระดับ 3', method: 'อบรม', period: 'ต.ค.–มี.ค.', measure: 'ผลงาน' }],
      }),
    );
    const p = a.people[0]!;
    expect(p.evidence).toEqual({ ACH: 'ทำงานเสร็จตรงเวลา \u00e9\nสรุปผลทุกเดือน', TW: '  ช่วยเพื่อน\n\n' });
    expect(p.self).toEqual({ ACH: 3, TW: 2 });
    expect(p.plan).toEqual([
      { competency: 'ACH', goal: 'ระดับ 3', method: 'อบรม', period: 'ต.ค.–มี.ค.', measure: 'ผลงาน' },
    ]);
    // Written and read again: the same.
    expect(parseAssessmentJson(assessmentToJson(a)).people).toEqual(a.people);
  });

  it('a blank text counts as absent, and a plan entry without any text is dropped', () => {
    const a = parseAssessmentJson(
      doc({ evidence: { ACH: ' \n ', SERV: '' }, plan: [{ competency: 'ACH', method: ' ' }] }),
    );
    expect(a.people[0]).not.toHaveProperty('evidence');
    expect(a.people[0]).not.toHaveProperty('plan');
  });

  it('refuses control characters other than a line break, in Thai, naming the JSON path', () => {
    const problems = problemsOf(() =>
      parseAssessmentJson(doc({ evidence: { ACH: 'ก\u0007ข', SERV: 'แท็บ\tไม่ได้' } }), 'team.json'),
    );
    expect(problems).toEqual([
      { where: 'คนที่ 1 (P1 นายหนึ่ง), ช่อง evidence.ACH', message: expect.stringContaining('อักขระควบคุม') },
      { where: 'คนที่ 1 (P1 นายหนึ่ง), ช่อง evidence.SERV', message: expect.stringContaining('อักขระควบคุม') },
    ]);
    const lone = problemsOf(() =>
      parseAssessmentJson(doc({ plan: [{ competency: 'TW', goal: 'x\ud800' }] })),
    );
    expect(lone).toEqual([
      { where: 'คนที่ 1 (P1 นายหนึ่ง), ช่อง plan[0].goal', message: expect.stringContaining('U+D800') },
    ]);
  });

  it('refuses a text over 2,000 characters (counted in code points) and accepts exactly 2,000', () => {
    const ok = `${'ก'.repeat(1999)}😀`;
    expect(parseAssessmentJson(doc({ evidence: { ACH: ok } })).people[0]!.evidence!.ACH).toBe(ok);
    const problems = problemsOf(() => parseAssessmentJson(doc({ evidence: { ACH: `${ok}ข` } })));
    expect(problems).toEqual([
      { where: 'คนที่ 1 (P1 นายหนึ่ง), ช่อง evidence.ACH', message: 'ยาวเกิน 2000 ตัวอักษร' },
    ]);
  });

  it('checks self levels against the set and method like the levels, and the plan’s shape', () => {
    const problems = problemsOf(() =>
      parseAssessmentJson(
        doc({
          self: { SERV: 6, ACH: 9, XYZ: 1 },
          plan: [{ competency: 'ACH', goal: 'ก' }, { competency: 'ACH', goal: 'ข' }, { goal: 'ค' }],
        }),
        'x.json',
        { set: 'ocsc' },
      ),
    );
    expect(problems.map((p) => p.where).sort()).toEqual([
      'คนที่ 1 (P1 นายหนึ่ง), ช่อง plan[2]',
      'คนที่ 1 (P1 นายหนึ่ง), ช่อง self',
      'คนที่ 1 (P1 นายหนึ่ง), ช่อง self.ACH',
    ]);
    const range = problemsOf(() =>
      parseAssessmentJson(doc({ self: { SERV: 6 } }), 'x.json', { set: 'ocsc' }),
    );
    expect(range).toEqual([
      {
        where: 'คนที่ 1 (P1 นายหนึ่ง), ช่อง self.SERV',
        message: expect.stringMatching(/ผลประเมินตนเอง 6 อยู่นอกช่วง 0–5/),
      },
    ]);
    const dup = problemsOf(() =>
      parseAssessmentJson(
        doc({
          plan: [
            { competency: 'ACH', goal: 'ก' },
            { competency: 'ACH', goal: 'ข' },
          ],
        }),
      ),
    );
    expect(dup).toEqual([
      { where: 'คนที่ 1 (P1 นายหนึ่ง), ช่อง plan[1].competency', message: expect.stringContaining('ซ้ำ') },
    ]);
  });
});
