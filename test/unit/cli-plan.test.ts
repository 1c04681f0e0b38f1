import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../bin/samatthana.js', import.meta.url).pathname;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, text: string) {
  const path = join(mkdtempSync(join(tmpdir(), 'samatthana-plan-')), name);
  writeFileSync(path, text);
  return path;
}

const team = (extra: Record<string, unknown> = {}) =>
  file(
    'team.json',
    JSON.stringify({
      format: 'samatthana/assessment',
      version: 1,
      ...extra,
      people: [
        {
          id: 'P1',
          name: 'นางสาวหนึ่ง ใจดี',
          positionType: 'วิชาการ',
          positionLevel: 'ชำนาญการพิเศษ',
          // Expected 3 in bma: ACH and TW are below it.
          competencies: { ACH: 1, SERV: 3, EXP: 3, ING: 4, TW: 2 },
          evidence: { SERV: 'ตอบคำถามผู้รับบริการทุกวัน\nติดตามเรื่องจนจบ' },
          plan: [
            { competency: 'TW', method: 'ทำงานกลุ่มโครงการ', period: 'ต.ค.–มี.ค.', measure: 'ประเมินจากทีม' },
          ],
        },
        {
          id: 'P2',
          name: 'นายสอง',
          positionType: 'ทั่วไป',
          positionLevel: 'ปฏิบัติงาน',
          competencies: { ACH: 1, SERV: 1, EXP: 1, ING: 1, TW: 1 },
        },
      ],
    }),
  );

interface SetsLevel {
  level: number;
  title: string;
  indicators: string[];
}
let setsJson: string | undefined;
const dictionary = () => {
  setsJson ??= cli('sets', '--json').out;
  const { sets } = JSON.parse(setsJson);
  return (set: string, code: string, level: number): SetsLevel =>
    sets
      .find((s: { id: string }) => s.id === set)
      .competencies.find((c: { code: string }) => c.code === code)
      .levels.find((l: SetsLevel) => l.level === level);
};

// Each test starts the real binary (node + tsx), which takes seconds on a loaded machine.
const SLOW = { timeout: 120_000 };

describe('samatthana plan (the real binary)', SLOW, () => {
  it('--json: one row per competency below expectation, the goal exactly as sets --json gives it', () => {
    const r = cli('plan', team(), '--json');
    expect(r.code).toBe(0);
    const { people } = JSON.parse(r.out);
    const level = dictionary();
    expect(people).toHaveLength(2);
    expect(people[0]).toEqual({
      id: 'P1',
      name: 'นางสาวหนึ่ง ใจดี',
      rows: [
        {
          competency: 'ACH',
          expected: 3,
          displayed: 1,
          goal: {
            level: 3,
            title: level('bma', 'ACH', 3).title,
            indicators: level('bma', 'ACH', 3).indicators,
          },
          method: '',
          period: '',
          measure: '',
        },
        {
          competency: 'TW',
          expected: 3,
          displayed: 2,
          goal: {
            level: 3,
            title: level('bma', 'TW', 3).title,
            indicators: level('bma', 'TW', 3).indicators,
          },
          method: 'ทำงานกลุ่มโครงการ',
          period: 'ต.ค.–มี.ค.',
          measure: 'ประเมินจากทีม',
        },
      ],
    });
    expect(people[1]).toEqual({ id: 'P2', name: 'นายสอง', rows: [] });
  });

  it('the goal carries the errata’s corrections, never the source’s typo', () => {
    const r = cli('plan', team(), '--json', '--set', 'bma');
    const goal = JSON.parse(r.out).people[0].rows[0].goal;
    // bma ACH level 3: "ประ สิทธิภาพ" in the source, corrected in the errata.
    expect(goal.indicators.join('\n')).toContain('ประสิทธิภาพ');
    expect(goal.indicators.join('\n')).not.toContain('ประ สิทธิภาพ');
  });

  it('follows --set: the ocsc table expects 3 of a ชำนาญการพิเศษ too, with ocsc’s own words', () => {
    const r = cli('plan', team(), '--json', '--set', 'ocsc');
    const row = JSON.parse(r.out).people[0].rows[0];
    expect(row.goal).toEqual({ level: 3, ...pick(dictionary()('ocsc', 'ACH', 3)) });
  });

  it('prints a Thai plan naming each gap, the goal and what is left to write', () => {
    const r = cli('plan', team());
    expect(r.code).toBe(0);
    expect(r.out).toContain('นางสาวหนึ่ง ใจดี (P1)');
    expect(r.out).toMatch(/การมุ่งผลสัมฤทธิ์: แสดงออกระดับ 1, คาดหวังระดับ 3/);
    expect(r.out).toMatch(/วิธีการพัฒนา: ทำงานกลุ่มโครงการ/);
    expect(r.out).toMatch(/ถึงระดับที่คาดหวังทุกสมรรถนะ: นายสอง/);
    expect(r.out).not.toMatch(/\bgap\b|\bbma\b/);
  });

  it('refuses the rating method (ratings are not levels) with exit 1, and a missing file with exit 1', () => {
    const r = cli('plan', team({ method: 'rating' }));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/ไม่ใช่ระดับ/);
    // One sentence in Thai: the method named once, no English aside.
    expect(r.err).toContain(
      'ค่าที่กรอกในวิธีให้คะแนน 1–5 เป็นคะแนน ไม่ใช่ระดับ จึงเทียบกับระดับที่คาดหวังไม่ได้ — ใช้วิธีเทียบระดับที่คาดหวัง (--method gap)',
    );
    expect(r.err.match(/ให้คะแนน 1–5/g)).toHaveLength(1);
    expect(r.err).not.toMatch(/\buse\b/);
    const e = cli('evidence', team({ method: 'rating' }), '--person', 'P1');
    expect(e.code).toBe(1);
    expect(e.err).toContain('เป็นคะแนน ไม่ใช่ระดับ จึงไม่มีพฤติกรรมบ่งชี้ตามระดับ');
    expect(cli('plan', '/nonexistent/team.json').code).toBe(1);
    expect(cli('plan').code).toBe(2);
  });
});

