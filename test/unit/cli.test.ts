import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../bin/samatthana.js', import.meta.url).pathname;
const sample = new URL('../../shared/samples/team.json', import.meta.url).pathname;

function cli(...args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'samatthana-cli-'));
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr, written: readdirSync(dir) };
}

function file(name: string, text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'samatthana-in-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

// Each test starts the binary one or more times: generous limits, a loaded machine is not a failure.
describe('samatthana CLI (the real binary)', { timeout: 120_000 }, () => {
  it('sets --json prints both sets in the contract’s shape', () => {
    const r = cli('sets', '--json');
    expect(r.code).toBe(0);
    const { sets } = JSON.parse(r.out);
    expect(sets.map((s: { id: string }) => s.id)).toEqual(['bma', 'ocsc']);
    const exp = sets[0].competencies[2];
    expect(Object.keys(exp)).toEqual(
      expect.arrayContaining(['code', 'nameTh', 'nameEn', 'definition', 'levels']),
    );
    expect(exp.levels[2]).toMatchObject({ level: 2, missingFromSource: true });
    const ing1 = sets[0].competencies[3].levels[1];
    expect(ing1).toMatchObject({ level: 1, title: 'ซื่อสัตย์สุจริต', titleOriginal: 'ชื่อสัตย์สุจริต' });
    expect(Array.isArray(ing1.indicators)).toBe(true);
    expect(sets[0].competencies[0].levels[1]).not.toHaveProperty('titleOriginal');
  });

  it('sets prints a Thai listing', () => {
    const r = cli('sets');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/SERV\s+การบริการที่ดี.*ระดับ 0–6/);
    expect(r.out).toMatch(/ต้นฉบับไม่มีระดับ 2/);
  });

  it('lookup --json finds a level despite misspelling, spacing and Thai digits', () => {
    const r = cli('lookup', 'ชื่อ สัตย์', '--set', 'bma', '--limit', '๓'.replace('๓', '3'), '--json');
    expect(r.code).toBe(0);
    const { hits } = JSON.parse(r.out);
    expect(hits[0]).toMatchObject({ set: 'bma', competency: 'ING', level: 1, title: 'ซื่อสัตย์สุจริต' });
    expect(Object.keys(hits[0]).sort()).toEqual(['competency', 'level', 'score', 'set', 'text', 'title']);
  });

  it('lookup says in Thai when nothing matches', () => {
    const r = cli('lookup', 'qqqzzz');
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe('ไม่พบ "qqqzzz" ในชื่อระดับและพฤติกรรมบ่งชี้');
  });

  it('validate accepts the sample and rejects a bad file with exit 1, naming the file and the person', () => {
    expect(cli('validate', sample)).toMatchObject({ code: 0 });
    expect(cli('validate', sample).out).toMatch(/ถูกต้อง — 12 คน/);
    const bad = file(
      'bad.json',
      JSON.stringify({
        format: 'samatthana/assessment',
        version: 1,
        people: [{ id: 'A', name: 'ก', competencies: { ACH: 9 } }],
      }),
    );
    const r = cli('validate', bad);
    expect(r.code).toBe(1);
    expect(r.err).toContain('bad.json');
    expect(r.err).toContain('คนที่ 1 (A ก), ช่อง competencies.ACH');
    expect(r.out).toBe('');
  });

  it('validate names the line and column of a CSV problem', () => {
    const bad = file(
      'team.csv',
      'id,name,positionLevel,ACH,SERV,EXP,ING,TW\nA,ก,K1,1,1,1,1,1\nB,ข,K1,x,1,1,1,1\n',
    );
    const r = cli('validate', bad);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/team\.csv/);
    expect(r.err).toMatch(/บรรทัด 3, คอลัมน์ ACH/);
  });

  it('score --json gives the contract’s fields, rounded to 2 decimals', () => {
    const r = cli('score', sample, '--json');
    expect(r.code).toBe(0);
    const { people } = JSON.parse(r.out);
    expect(people).toHaveLength(12);
    expect(people[0]).toEqual({
      id: 'P001',
      name: 'นางสาวสมศรี ใจดี',
      expected: { ACH: 2, SERV: 2, EXP: 2, ING: 2, TW: 2 },
      points: { ACH: 3, SERV: 3, EXP: 2, ING: 1, TW: 3 },
      competencyScore: 24,
      achievementScore: 56,
      total: 80,
      band: 'ดีมาก',
    });
    // 68.25 × 0.7 = 47.775 → 47.78 (half away from zero)
    expect(people[3].achievementScore).toBe(47.78);
  });

  it('score honours --method and --weights over the file', () => {
    const r = cli('score', sample, '--json', '--weights', '50/50', '--method', 'bma-points');
    expect(r.code).toBe(0);
    const p7 = JSON.parse(r.out).people[6];
    // วิชาการ เชี่ยวชาญ expects 3 in bma; displayed 4 3 4 3 3 → 5 4 5 4 4 = 22 of 25 × 50 = 44; 95 × 0.5 = 47.5
    expect(p7.expected.ACH).toBe(3);
    expect(p7.competencyScore).toBe(44);
    expect(p7.total).toBe(91.5);
  });

  it('score --set ocsc re-checks levels against that set (SERV 6 exists only in bma)', () => {
    const r = cli('score', sample, '--set', 'ocsc');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/คนที่ 12 \(P012 นางสุภาพร จันทร์เพ็ญ\), ช่อง competencies\.SERV: ระดับ 6 อยู่นอกช่วง 0–5/);
    expect(r.out).toBe('');
  });

  it('score prints a Thai table', () => {
    const r = cli('score', sample);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/รหัส\s+ชื่อ-สกุล/);
    expect(r.out).toMatch(/P011.*52\.60\s+ต้องปรับปรุง/);
  });

  it('score scores everyone complete and lists the others by name and line, exit 0', () => {
    const partial = file(
      'p.json',
      JSON.stringify({
        format: 'samatthana/assessment',
        version: 1,
        people: [
          { id: 'A', name: 'นายเอ', positionLevel: 'K1', competencies: { ACH: 1 } },
          {
            id: 'B',
            name: 'นายบี',
            positionLevel: 'K1',
            competencies: { ACH: 1, SERV: 1, EXP: 1, ING: 1, TW: 1 },
          },
        ],
      }),
    );
    const r = cli('score', partial);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^B\s+นายบี/m);
    expect(r.out).toMatch(/ยังประเมินไม่ครบ 1 คน/);
    // The person named once, after their place.
    expect(r.out).toContain('  คนที่ 1: A นายเอ — ยังไม่มีระดับของการบริการที่ดี, การสั่งสมความเชี่ยวชาญในงานอาชีพ');
    expect(r.out.match(/นายเอ/g)).toHaveLength(1);
    const json = JSON.parse(cli('score', partial, '--json').out);
    expect(json.people[0]).toMatchObject({
      id: 'A',
      incomplete: ['SERV', 'EXP', 'ING', 'TW'],
      competencyScore: null,
      total: null,
      band: null,
    });
    expect(json.people[1]).toMatchObject({ id: 'B', competencyScore: 30 });
    expect(json.people[1].incomplete).toBeUndefined();

    // A CSV: the sheet's own line.
    const csv = file('p.csv', 'รหัส,ชื่อ-สกุล,ระดับตำแหน่ง,ACH,SERV,EXP,ING,TW\nA,นายเอ,K1,1,,,,\n');
    expect(cli('score', csv).out).toContain('บรรทัด 2: A นายเอ');
  });

  it('convert keeps every field through JSON, CSV and the .xlsx template', () => {
    const dir = mkdtempSync(join(tmpdir(), 'samatthana-convert-'));
    const xlsx = join(dir, 'team.xlsx');
    expect(cli('convert', sample, '--out', xlsx).code).toBe(0);
    const back = join(dir, 'back.json');
    expect(cli('convert', xlsx, '--out', back).code).toBe(0);
    expect(cli('score', back, '--json').out).toBe(cli('score', sample, '--json').out);
    const csv = join(dir, 'team.csv');
    const r = cli('convert', back, '--out', csv);
    expect(r.out).toMatch(/CSV ไม่เก็บชุดสมรรถนะ/);
    expect(cli('score', csv, '--json').out).toBe(cli('score', sample, '--json').out);
    // Nothing is written for a bad file.
    const bad = file('bad.csv', 'รหัส,ชื่อ-สกุล\nA\n');
    const out = join(dir, 'never.json');
    expect(cli('convert', bad, '--out', out).code).toBe(1);
    expect(readdirSync(dir)).not.toContain('never.json');
  });

  it('convert carries evidence, self-assessment and plan through CSV, the .xlsx template and JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'samatthana-texts-'));
    const team = JSON.parse(readFileSync(sample, 'utf8'));
    team.people[0].evidence = { ACH: '=ส่งงานตรงเวลา\nลดขั้นตอน "เบิกจ่าย", 5 → 3', TW: "'+ช่วยทีม" };
    team.people[0].self = { ACH: 3, TW: 2 };
    team.people[1].plan = [
      { competency: 'SERV', goal: 'ระดับ 4', method: '@อบรม\nสอนงาน' },
      { competency: 'TW', period: 'ต.ค. 2568 – มี.ค. 2569', measure: 'ประเมินซ้ำ' },
    ];
    const json = join(dir, 'team.json');
    writeFileSync(json, JSON.stringify(team));
    const csv = join(dir, 'team.csv');
    const xlsx = join(dir, 'team.xlsx');
    const back = join(dir, 'back.json');
    expect(cli('convert', json, '--out', csv).code).toBe(0);
    const header = readFileSync(csv, 'utf8').split('\r\n')[0]!;
    expect(header).toContain('เหตุการณ์/พฤติกรรม การมุ่งผลสัมฤทธิ์');
    expect(header).toContain('ประเมินตนเอง การมุ่งผลสัมฤทธิ์');
    expect(header).toContain('วิธีการพัฒนา การบริการที่ดี');
    expect(
      cli('convert', csv, '--out', xlsx, '--set', 'bma', '--method', 'gap', '--weights', '70/30').code,
    ).toBe(0);
    expect(cli('convert', xlsx, '--out', back).code).toBe(0);
    const people = JSON.parse(readFileSync(back, 'utf8')).people;
    expect(
      people.map((p: { evidence?: unknown; self?: unknown; plan?: unknown }) => [p.evidence, p.self, p.plan]),
    ).toEqual(
      team.people.map((p: { evidence?: unknown; self?: unknown; plan?: unknown }) => [
        p.evidence,
        p.self,
        p.plan,
      ]),
    );
  });

  it('template without --people writes a blank template, or a blank Thai CSV', () => {
    const dir = mkdtempSync(join(tmpdir(), 'samatthana-blank-'));
    const r = cli('template', '--out', join(dir, 'blank.xlsx'), '--rows', '7', '--set', 'ocsc');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/แม่แบบคะแนนเปล่า 7 แถว \(ฉบับ ก\.พ\./);
    expect(r.out).not.toMatch(/ocsc|gap/);
    const v = cli('validate', join(dir, 'blank.xlsx'), '--json');
    expect(JSON.parse(v.out)).toMatchObject({ ok: true, people: 0, set: 'ocsc' });
    expect(cli('template', '--out', join(dir, 'team.csv')).code).toBe(0);
    expect(readFileSync(join(dir, 'team.csv'), 'utf8')).toBe(
      '\uFEFFรหัส,ชื่อ-สกุล,ประเภทตำแหน่ง,ระดับตำแหน่ง,ผลสัมฤทธิ์,การมุ่งผลสัมฤทธิ์,การบริการที่ดี,การสั่งสมความเชี่ยวชาญในงานอาชีพ,จริยธรรม,ความร่วมแรงร่วมใจ\r\n',
    );
    expect(cli('template', '--out', join(dir, 'x.xlsx'), '--rows', 'ten').code).toBe(2);
    // A list of nobody (only its header) is refused, and nothing is written.
    const nobody = file('hr.csv', 'รหัส,ชื่อ-สกุล,ประเภทตำแหน่ง,ระดับตำแหน่ง\n');
    const none = cli('template', '--people', nobody, '--out', 'ทีม.xlsx');
    expect(none.code).toBe(1);
    expect(none.err).toContain(`${nobody}: ไม่มีรายชื่อใครเลย`);
    expect(none.written).toEqual([]);
  });

  it('score reads a CSV’s set from its headers, and refuses a --set they contradict', () => {
    const dir = mkdtempSync(join(tmpdir(), 'samatthana-set-'));
    const blank = join(dir, 'blank-ocsc.csv');
    expect(cli('template', '--out', blank, '--set', 'ocsc').code).toBe(0);
    const filled = join(dir, 'ocsc-filled.csv');
    writeFileSync(filled, `${readFileSync(blank, 'utf8')}P1,นายวิชัย ทองคำ,วิชาการ,เชี่ยวชาญ,90,3,3,3,3,3\r\n`);
    // วิชาการ เชี่ยวชาญ expects 4 in ocsc: five gaps of 1 → 2 points of 3 each = 20; 90 × 0.7 = 63.
    for (const args of [[], ['--set', 'ocsc']]) {
      const r = cli('score', filled, ...args, '--json');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out).people[0]).toMatchObject({ competencyScore: 20, total: 83, band: 'ดีมาก' });
    }
    const r = cli('score', filled, '--set', 'bma');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${filled}: `);
    expect(r.err).toMatch(
      /บรรทัด 1, คอลัมน์ 9: หัวคอลัมน์ "การยึดมั่นในความถูกต้องชอบธรรม และจริยธรรม" เป็นชื่อสมรรถนะของฉบับ ก\.พ\./,
    );
    expect(r.out).toBe('');
  });

  it('a file that is not text gets one Thai message', () => {
    const pdf = file('team.csv', '%PDF-1.4\n%\u00e2\u00e3\n');
    const r = cli('score', pdf);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(2);
    expect(r.err).toMatch(/เป็นไฟล์ PDF/);
  });

  it('usage errors exit 2 and write nothing', () => {
    for (const args of [
      [],
      ['frobnicate'],
      ['score'],
      ['score', sample, '--method', 'points'],
      ['score', sample, '--weights', '60/30'],
      ['lookup'],
      ['sets', '--bogus'],
    ]) {
      const r = cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.written).toEqual([]);
    }
  });

  it('a missing file is bad input (exit 1) that names it', () => {
    const r = cli('score', 'no-such-file.json');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no-such-file\.json: ไม่พบไฟล์/);
  });

  it('--help and --version', () => {
    expect(cli('--help')).toMatchObject({ code: 0 });
    expect(cli('--help').out).toMatch(/samatthana score FILE/);
    expect(cli('--version').out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
