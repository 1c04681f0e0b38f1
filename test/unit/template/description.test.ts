/** The template description: contract headers, formulas written once, values as entered, text as text. */
import { describe, expect, it } from 'vitest';
import { getSet } from '../../../shared/dictionary';
import { COMPETENCY_CODES } from '../../../shared/dictionary/types';
import { parseAssessment } from '../../../shared/interchange';
import type { Person } from '../../../shared/interchange/types';
import {
  COL,
  competencyCol,
  expectedCol,
  FIRST_PERSON_ROW,
  HEADER_ROW,
  isFormula,
  personRow,
  SHEETS,
  type TemplateDescription,
  templateFromAssessment,
} from '../../../shared/template';
import { sheetCell } from '../../../shared/template/blocks';

function assess(people: Person[], extra: Record<string, unknown> = {}) {
  return parseAssessment(
    JSON.stringify({ format: 'samatthana/assessment', version: 1, ...extra, people }),
    'x.json',
  );
}

const at = sheetCell;

const somchai: Person = {
  id: 'P001',
  name: 'นางสาวสมศรี ใจดี',
  positionType: 'วิชาการ',
  positionLevel: 'ระดับชำนาญการ',
  achievement: 80,
  competencies: { ACH: 2, SERV: 3, EXP: 1, ING: 0, TW: 2 },
};

function score(desc: TemplateDescription) {
  return desc.sheets.find((s) => s.name === SHEETS.score)!;
}