const pick = ({ title, indicators }: SetsLevel) => ({ title, indicators });

describe('samatthana evidence (the real binary)', SLOW, () => {
  it('--json: every level’s indicators from 1 up to the person’s level, in the contract’s shape', () => {
    const r = cli('evidence', team(), '--person', 'P1', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(Object.keys(out)).toEqual(['id', 'name', 'competencies']);
    expect(out).toMatchObject({ id: 'P1', name: 'นางสาวหนึ่ง ใจดี' });
    const level = dictionary();
    for (const [code, shown] of Object.entries({ ACH: 1, SERV: 3, EXP: 3, ING: 4, TW: 2 })) {
      const want = [];
      for (let l = 1; l <= shown; l++)
        want.push(...level('bma', code, l).indicators.map((text) => ({ level: l, text })));
      expect(out.competencies[code]).toEqual({ level: shown, indicators: want });
    }
    // bma EXP level 2 is missing from the source; its indicators come from DPIS-BMA and are listed.
    expect(out.competencies.EXP.indicators.some((i: { level: number }) => i.level === 2)).toBe(true);
  });

  it('level 0 has no indicators; ACH level 1 has the corrected “ตรงต่อเวลา”', () => {
    const f = file(
      'a.json',
      JSON.stringify({
        format: 'samatthana/assessment',
        version: 1,
        people: [{ id: 'A', name: 'ก', positionLevel: 'K1', competencies: { ACH: 1, ING: 0 } }],
      }),
    );
    const out = JSON.parse(cli('evidence', f, '--person', 'A', '--json').out);
    expect(out.competencies.ING).toEqual({ level: 0, indicators: [] });
    expect(Object.keys(out.competencies)).toEqual(['ACH', 'ING']);
    const texts = out.competencies.ACH.indicators.map((i: { text: string }) => i.text).join('\n');
    expect(texts).toContain('ตรงต่อเวลา');
    expect(texts).not.toContain('ตรงต่อ เวลา');
  });

  it('prints Thai, with the evidence already written', () => {
    const r = cli('evidence', team(), '--person', 'P1');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^นางสาวหนึ่ง ใจดี \(P1\)/);
    expect(r.out).toMatch(/การบริการที่ดี: ระดับ 3/);
    expect(r.out).toMatch(/ระดับ 2 .*\(ต้นฉบับไม่มีระดับนี้\)/);
    expect(r.out).toContain('    ตอบคำถามผู้รับบริการทุกวัน\n    ติดตามเรื่องจนจบ');
  });

  it('an unknown id is bad input (exit 1) listing the ids; no --person is a usage error (exit 2)', () => {
    const r = cli('evidence', team(), '--person', 'P9');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/ไม่มีรหัส "P9".*P1, P2/);
    expect(r.err).not.toMatch(/no such person/);
    expect(cli('evidence', team()).code).toBe(2);
  });
});

