/**
 * The evaluator's own files: HR lists with their own headers and positions, the template's .xlsx,
 * the CSV and "Unicode text" a spreadsheet saves, partial work, and files that are not text at all.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { allSets, COMPETENCY_ALIASES, getCompetency } from '../../shared/dictionary';
import { COMPETENCY_CODES, SET_IDS } from '../../shared/dictionary/types';
import {
  assessmentToCsv,
  type ImportError,
  missingCompetencies,
  parseAssessment,
  readAssessmentFile,
} from '../../shared/interchange';
import {
  COMPETENCY_FAMILIES,
  columnFor,
  FAMILY_HEADERS,
  FIELD_HEADERS,
  type Field,
  familyHeader,
  IGNORED_HEADERS,
  STAND_IN_HEADERS,
} from '../../shared/interchange/headers';
import { sniff } from '../../shared/interchange/sniff';
import { positionCode } from '../../shared/rules/positions';
import { FISCAL_YEARS } from '../../shared/rules/rounds';
import { SETTINGS_ROW, SHEETS, templateFromAssessment } from '../../shared/template';
import { templateXlsx } from '../../shared/template/xlsx';
import { encodeCp874 } from '../support/cp874';
import { problemsOf } from '../support/problems';

const utf16le = (text: string) => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
};

const COMP = 'การมุ่งผลสัมฤทธิ์,การบริการที่ดี,การสั่งสมความเชี่ยวชาญในงานอาชีพ,จริยธรรม,ความร่วมแรงร่วมใจ';

describe('header synonyms', () => {
  const variants = (h: string) => [h, ` ${h} `, h.replace(/-/g, ' – '), `${h}\u200B`, `${h}.`];

  it.each(
    (Object.keys(FIELD_HEADERS) as Field[]).flatMap((f) =>
      [FIELD_HEADERS[f].th, FIELD_HEADERS[f].key, ...FIELD_HEADERS[f].aliases].map((h) => [h, f] as const),
    ),
  )('"%s" is the %s column, however it is spaced or dashed', (header, field) => {
    for (const h of variants(header)) expect(columnFor(h), h).toEqual({ kind: 'field', field });
  });

  it.each(Object.entries(STAND_IN_HEADERS).flatMap(([kind, hs]) => hs.map((h) => [h, kind] as const)))(
    '"%s" stands in as %s',
    (header, kind) => {
      for (const h of variants(header)) expect(columnFor(h), h).toEqual({ kind });
    },
  );

  it.each(IGNORED_HEADERS.map((h) => [h]))('"%s" is not input', (header) => {
    expect(columnFor(header)).toEqual({ kind: 'ignored' });
  });

  it('knows each competency by the short and long Thai names of both sets, and its code', () => {
    for (const set of allSets()) {
      for (const c of set.competencies) {
        expect(columnFor(c.nameTh), c.nameTh).toEqual({ kind: 'level', code: c.code });
        expect(columnFor(`ระดับที่คาดหวัง ${c.nameTh}`)).toEqual({
          kind: 'family',
          family: 'expected',
          code: c.code,
        });
      }
    }
    for (const code of COMPETENCY_CODES) {
      expect(columnFor(code)).toEqual({ kind: 'level', code });
      for (const alias of COMPETENCY_ALIASES[code])
        expect(columnFor(alias), alias).toEqual({ kind: 'level', code });
    }
  });

  it.each(COMPETENCY_FAMILIES.map((f) => [f]))(
    'the %s family: its Thai header, every synonym and the code form, for each competency',
    (family) => {
      const h = FAMILY_HEADERS[family];
      for (const code of COMPETENCY_CODES) {
        const want = { kind: 'family', family, code };
        for (const set of SET_IDS) expect(columnFor(familyHeader(family, code, set))).toEqual(want);
        for (const prefix of [h.th, ...h.prefixes, family]) {
          for (const name of [COMPETENCY_ALIASES[code][1]!, code])
            for (const header of variants(`${prefix} ${name}`))
              expect(columnFor(header), header).toEqual(want);
        }
        expect(columnFor(`${family}.${code}`)).toEqual(want);
      }
      for (const set of allSets())
        for (const c of set.competencies)
          expect(columnFor(`${h.th} ${c.nameTh}`), c.nameTh).toEqual({
            kind: 'family',
            family,
            code: c.code,
          });
    },
  );

  it('names the new families as the issue and the forms do', () => {
    expect(familyHeader('evidence', 'ACH', 'bma')).toBe('เหตุการณ์/พฤติกรรม การมุ่งผลสัมฤทธิ์');
    expect(familyHeader('self', 'ACH', 'ocsc')).toBe('ประเมินตนเอง การมุ่งผลสัมฤทธิ์');
    // The competency's name in the file's own set, as its level column beside it says.
    expect(familyHeader('evidence', 'ING', 'bma')).toBe(
      `เหตุการณ์/พฤติกรรม ${getCompetency('bma', 'ING').nameTh}`,
    );
    expect(familyHeader('self', 'TW', 'ocsc')).toBe(`ประเมินตนเอง ${getCompetency('ocsc', 'TW').nameTh}`);
    expect(columnFor('ระบุเหตุการณ์/พฤติกรรม การบริการที่ดี')).toEqual({
      kind: 'family',
      family: 'evidence',
      code: 'SERV',
    });
    expect(columnFor('ผลการประเมินตนเอง TW')).toEqual({ kind: 'family', family: 'self', code: 'TW' });
    expect(columnFor('ช่วงเวลาที่ต้องการพัฒนา ACH')).toEqual({
      kind: 'family',
      family: 'plan.period',
      code: 'ACH',
    });
    expect(columnFor('วิธีการวัดผลในการพัฒนา ING')).toEqual({
      kind: 'family',
      family: 'plan.measure',
      code: 'ING',
    });
    // The template's computed column is still not input.
    expect(columnFor('ผลการประเมิน')).toEqual({ kind: 'ignored' });
  });

  it('reads "ชื่อ - นามสกุล" as "ชื่อ-นามสกุล", with any dash, and leaves unknown headers unknown', () => {
    for (const h of ['ชื่อ - นามสกุล', 'ชื่อ—นามสกุล', 'ชื่อ–นามสกุล', 'ชื่อ นามสกุล', 'ชื่อ-นามสกุล']) {
      expect(columnFor(h)).toEqual({ kind: 'field', field: 'name' });
    }
    expect(columnFor('เงินเดือน')).toBeNull();
    expect(columnFor('x-note')).toEqual({ kind: 'ignored' });
  });
});

describe('positions as HR writes them', () => {
  it.each([
    ['', 'นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ', 'K3'],
    ['นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ', '', 'K3'],
    ['นักวิชาการคอมพิวเตอร์ชำนาญการ', '', 'K2'],
    ['เจ้าพนักงานพัสดุอาวุโส', '', 'O3'],
    ['ผู้อำนวยการกองคลัง อำนวยการต้น', '', 'D1'],
    ['นักวิชาการคอมพิวเตอร์', 'ชำนาญการ', 'K2'],
    ['วิชาการ', 'นักวิชาการเงินและบัญชีปฏิบัติการ', 'K1'],
    ['อำนวยการ', 'ต้น', 'D1'],
  ])('"%s" / "%s" is %s', (type, level, code) => {
    expect(positionCode(type, level)).toBe(code);
  });

  it('refuses a line name with no level word, or an ambiguous one, showing the text and the accepted forms', () => {
    expect(() => positionCode('นักจัดการงานทั่วไป', '')).toThrow(/"นักจัดการงานทั่วไป".*ชื่อตำแหน่งตามด้วยระดับ/);
    expect(() => positionCode('ผู้อำนวยการกอง', 'ต้น')).toThrow(/ระบุได้มากกว่าหนึ่งตำแหน่ง/);
    // A given type is never overruled by a level word that belongs to another type.
    expect(() => positionCode('ทั่วไป', 'นักวิชาการชำนาญการ')).toThrow(/ไม่รู้จักตำแหน่ง/);
  });
});

describe('an HR list', () => {
  const list = [
    'รายชื่อผู้รับการประเมิน กองคลัง,,,,',
    'รอบที่ 1 ปีงบประมาณ 2569,,,,',
    ',,,,',
    'ลำดับ,ชื่อ - นามสกุล,ตำแหน่ง,ระดับ,สังกัด',
    '1,นางสาวสมศรี ใจดี,นักวิเคราะห์นโยบายและแผน,ชำนาญการพิเศษ,กองคลัง',
    '2,นายสมชาย รักงาน,เจ้าพนักงานพัสดุอาวุโส,,กองคลัง',
    '3,นายใหญ่ ผู้นำ,ผู้อำนวยการกองคลัง อำนวยการต้น,,กองคลัง',
    ',,,,',
  ].join('\r\n');

  it('is read below its title rows: ลำดับ as the id, ตำแหน่ง + ระดับ as the position, everyone still to assess', () => {
    const { assessment: a, places } = readAssessmentFile(new TextEncoder().encode(list), 'hr.csv');
    expect(a.people.map((p) => [p.id, p.name, p.positionType, p.positionLevel])).toEqual([
      ['1', 'นางสาวสมศรี ใจดี', 'นักวิเคราะห์นโยบายและแผน', 'ชำนาญการพิเศษ'],
      ['2', 'นายสมชาย รักงาน', 'เจ้าพนักงานพัสดุอาวุโส', undefined],
      ['3', 'นายใหญ่ ผู้นำ', 'ผู้อำนวยการกองคลัง อำนวยการต้น', undefined],
    ]);
    expect(a.people.map((p) => positionCode(p.positionType, p.positionLevel))).toEqual(['K3', 'O3', 'D1']);
    expect(places).toEqual(['บรรทัด 5', 'บรรทัด 6', 'บรรทัด 7']);
    for (const p of a.people) expect(missingCompetencies(p)).toEqual([...COMPETENCY_CODES]);
  });

  it('reads the same from windows-874, from UTF-16 tab-separated text, and with Thai digits', () => {
    const cp = readAssessmentFile(encodeCp874(list), 'hr.csv').assessment;
    const tsv = readAssessmentFile(utf16le(list.replace(/,/g, '\t')), 'hr.txt').assessment;
    expect(cp.people).toEqual(tsv.people);
    const digits = `รหัส,ชื่อ-สกุล,ระดับตำแหน่ง,ผลสัมฤทธิ์,${COMP}\nP1,ก,K2,๘๐,๒,๓,๑,๐,๒`;
    expect(parseAssessment(digits, 'x.csv').people[0]).toMatchObject({
      achievement: 80,
      competencies: { ACH: 2, SERV: 3, EXP: 1, ING: 0, TW: 2 },
    });
  });

  it('takes title + first name + surname from separate columns', () => {
    const csv = 'ลำดับ,คำนำหน้า,ชื่อ,นามสกุล,ระดับตำแหน่ง\n1,นาง,สุภาพร,จันทร์เพ็ญ,K2';
    expect(parseAssessment(csv, 'x.csv').people[0]!.name).toBe('นางสุภาพร จันทร์เพ็ญ');
  });
});

describe('structural faults are refused, named by line and column', () => {
  it('a row with fewer or more cells than the header', () => {
    const csv = `รหัส,ชื่อ-สกุล,ระดับตำแหน่ง,${COMP}\nP1,ก,K2,1,1,1,1,1\nP2,ข,K2,1,1\nP3,ค,K2,1,1,1,1,1,9`;
    const where = problemsOf(() => parseAssessment(csv, 'x.csv')).map((p) => p.where);
    expect(where).toEqual(['บรรทัด 3', 'บรรทัด 4']);
  });

  it('a header lacking a competency column of the set', () => {
    const csv = 'รหัส,ชื่อ-สกุล,ระดับตำแหน่ง,การมุ่งผลสัมฤทธิ์,การบริการที่ดี,จริยะธรรม,ความร่วมแรงร่วมใจ\nP1,ก,K2,1,1,1,1';
    const problems = problemsOf(() => parseAssessment(csv, 'x.csv'));
    // The mistyped header is named, with the headers that would have worked …
    expect(problems[0]).toMatchObject({ where: 'บรรทัด 1, คอลัมน์ 6 "จริยะธรรม"' });
    expect(problems[0]!.message).toMatch(/หัวคอลัมน์ที่ใช้ได้: รหัส, ชื่อ-สกุล/);
    // The short names suggested are spelt right: not the source's misspelt การส่งเสริม… (errata.ts).
    expect(problems[0]!.message).toContain(
      'หรือชื่อย่อ เช่น มุ่งผลสัมฤทธิ์, บริการที่ดี, สั่งสมความเชี่ยวชาญ, ยึดมั่นในความถูกต้องชอบธรรม, ร่วมแรงร่วมใจ)',
    );
    expect(problems[0]!.message).not.toContain('ส่งเสริม');
    // … and so is the competency that has no column.
    expect(problems[1]!.message).toMatch(/ไม่มีคอลัมน์ของสมรรถนะ การสั่งสมความเชี่ยวชาญในงานอาชีพ, จริยธรรม \(/);
  });

  it('prints at most 20 problems, then how many more, all in Thai', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `P${i},ก${i},K2,9,1,1,1,1`);
    const e = (() => {
      try {
        parseAssessment(`รหัส,ชื่อ-สกุล,ระดับตำแหน่ง,${COMP}\n${rows.join('\n')}`, 'big.csv');
      } catch (err) {
        return err as ImportError;
      }
    })()!;
    expect(e.problems).toHaveLength(30);
    const lines = e.message.split('\n');
    expect(lines).toHaveLength(1 + 20 + 1);
    expect(lines.at(-1)).toBe('  และอีก 10 รายการ');
    expect(e.message.replace('big.csv', '')).not.toMatch(/[A-Za-z]{3,}/);
  });
});

describe('a file that is not text gets one message', () => {
  it.each([
    ['a PDF', new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /PDF/],
    ['an old .xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /\.xls/],
    ['UTF-16 without a BOM', utf16le(`รหัส\tชื่อ-สกุล\nP1\tนาย ก\n`).subarray(2), /UTF-16/],
    ['binary', Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256), /ไบนารี/],
  ])('%s', (_what, bytes, message) => {
    expect(sniff(bytes).kind).toBe('not-text');
    const problems = problemsOf(() => parseAssessment(bytes, 'team.csv'));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(message);
  });

  it('a zip that is not a workbook', async () => {
    const { zipSync } = await import('fflate');
    const zip = zipSync({ 'word/document.xml': new TextEncoder().encode('<w/>') });
    expect(problemsOf(() => parseAssessment(zip, 'x.csv'))[0]!.message).toMatch(/ไม่ใช่สมุดงาน Excel/);
  });
});

describe('the template .xlsx comes back', () => {
  const team = {
    format: 'samatthana/assessment',
    version: 1,
    set: 'ocsc',
    method: 'bma-points',
    round: { fiscalYear: 2569, round: 2 },
    weights: { achievement: 60, competency: 40 },
    people: [
      {
        id: 'P1',
        name: '=HYPERLINK("x")',
        positionType: 'วิชาการ',
        positionLevel: 'ชำนาญการ',
        achievement: 80.5,
        competencies: { ACH: 2, SERV: 3, EXP: 1, ING: 0, TW: 2 },
        expected: { ACH: 3 },
      },
      {
        id: 'P2',
        name: 'นายสอง',
        positionType: 'วิชาการ',
        positionLevel: 'ปฏิบัติการ',
        competencies: { ACH: 1 },
      },
    ],
  };

  it('with its people, settings, bands and overrides, as written', async () => {
    const a = parseAssessment(JSON.stringify(team), 'team.json');
    const bytes = await templateXlsx(templateFromAssessment(a));
    const back = readAssessmentFile(bytes, 'team.xlsx');
    expect(back.assessment).toEqual(a);
    expect(back.places).toEqual(['แถว 4', 'แถว 5']);
  });

  it('options override the file’s own settings', async () => {
    const a = parseAssessment(JSON.stringify(team), 'team.json');
    const bytes = await templateXlsx(templateFromAssessment(a));
    expect(parseAssessment(bytes, 'team.xlsx', { method: 'gap' }).method).toBe('gap');
  });

  it('after a user typed into it and changed a weight (exceljs as the editor)', async () => {
    const blank = parseAssessment(
      JSON.stringify({ format: 'samatthana/assessment', version: 1, people: [] }),
      'b.json',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await templateXlsx(templateFromAssessment(blank, { spareRows: 5 }))).buffer as ArrayBuffer,
    );
    const sheet = wb.getWorksheet(SHEETS.score)!;
    const row = sheet.getRow(5);
    ['P9', 'นางเก้า', 'ทั่วไป', 'อาวุโส', 70, 2, 2, '๒', 1, 3].forEach((v, i) => {
      row.getCell(i + 1).value = v;
    });
    wb.getWorksheet(SHEETS.settings)!.getCell(SETTINGS_ROW.achievementWeight, 2).value = 80;
    wb.getWorksheet(SHEETS.settings)!.getCell(SETTINGS_ROW.competencyWeight, 2).value = 20;
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());
    const back = readAssessmentFile(edited, 'edited.xlsx');
    expect(back.assessment.people).toEqual([
      {
        id: 'P9',
        name: 'นางเก้า',
        positionType: 'ทั่วไป',
        positionLevel: 'อาวุโส',
        achievement: 70,
        competencies: { ACH: 2, SERV: 2, EXP: 2, ING: 1, TW: 3 },
      },
    ]);
    expect(back.assessment.weights).toEqual({ achievement: 80, competency: 20 });
    expect(back.places).toEqual(['แถว 5']);
  });

  it('weights typed in the settings sheet that do not add to 100 are named by that sheet and its cells', async () => {
    const a = parseAssessment(JSON.stringify(team), 'team.json');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await templateXlsx(templateFromAssessment(a))).buffer as ArrayBuffer);
    const settings = wb.getWorksheet(SHEETS.settings)!;
    settings.getCell(SETTINGS_ROW.achievementWeight, 2).value = 60;
    settings.getCell(SETTINGS_ROW.competencyWeight, 2).value = 30;
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(problemsOf(() => readAssessmentFile(edited, 'team.xlsx'))).toEqual([
      { where: 'แผ่นงาน "ตั้งค่า" ช่อง B2 และ B3', message: 'น้ำหนักต้องรวมกันได้ 100 (ได้ 60 + 30)' },
    ]);
    // Given as an option, the weights are the option's.
    const bad = { weights: { achievement: 50, competency: 40 } };
    expect(problemsOf(() => readAssessmentFile(edited, 'team.xlsx', bad))[0]!.where).toBe('--weights');
  });

  it('a round typed in the settings sheet is read as a person types it; a Common-era year or a round 3 is named, never dropped', async () => {
    const a = parseAssessment(JSON.stringify(team), 'team.json');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await templateXlsx(templateFromAssessment(a))).buffer as ArrayBuffer);
    const settings = wb.getWorksheet(SHEETS.settings)!;
    const read = async (fiscalYear: ExcelJS.CellValue, round: ExcelJS.CellValue) => {
      settings.getCell(SETTINGS_ROW.fiscalYear, 2).value = fiscalYear;
      settings.getCell(SETTINGS_ROW.round, 2).value = round;
      return new Uint8Array(await wb.xlsx.writeBuffer());
    };
    const at = 'แผ่นงาน "ตั้งค่า" ช่อง B7 และ B8';
    expect(readAssessmentFile(await read('๒๕๖๙', 'รอบที่ ๑'), 'team.xlsx').assessment.round).toEqual({
      fiscalYear: 2569,
      round: 1,
    });
    expect(readAssessmentFile(await read(null, null), 'team.xlsx').assessment.round).toBeUndefined();
    const ce = await read(2026, 1);
    expect(problemsOf(() => readAssessmentFile(ce, 'team.xlsx'))).toEqual([
      { where: at, message: 'ปีงบประมาณต้องเป็นปี พ.ศ. (ได้ 2026 ซึ่งเป็นปี ค.ศ. — คือ พ.ศ. 2569)' },
    ]);
    for (const round of [3, '2569/1'] as const) {
      const bad = await read(2569, round);
      expect(problemsOf(() => readAssessmentFile(bad, 'team.xlsx'))[0]!.message).toMatch(
        /^รอบการประเมินต้องเป็น 1 .* หรือ 2 /,
      );
    }
    const half = await read(2569, null);
    expect(problemsOf(() => readAssessmentFile(half, 'team.xlsx'))[0]).toMatchObject({
      where: at,
      message: expect.stringMatching(/\(ไม่ได้ระบุ\)$/),
    });
  }, 60_000);

  it('a band named twice in the bands sheet is named by that sheet', async () => {
    const a = parseAssessment(JSON.stringify(team), 'team.json');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await templateXlsx(templateFromAssessment(a))).buffer as ArrayBuffer);
    const bands = wb.getWorksheet(SHEETS.bands)!;
    bands.getCell(3, 1).value = bands.getCell(2, 1).value;
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(problemsOf(() => readAssessmentFile(edited, 'team.xlsx'))).toEqual([
      { where: 'แผ่นงาน "เกณฑ์" ช่อง A2–A21', message: `ชื่อระดับผล "${bands.getCell(2, 1).value}" ซ้ำ` },
    ]);
  }, 60_000);

  it('the fiscal years a sheet may name are those the interchange schema allows', () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../shared/interchange/assessment.schema.json', import.meta.url), 'utf8'),
    );
    const fy = schema.properties.round.properties.fiscalYear;
    expect({ min: fy.minimum, max: fy.maximum }).toEqual(FISCAL_YEARS);
  });

  it('any workbook whose first sheet is a list of people', async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('รายชื่อ');
    s.addRow(['บัญชีรายชื่อข้าราชการ']);
    s.addRow(['ที่', 'ชื่อ-สกุล', 'ตำแหน่ง', ...COMP.split(',')]);
    s.addRow([1, 'นางสาวสมศรี ใจดี', 'นักวิชาการคอมพิวเตอร์ชำนาญการ', 2, 2, 2, 2, null]);
    wb.addWorksheet('อื่น').addRow(['ไม่ใช่รายชื่อ']);
    const a = readAssessmentFile(new Uint8Array(await wb.xlsx.writeBuffer()), 'hr.xlsx');
    expect(a.assessment.people[0]).toMatchObject({
      id: '1',
      competencies: { ACH: 2, SERV: 2, EXP: 2, ING: 2 },
    });
    expect(a.places).toEqual(['แถว 3']);
    expect(missingCompetencies(a.assessment.people[0]!)).toEqual(['TW']);
  });

  it('a value typed as a formula is read by its saved result; one without a result is named, not dropped', async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('รายชื่อ');
    s.addRow(['ลำดับ', 'ชื่อ-สกุล', 'ระดับตำแหน่ง', 'ผลสัมฤทธิ์', ...COMP.split(',')]);
    s.addRow([
      { formula: 'ROW()-1', result: 1 },
      { formula: '"สมศรี"&" ใจดี"', result: 'สมศรี ใจดี' },
      'K2',
      { formula: '(85+75)/2', result: 80 },
      { formula: '1+1', result: 2 },
      3,
      3,
      3,
      3,
    ]);
    const a = readAssessmentFile(new Uint8Array(await wb.xlsx.writeBuffer()), 'hr.xlsx').assessment;
    expect(a.people).toEqual([
      {
        id: '1',
        name: 'สมศรี ใจดี',
        positionLevel: 'K2',
        achievement: 80,
        competencies: { ACH: 2, SERV: 3, EXP: 3, ING: 3, TW: 3 },
      },
    ]);
    // A formula the file holds no result for (never calculated, or an error) is a fault at its cell.
    s.getCell('D2').value = { formula: '85/0', result: { error: '#DIV/0!' } };
    s.getCell('E2').value = { formula: '1+1' } as ExcelJS.CellFormulaValue;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const problems = problemsOf(() => readAssessmentFile(bytes, 'hr.xlsx'));
    expect(problems.map((p) => p.where)).toEqual(['แถว 2, คอลัมน์ ผลสัมฤทธิ์', 'แถว 2, คอลัมน์ การมุ่งผลสัมฤทธิ์']);
    expect(problems[0]!.message).toMatch(/สูตรที่ไม่มีผลลัพธ์/);
  });

  it("the template's own formulas (the expected levels) are never read as typed", async () => {
    const a = parseAssessment(JSON.stringify(team), 'team.json');
    const bytes = await templateXlsx(templateFromAssessment(a));
    const back = readAssessmentFile(bytes, 'team.xlsx').assessment;
    // Written without results (exceljs): read as input, each would be a formula with no result.
    expect(back.people.map((p) => p.expected)).toEqual(a.people.map((p) => p.expected));
  });

  it('CSV written by us reads back with every person field', () => {
    const a = parseAssessment(JSON.stringify(team), 'team.json');
    const back = parseAssessment(assessmentToCsv(a, { thaiHeaders: true }), 'x.csv', {
      set: 'ocsc',
      method: 'bma-points',
      weights: a.weights,
    });
    expect(back.people).toEqual(a.people);
  });
});
