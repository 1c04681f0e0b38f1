import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderValidator, validatorPaths } from '../../scripts/validator-source';
import {
  assessmentToCsv,
  assessmentToJson,
  decodeText,
  escapeFormula,
  ImportError,
  parseAssessment,
  parseAssessmentCsv,
  parseAssessmentJson,
} from '../../shared/interchange';
import { encodeCp874 } from '../support/cp874';
import { problemsOf } from '../support/problems';

const sample = readFileSync(new URL('../../shared/samples/team.json', import.meta.url), 'utf8');

const doc = (people: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'samatthana/assessment', version: 1, ...extra, people });

const P = {
  id: 'P1',
  name: 'นายหนึ่ง',
  positionType: 'วิชาการ',
  positionLevel: 'ชำนาญการ',
  competencies: { ACH: 2 },
};

describe('the schema validator', () => {
  it('is the checked-in compile of assessment.schema.json, with no require() for extension pages', () => {
    const fresh = renderValidator();
    expect(readFileSync(validatorPaths().js, 'utf8')).toBe(fresh.js);
    expect(fresh.js).not.toMatch(/\brequire\(/);
    expect(fresh.js).not.toMatch(/new Function|eval\(/);
  });
});

describe('interchange JSON', () => {
  it('reads the sample team with every default resolved', () => {
    const a = parseAssessmentJson(sample, 'team.json');
    expect(a.people).toHaveLength(12);
    expect(a).toMatchObject({ set: 'bma', method: 'gap', weights: { achievement: 70, competency: 30 } });
    expect(a.bands[0]).toEqual({ label: 'ดีเด่น', min: 90 });
  });

  it('defaults to bma, gap, 70/30 and the OCSC bands, and lets options override the file', () => {
    const a = parseAssessmentJson(doc([P], { set: 'ocsc' }), 'x.json', { method: 'bma-points' });
    expect(a).toMatchObject({
      set: 'ocsc',
      method: 'bma-points',
      weights: { achievement: 70, competency: 30 },
    });
    expect(a.bands.map((b) => b.label)).toEqual(['ดีเด่น', 'ดีมาก', 'ดี', 'พอใช้', 'ต้องปรับปรุง']);
    expect(parseAssessmentJson(doc([P]), 'x.json').set).toBe('bma');
  });

  it('sorts bands by minimum, highest first', () => {
    const a = parseAssessmentJson(
      doc([P], {
        bands: [
          { label: 'ต่ำ', min: 0 },
          { label: 'สูง', min: 80 },
        ],
      }),
      'x.json',
    );
    expect(a.bands.map((b) => b.label)).toEqual(['สูง', 'ต่ำ']);
  });

  it('names the JSON path and field of every schema problem at once', () => {
    const problems = problemsOf(() =>
      parseAssessmentJson(
        doc(
          [
            { ...P, competencies: { ACH: 'x', XYZ: 1 }, achievment: 5 },
            { id: '', competencies: {} },
          ],
          { method: 'points' },
        ),
        'team.json',
      ),
    );
    const where = problems.map((p) => p.where);
    // People are counted from 1 and named by id and name; the key path is the file's own.
    expect(where).toContain('ช่อง method');
    expect(where).toContain('คนที่ 1 (P1 นายหนึ่ง)');
    expect(where).toContain('คนที่ 1 (P1 นายหนึ่ง), ช่อง competencies');
    expect(where).toContain('คนที่ 1 (P1 นายหนึ่ง), ช่อง competencies.ACH');
    expect(where).toContain('คนที่ 2, ช่อง id');
    expect(problems.find((p) => p.where === 'คนที่ 1 (P1 นายหนึ่ง)')!.message).toMatch(/achievment/);
    expect(problems.find((p) => p.where === 'คนที่ 2')!.message).toMatch(/name/);
    for (const p of problems) expect(p.message).not.toMatch(/\((required|unknown field|must be)/);
  });

  it('checks levels against the set and method, positions, ids and weights', () => {
    const problems = problemsOf(() =>
      parseAssessmentJson(
        doc(
          [
            { ...P, competencies: { ACH: 6, SERV: 6 } },
            { ...P, id: 'P2', positionLevel: 'หัวหน้า' },
            { ...P, id: 'P1' },
          ],
          { set: 'ocsc', weights: { achievement: 70, competency: 20 } },
        ),
        'x.json',
      ),
    );
    expect(problems.map((p) => p.where)).toEqual([
      'ช่อง weights',
      'คนที่ 1 (P1 นายหนึ่ง), ช่อง competencies.ACH',
      'คนที่ 1 (P1 นายหนึ่ง), ช่อง competencies.SERV',
      'คนที่ 2 (P2 นายหนึ่ง), ช่อง positionLevel',
      'คนที่ 3 (P1 นายหนึ่ง), ช่อง id',
    ]);
    // bma SERV goes to 6; ocsc does not
    expect(() => parseAssessmentJson(doc([{ ...P, competencies: { SERV: 6 } }]), 'x.json')).not.toThrow();
  });

  it('takes rating values 1–5 only under the rating method', () => {
    expect(() =>
      parseAssessmentJson(doc([{ ...P, competencies: { ACH: 0 } }], { method: 'rating' }), 'x'),
    ).toThrow(/1–5/);
    expect(() =>
      parseAssessmentJson(
        doc([{ ...P, positionLevel: '?', competencies: { ACH: 5 } }], { method: 'rating' }),
        'x',
      ),
    ).not.toThrow();
  });

  it('accepts Thai digits written as strings, a BOM and zero-width characters', () => {
    const a = parseAssessmentJson(
      `\uFEFF${doc([{ ...P, name: 'นาย\u200Bหนึ่ง', achievement: '๘๐.๕', competencies: { ACH: '๓' } }], { round: { fiscalYear: '๒๕๖๙', round: 1 } })}`,
      'x.json',
    );
    expect(a.people[0]).toMatchObject({ name: 'นายหนึ่ง', achievement: 80.5, competencies: { ACH: 3 } });
    expect(a.round).toEqual({ fiscalYear: 2569, round: 1 });
  });

  it('points at the line and column of a syntax error, truncated or broken', () => {
    const truncated = sample.slice(0, 400);
    const [first] = problemsOf(() => parseAssessmentJson(truncated, 'team.json'));
    expect(first!.where).toMatch(/^บรรทัด \d+, คอลัมน์ \d+$/);
    const broken = '{\n  "format": "samatthana/assessment",\n  "version": 1,,\n  "people": []\n}';
    expect(problemsOf(() => parseAssessmentJson(broken, 'x.json'))[0]!.where).toBe('บรรทัด 3, คอลัมน์ 16');
    expect(() => parseAssessmentJson('', 'x.json')).toThrow(ImportError);
  });

  it('refuses deeply nested, huge or wrongly typed documents without crashing', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(() => parseAssessmentJson(deep, 'deep.json')).toThrow(ImportError);
    expect(() => parseAssessmentJson(' '.repeat(21 * 1024 * 1024), 'huge.json')).toThrow(/ใหญ่เกิน/);
    expect(() => parseAssessmentJson('[]', 'x.json')).toThrow(ImportError);
    expect(() => parseAssessmentJson('null', 'x.json')).toThrow(ImportError);
  });

  it('the error message names the file and lists every problem', () => {
    try {
      parseAssessmentJson(
        doc([
          { ...P, competencies: { ACH: 9 } },
          { ...P, id: 'P2', competencies: { TW: -1 } },
        ]),
        'ทีม.json',
      );
    } catch (e) {
      expect((e as Error).message).toMatch(/^ทีม\.json: ไฟล์ไม่ถูกต้อง 2 จุด/);
      expect((e as Error).message).toMatch(/คนที่ 2 \(P2 นายหนึ่ง\), ช่อง competencies\.TW/);
    }
  });

  it('writes JSON that reads back to the same assessment', () => {
    const a = parseAssessmentJson(sample, 'team.json');
    expect(parseAssessmentJson(assessmentToJson(a), 'again.json')).toEqual(a);
  });
});

describe('interchange CSV', () => {
  const thaiHeader =
    'รหัส,ชื่อ-สกุล,ประเภทตำแหน่ง,ระดับตำแหน่ง,ผลสัมฤทธิ์,การมุ่งผลสัมฤทธิ์,การบริการที่ดี,การสั่งสมความเชี่ยวชาญในงานอาชีพ,จริยธรรม,ความร่วมแรงร่วมใจ';
  const rows = [
    'P001,นางสาวสมศรี ใจดี,วิชาการ,ชำนาญการ,๘๐,๒,๓,๑,๐,๒',
    'P002,"นาย ก, ข",ทั่วไป,อาวุโส,75.5,2,2,2,2,2',
  ];

  it('a quote never closed is named by the line it opens on, not the last line', () => {
    const opensOn2 = ['รหัส,ชื่อ-สกุล', 'P1,"นาย', 'หนึ่ง', 'P2,นายสอง', 'P3,นายสาม'].join('\n');
    expect(problemsOf(() => parseAssessmentCsv(opensOn2, 'q.csv'))).toEqual([
      { where: 'ตั้งแต่บรรทัด 2', message: 'CSV ผิดรูปแบบ: เครื่องหมาย " เปิดแล้วไม่ปิดจนจบไฟล์' },
    ]);
    // A closed multi-line field, "" inside it, and a quote inside an unquoted field are not the one.
    const later = ['id,name', 'P1,"หนึ่ง ""ก""', 'ต่อ"', 'P2,ส"อง', 'P3\t,"สาม', 'P4,สี่'].join('\r\n');
    expect(problemsOf(() => parseAssessmentCsv(later, 'q.csv'))[0]!.where).toBe('ตั้งแต่บรรทัด 5');
  });

  it('reads Thai headers and Thai digits, UTF-8 with and without BOM', () => {
    const text = [thaiHeader, ...rows].join('\n');
    for (const bytes of [new TextEncoder().encode(text), new TextEncoder().encode(`\uFEFF${text}`)]) {
      const a = parseAssessmentCsv(bytes, 'team.csv');
      expect(a.people[0]).toMatchObject({
        id: 'P001',
        achievement: 80,
        competencies: { ACH: 2, SERV: 3, EXP: 1, ING: 0, TW: 2 },
      });
      expect(a.people[1]!.name).toBe('นาย ก, ข');
      expect(a).toMatchObject({ set: 'bma', method: 'gap' });
    }
  });

  it('detects and decodes windows-874, as Thai Excel saves it', () => {
    const bytes = encodeCp874([thaiHeader, ...rows].join('\r\n'));
    expect(decodeText(bytes).encoding).toBe('windows-874');
    const a = parseAssessmentCsv(bytes, 'excel.csv');
    expect(a.people[0]!.name).toBe('นางสาวสมศรี ใจดี');
    expect(a.people[1]!.positionLevel).toBe('อาวุโส');
  });

  it('decodes UTF-16 with a BOM', () => {
    const text = [thaiHeader, ...rows].join('\n');
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      le[2 + i * 2] = text.charCodeAt(i) & 0xff;
      le[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(parseAssessmentCsv(le, 'utf16.csv').people).toHaveLength(2);
  });

  it('reads English keys and the other sets’ names, ignoring the template’s computed columns', () => {
    const csv =
      'id,name,positionType,positionLevel,achievement,ACH,บริการที่ดี,EXP,คุณธรรมจริยธรรม,การทำงานเป็นทีม,คะแนนรวม\nA,ก,,K1,,1,1,1,1,1,99';
    expect(parseAssessmentCsv(csv, 'x.csv').people[0]).toMatchObject({
      positionLevel: 'K1',
      competencies: { SERV: 1, ING: 1, TW: 1 },
    });
  });

  it('names the line and the column of every problem, in file order', () => {
    const csv = [
      thaiHeader,
      'P1,ก,วิชาการ,ชำนาญการ,120,2,2,2,2,2',
      'P2,,วิชาการ,หัวหน้า,80,๙,2,สอง,2,2',
      'P1,ค,K2,,80,1,1,1,1,1',
    ].join('\n');
    const problems = problemsOf(() => parseAssessmentCsv(csv, 'team.csv'));
    expect(problems.map((p) => p.where)).toEqual([
      'บรรทัด 2, คอลัมน์ ผลสัมฤทธิ์',
      'บรรทัด 3, คอลัมน์ การสั่งสมความเชี่ยวชาญในงานอาชีพ',
      'บรรทัด 3, คอลัมน์ ชื่อ-สกุล',
      'บรรทัด 3, คอลัมน์ การมุ่งผลสัมฤทธิ์',
      'บรรทัด 3, คอลัมน์ ระดับตำแหน่ง',
      'บรรทัด 4, คอลัมน์ รหัส',
    ]);
  });

  it('counts lines correctly past a quoted field that spans lines', () => {
    const csv = `id,name,positionLevel,ACH,SERV,EXP,ING,TW\nA,"สอง\nบรรทัด",K1,1,,,,\nB,ข,K1,9,,,,`;
    expect(problemsOf(() => parseAssessmentCsv(csv, 'x.csv'))[0]!.where).toBe('บรรทัด 4, คอลัมน์ ACH');
  });

  it('refuses unknown or duplicate columns, a missing id column and an empty file', () => {
    expect(problemsOf(() => parseAssessmentCsv('id,name,ACH,ACH\nA,ก,1,1', 'x.csv'))[0]!.message).toMatch(
      /ซ้ำ/,
    );
    expect(problemsOf(() => parseAssessmentCsv('name,ACH\nก,1', 'x.csv'))[0]!.message).toMatch(/รหัส/);
    expect(problemsOf(() => parseAssessmentCsv('id,name,colour\nA,ก,red', 'x.csv'))[0]!.where).toMatch(
      /colour/,
    );
    expect(problemsOf(() => parseAssessmentCsv('', 'x.csv'))[0]!.message).toMatch(/ว่าง/);
  });

  it('takes the separator from the header line: comma, tab or semicolon, never a character inside the data', () => {
    for (const sep of [',', '\t', ';']) {
      const csv = `${[...'id name positionLevel ACH SERV EXP ING TW'.split(' ')].join(sep)}\n${['A', 'ก|ข', 'K1', '1', '', '', '', ''].join(sep)}`;
      expect(parseAssessmentCsv(csv, 'x.csv').people[0]).toMatchObject({
        name: 'ก|ข',
        competencies: { ACH: 1 },
      });
    }
  });

  it('takes set, method and weights from options', () => {
    const csv = 'id,name,positionLevel,ACH,SERV,EXP,ING,TW\nA,ก,K1,,6,,,';
    expect(parseAssessmentCsv(csv, 'x.csv').people[0]!.competencies.SERV).toBe(6);
    expect(() => parseAssessmentCsv(csv, 'x.csv', { set: 'ocsc' })).toThrow(/0–5/);
    expect(
      parseAssessmentCsv(csv, 'x.csv', { weights: { achievement: 50, competency: 50 } }).weights.competency,
    ).toBe(50);
  });

  it('escapes formulas on the way out and reads them back as text', () => {
    for (const t of ['=1+1', '+66', '-x', '@SUM(A1)', '\tx']) expect(escapeFormula(t)).toBe(`'${t}`);
    expect(escapeFormula('นาย ก')).toBe('นาย ก');
    expect(escapeFormula("'=x")).toBe("''=x");
    expect(escapeFormula("'สมชาย")).toBe("'สมชาย");
    const a = parseAssessmentJson(
      doc([{ ...P, name: '=HYPERLINK("http://x","คลิก")', positionType: '@วิชาการ' }]),
      'x.json',
      {
        method: 'rating',
      },
    );
    const csv = assessmentToCsv(a);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""คลิก"")"`);
    const back = parseAssessmentCsv(new TextEncoder().encode(csv), 'x.csv', { method: 'rating' });
    expect(back.people[0]!.name).toBe('=HYPERLINK("http://x","คลิก")');
  });

  it('writes Thai headers of the set, and expected-level columns when people carry them', () => {
    const a = parseAssessmentJson(doc([{ ...P, expected: { ACH: 1 } }], { set: 'ocsc' }), 'x.json');
    const csv = assessmentToCsv(a, { thaiHeaders: true });
    expect(csv.split('\r\n')[0]).toContain('การยึดมั่นในความถูกต้องชอบธรรม และจริยธรรม');
    expect(parseAssessmentCsv(csv, 'x.csv', { set: 'ocsc' }).people[0]!.expected).toEqual({ ACH: 1 });
  });
});

describe('parseAssessment', () => {
  it('tells JSON from CSV by name or content', () => {
    expect(parseAssessment(new TextEncoder().encode(sample), 'team.json').people).toHaveLength(12);
    expect(parseAssessment(sample, 'upload').people).toHaveLength(12);
    expect(
      parseAssessment('id,name,positionLevel,ACH,SERV,EXP,ING,TW\nA,ก,K1,1,,,,', 'upload').people,
    ).toHaveLength(1);
  });
});