describe('samatthana plan: nobody not fully assessed is said to meet every expectation', SLOW, () => {
  const hr = () =>
    file(
      'hr.csv',
      [
        'ลำดับ,ชื่อ - นามสกุล,ตำแหน่ง,ระดับ',
        '1,นางสาวสมศรี ใจดี,นักวิเคราะห์นโยบายและแผน,ชำนาญการ',
        '2,นายประเสริฐ วงศ์สวัสดิ์,นักวิเคราะห์นโยบายและแผน,ชำนาญการพิเศษ',
      ].join('\n'),
    );
  const partial = () =>
    file(
      'good.csv',
      [
        'รหัส,ชื่อ-สกุล,ประเภทตำแหน่ง,ระดับตำแหน่ง,ผลสัมฤทธิ์,การมุ่งผลสัมฤทธิ์,การบริการที่ดี,การสั่งสมความเชี่ยวชาญในงานอาชีพ,จริยธรรม,ความร่วมแรงร่วมใจ',
        'P001,นางสาวสมศรี ใจดี,วิชาการ,ชำนาญการ,80,2,3,1,2,2',
        'P002,นายประเสริฐ วงศ์สวัสดิ์,วิชาการ,ชำนาญการพิเศษ,92.5,3,3,3,3,4',
        'P003,นางวันเพ็ญ ศรีสุข,ทั่วไป,ปฏิบัติงาน,74,1,2,,1,1',
      ].join('\n'),
    );

  it('a list with no levels at all: nobody assessed yet, each person named, no claim of meeting expectations', () => {
    const r = cli('plan', hr());
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('ถึงระดับที่คาดหวังทุกสมรรถนะ');
    expect(r.out).not.toContain('ไม่มีสมรรถนะที่ต้องพัฒนา');
    expect(r.out).toContain('ยังไม่มีใครได้รับการประเมิน');
    expect(r.out).toMatch(/ยังประเมินไม่ครบ 2 คน/);
    expect(r.out).toMatch(/1 นางสาวสมศรี ใจดี — ยังไม่ได้ประเมิน/);
    expect(r.out).toMatch(/2 นายประเสริฐ วงศ์สวัสดิ์ — ยังไม่ได้ประเมิน/);
    expect(r.out).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('a person missing one level is listed with what is missing, never as meeting every expectation', () => {
    const r = cli('plan', partial());
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ถึงระดับที่คาดหวังทุกสมรรถนะ: นายประเสริฐ วงศ์สวัสดิ์$/m);
    expect(r.out).toMatch(/ยังประเมินไม่ครบ 1 คน/);
    expect(r.out).toMatch(/P003 นางวันเพ็ญ ศรีสุข — ยังไม่มีระดับของการสั่งสมความเชี่ยวชาญในงานอาชีพ/);
    expect(r.out).not.toContain('ทุกคนถึงระดับที่คาดหวัง');
    expect(r.out).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('a person with a gap and a level missing: the gap shown, and the plan said to be possibly incomplete', () => {
    const f = file(
      't.json',
      JSON.stringify({
        format: 'samatthana/assessment',
        version: 1,
        people: [
          { id: 'A', name: 'นายเอ', positionLevel: 'ชำนาญการพิเศษ', competencies: { ACH: 1, SERV: 3 } },
          {
            id: 'B',
            name: 'นายบี',
            positionLevel: 'ปฏิบัติงาน',
            competencies: { ACH: 1, SERV: 1, EXP: 1, ING: 1, TW: 1 },
          },
        ],
      }),
    );
    const r = cli('plan', f);
    expect(r.out).toMatch(/การมุ่งผลสัมฤทธิ์: แสดงออกระดับ 1, คาดหวังระดับ 3/);
    expect(r.out).toMatch(/ยังประเมินไม่ครบ: ยังไม่มีระดับของ.*จริยธรรม.* แผนนี้จึงอาจยังไม่ครบ/);
    expect(r.out).toMatch(/^ถึงระดับที่คาดหวังทุกสมรรถนะ: นายบี$/m);
    const { people } = JSON.parse(cli('plan', f, '--json').out);
    expect(people[0].incomplete).toEqual(['EXP', 'ING', 'TW']);
    expect(people[1]).not.toHaveProperty('incomplete');
  });

  it('--json: a person with no levels has no rows and every competency as incomplete', () => {
    const { people } = JSON.parse(cli('plan', hr(), '--json').out);
    expect(people[0]).toEqual({
      id: '1',
      name: 'นางสาวสมศรี ใจดี',
      rows: [],
      incomplete: ['ACH', 'SERV', 'EXP', 'ING', 'TW'],
    });
  });
});