describe('template description', () => {
  it.each(['bma', 'ocsc'] as const)(
    'has the contract header row with the %s set’s Thai competency names',
    (set) => {
      const s = score(templateFromAssessment(assess([somchai], { set })));
      expect(s.name).toBe('คะแนน');
      const header = Array.from({ length: 13 }, (_, i) => at(s, HEADER_ROW, i + 1));
      expect(header).toEqual([
        'รหัส',
        'ชื่อ-สกุล',
        'ประเภทตำแหน่ง',
        'ระดับตำแหน่ง',
        'ผลสัมฤทธิ์',
        ...COMPETENCY_CODES.map((c) => getSet(set).competencies.find((x) => x.code === c)!.nameTh),
        'คะแนนสมรรถนะ',
        'คะแนนรวม',
        'ผลการประเมิน',
      ]);
      // Nothing above the header starts with รหัส: it is the first such row.
      for (let r = 1; r < HEADER_ROW; r++) expect(at(s, r, 1)).not.toBe('รหัส');
    },
  );

  it('writes entered levels as values and the position in its standard names', () => {
    const s = score(templateFromAssessment(assess([somchai], { set: 'ocsc' })));
    const r = FIRST_PERSON_ROW;
    expect(at(s, r, COL.positionType)).toBe('วิชาการ');
    expect(at(s, r, COL.positionLevel)).toBe('ชำนาญการ');
    expect(at(s, r, COL.achievement)).toBe(80);
    for (const code of COMPETENCY_CODES)
      expect(at(s, r, competencyCol(code))).toBe(somchai.competencies[code]);
  });

  it('makes every computed cell a formula, the same text on every row but for the row number', () => {
    const people = Array.from({ length: 6 }, (_, i) => ({ ...somchai, id: `P${i}` }));
    const s = score(templateFromAssessment(assess(people), { spareRows: 4 }));
    for (const col of [
      COL.competencyScore,
      COL.total,
      COL.band,
      COL.positionCode,
      COL.points,
      expectedCol('ACH'),
    ]) {
      const texts = Array.from({ length: 10 }, (_, i) => {
        const c = at(s, FIRST_PERSON_ROW + i, col);
        if (!c || !isFormula(c)) throw new Error(`R${FIRST_PERSON_ROW + i}C${col} is not a formula`);
        return c.f.replace(new RegExp(`(\\$[A-Z]+)${FIRST_PERSON_ROW + i}(?!\\d)`, 'g'), '$1#');
      });
      expect(new Set(texts).size).toBe(1);
    }
    expect(at(s, FIRST_PERSON_ROW + 10, COL.total)).toBeUndefined();
  });

  it('uses only functions that Sheets, Excel and LibreOffice compute alike', () => {
    const allowed = new Set([
      'IF',
      'AND',
      'OR',
      'COUNT',
      'COUNTIF',
      'MAX',
      'MIN',
      'SUM',
      'ROUND',
      'INDEX',
      'MATCH',
      'LARGE',
      'IFERROR',
      'INDIRECT',
      'ISNUMBER',
      'INT',
      'MOD',
      'CHOOSE',
      'CHAR',
      'ROW',
    ]);
    for (const method of ['gap', 'rating', 'bma-points'] as const) {
      const desc = templateFromAssessment(
        assess([{ ...somchai, competencies: { ACH: 1, SERV: 2, EXP: 3, ING: 4, TW: 5 } }], { method }),
      );
      const texts = desc.sheets.flatMap((s) => [
        ...s.blocks.flatMap((b) =>
          b.cells
            .flat()
            .filter(isFormula)
            .map((c) => c.f),
        ),
        ...s.conditionalFormats.map((c) => c.formula),
      ]);
      const used = new Set(
        texts.flatMap((t) =>
          [...t.replace(/"[^"]*"/g, '').matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]!),
        ),
      );
      expect([...used].filter((f) => !allowed.has(f))).toEqual([]);
      expect(used.has('ROUND')).toBe(true);
    }
  });

  it('keeps text that looks like a formula or a number as text', () => {
    const people = [
      { ...somchai, id: '001', name: '=HYPERLINK("http://x")' },
      { ...somchai, id: 'P2', name: '+66 812345678' },
      { ...somchai, id: 'P3', name: '@บัญชี' },
    ];
    const s = score(templateFromAssessment(assess(people)));
    expect(at(s, FIRST_PERSON_ROW, COL.id)).toBe('001');
    expect(at(s, FIRST_PERSON_ROW, COL.name)).toBe('=HYPERLINK("http://x")');
    expect(at(s, FIRST_PERSON_ROW + 1, COL.name)).toBe('+66 812345678');
    expect(at(s, FIRST_PERSON_ROW + 2, COL.name)).toBe('@บัญชี');
  });

  it('honours a person’s own expected levels: values where given, the table’s formula elsewhere', () => {
    const s = score(
      templateFromAssessment(assess([{ ...somchai, expected: { ACH: 4, TW: 1 } }], { set: 'ocsc' })),
    );
    expect(at(s, FIRST_PERSON_ROW, expectedCol('ACH'))).toBe(4);
    expect(at(s, FIRST_PERSON_ROW, expectedCol('TW'))).toBe(1);
    expect(isFormula(at(s, FIRST_PERSON_ROW, expectedCol('SERV'))!)).toBe(true);
  });

  it('resolves positions as forms print them, and keeps an unknown one as given', () => {
    expect(personRow({ ...somchai, positionType: undefined, positionLevel: 'K3' })).toMatchObject({
      positionType: 'วิชาการ',
      positionLevel: 'ชำนาญการพิเศษ',
    });
    expect(
      personRow({ ...somchai, positionType: 'พนักงานราชการ', positionLevel: 'กลุ่มงานบริการ' }),
    ).toMatchObject({
      positionType: 'พนักงานราชการ',
      positionLevel: 'กลุ่มงานบริการ',
    });
    expect(personRow({ ...somchai, positionType: 'ลูกจ้าง', positionLevel: 'ไม่ทราบ' })).toMatchObject({
      positionType: 'ลูกจ้าง',
      positionLevel: 'ไม่ทราบ',
    });
  });

  it('puts weights, bands and the expected-level table in reference sheets the formulas read', () => {
    const desc = templateFromAssessment(
      assess([somchai], {
        weights: { achievement: 60, competency: 40 },
        bands: [
          { label: 'ผ่าน', min: 50 },
          { label: 'ดีเยี่ยม', min: 90 },
        ],
      }),
    );
    const settings = desc.sheets.find((s) => s.name === SHEETS.settings)!;
    expect([at(settings, 2, 2), at(settings, 3, 2)]).toEqual([60, 40]);
    const bands = desc.sheets.find((s) => s.name === SHEETS.bands)!;
    expect([at(bands, 2, 1), at(bands, 2, 2), at(bands, 3, 1), at(bands, 3, 2)]).toEqual([
      'ดีเยี่ยม',
      90,
      'ผ่าน',
      50,
    ]);
    const total = at(score(desc), FIRST_PERSON_ROW, COL.total);
    expect(isFormula(total!) && total.f).toContain(`'${SHEETS.settings}'!$B$2`);
    const band = at(score(desc), FIRST_PERSON_ROW, COL.band);
    expect(isFormula(band!) && band.f).toContain(`'${SHEETS.bands}'!$B$2:$B$21`);
  });
});

describe('the plan sheet', () => {
  it('makes its live rows as tall as the longest indicators of the set, so none is cut off', () => {
    for (const set of ['bma', 'ocsc'] as const) {
      const plan = templateFromAssessment(assess([somchai], { set })).sheets.find(
        (s) => s.name === SHEETS.plan,
      )!;
      const rows = plan.rowHeights!.find((h) => h.count > 1)!;
      // The longest list of indicators of the set, as the plan's 60-wide column shows it.
      const longest = Math.max(
        ...getSet(set).competencies.flatMap((c) => c.levels.map((l) => l.indicators.join(' ').length)),
      );
      expect(longest).toBeGreaterThan(300);
      expect(rows.lines, set).toBeGreaterThan(5);
    }
  });
});
