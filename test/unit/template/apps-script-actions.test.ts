/** The add-on's actions against the in-memory adapter: build, call budget, export, repair. */
import { describe, expect, it } from 'vitest';
import {
  buildScoringTemplate,
  exportAssessment,
  lookupIndicators,
  repairTemplate,
  templateStatus,
} from '../../../apps-script/server/actions';
import { MemoryAdapter } from '../../../apps-script/server/memory-adapter';
import { parseAssessment } from '../../../shared/interchange';
import type { Person } from '../../../shared/interchange/types';
import { COL, competencyCol, FIRST_PERSON_ROW, SETTINGS_ROW, SHEETS } from '../../../shared/template';
import { generatePeople } from '../../sheets/helpers';

const ROW = (i: number) => FIRST_PERSON_ROW + i;

function built(people: Person[], opts: Parameters<typeof buildScoringTemplate>[1] = {}) {
  const sheets = new MemoryAdapter();
  buildScoringTemplate(sheets, { set: 'ocsc', method: 'gap', people, ...opts });
  return sheets;
}

describe('buildScoringTemplate', () => {
  it('creates the template sheets, score sheet first, and drops the new spreadsheet’s empty sheet', () => {
    const sheets = built(generatePeople(5, 'ocsc', 'gap', 1));
    expect(sheets.book.map((s) => s.name)).toEqual([
      SHEETS.score,
      SHEETS.summary,
      SHEETS.plan,
      SHEETS.settings,
      SHEETS.bands,
      SHEETS.expected,
      SHEETS.dictionary,
    ]);
    expect(sheets.active).toBe(SHEETS.score);
    expect(sheets.cell(SHEETS.score, 3, 1).value).toBe('รหัส');
  });

  it('costs about the same number of calls for 1,000 people as for 10', () => {
    const count = (n: number) => {
      const sheets = built(generatePeople(n, 'ocsc', 'gap', n));
      const summary = sheets.calls.filter((c) => c.sheet === SHEETS.summary).length;
      const plan = sheets.calls.filter((c) => c.sheet === SHEETS.plan).length;
      return { all: sheets.calls.length, summary, plan };
    };
    const ten = count(10);
    const thousand = count(1000);
    expect(thousand.all).toBeLessThanOrEqual(1.5 * ten.all + 10);
    // The summary sheet is a fixed form: its calls do not depend on the team either.
    expect(thousand.summary).toBe(ten.summary);
    // So are the plan sheet's: a list as long as the score sheet's rows × 5, written block by block.
    expect(thousand.plan).toBe(ten.plan);
    expect(ten.plan).toBeLessThan(40);
    expect(ten.all - ten.summary - ten.plan).toBeLessThan(120);
  });

  it('writes values block by block, never cell by cell', () => {
    const sheets = built(generatePeople(200, 'ocsc', 'gap', 5));
    const writes = sheets.calls.filter(
      (c) =>
        (c.op === 'setValues' || c.op === 'setFormulas') &&
        c.sheet !== SHEETS.summary &&
        c.sheet !== SHEETS.plan,
    );
    const planWrites = sheets.calls.filter(
      (c) => (c.op === 'setValues' || c.op === 'setFormulas') && c.sheet === SHEETS.plan,
    );
    // The title and headers, the list, and the per-person counts (their first row, the rest, keys).
    expect(planWrites.length).toBeLessThanOrEqual(5);
    const summaryWrites = sheets.calls.filter(
      (c) => (c.op === 'setValues' || c.op === 'setFormulas') && c.sheet === SHEETS.summary,
    );
    expect(summaryWrites.length).toBeLessThanOrEqual(2);
    expect(writes.length).toBeLessThanOrEqual(10);
  });

  it('refuses to overwrite an existing template unless asked, and writes nothing then', () => {
    const sheets = built(generatePeople(3, 'ocsc', 'gap', 2));
    const before = sheets.calls.length;
    expect(() => buildScoringTemplate(sheets, { people: [] })).toThrow(/อยู่แล้ว/);
    expect(sheets.calls.slice(before).every((c) => c.op === 'sheets')).toBe(true);
    buildScoringTemplate(sheets, { set: 'bma', method: 'rating', people: [], replace: true });
    expect(templateStatus(sheets)).toMatchObject({ hasTemplate: true, set: 'bma', method: 'rating' });
  });

  it('checks people like an imported file: every problem listed, nothing written', () => {
    const sheets = new MemoryAdapter();
    const bad = [
      { id: 'A', name: 'หนึ่ง', positionType: 'วิชาการ', positionLevel: 'ไม่มีระดับนี้', competencies: { ACH: 6 } },
      { id: 'A', name: 'สอง', competencies: {} },
    ] as Person[];
    let message = '';
    try {
      buildScoringTemplate(sheets, { set: 'ocsc', people: bad });
    } catch (e) {
      message = (e as Error).message;
    }
    for (const part of [/ACH.*นอกช่วง/, /ไม่รู้จักตำแหน่ง/, /ซ้ำ/]) expect(message).toMatch(part);
    expect(sheets.book.map((s) => s.name)).toEqual(['ชีต1']);
  });

  it('keeps names that look like formulas as text', () => {
    const people = generatePeople(8, 'ocsc', 'gap', 3);
    const sheets = built(people);
    people.forEach((p, i) => {
      expect(sheets.cell(SHEETS.score, ROW(i), COL.name)).toEqual({ value: p.name, formula: '' });
      expect(sheets.cell(SHEETS.score, ROW(i), COL.id).value).toBe(p.id);
    });
  });
});

describe('exportAssessment', () => {
  it('reads the sheet back as the same assessment', () => {
    const people = generatePeople(25, 'ocsc', 'gap', 7);
    const sheets = built(people, {
      round: { fiscalYear: 2569, round: 2 },
      weights: { achievement: 60, competency: 40 },
    });
    const r = exportAssessment(sheets);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.fileName).toBe('samatthana-ocsc-2569-2.json');
    const back = parseAssessment(r.json, r.fileName);
    const original = parseAssessment(
      JSON.stringify({ format: 'samatthana/assessment', version: 1, set: 'ocsc', people }),
      'x.json',
    );
    expect(back).toMatchObject({
      set: 'ocsc',
      method: 'gap',
      weights: { achievement: 60, competency: 40 },
      round: { fiscalYear: 2569, round: 2 },
    });
    expect(back.people.map((p) => [p.id, p.name, p.achievement, p.competencies, p.expected])).toEqual(
      original.people.map((p) => [p.id, p.name, p.achievement, p.competencies, p.expected]),
    );
  });

  it('names the sheet row and column of each problem', () => {
    const sheets = built(generatePeople(4, 'ocsc', 'gap', 8));
    sheets.setValues(SHEETS.score, ROW(2), competencyCol('SERV'), [[9]]);
    sheets.setValues(SHEETS.score, ROW(3), COL.achievement, [["'เยอะ"]]);
    const r = exportAssessment(sheets);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const places = r.problems.map((p) => p.where);
    expect(places).toContain(`แถว ${ROW(2)}, คอลัมน์ บริการที่ดี`);
    expect(places.some((p) => p.startsWith(`แถว ${ROW(3)}`))).toBe(true);
  });

  it('carries the self-assessment, evidence and plan columns a sheet has, through the shared table reader', () => {
    const sheets = new MemoryAdapter();
    sheets.insertSheet(SHEETS.score, 0);
    sheets.setValues(SHEETS.score, 1, 1, [
      [
        'รหัส',
        'ชื่อ-สกุล',
        'ระดับตำแหน่ง',
        'ACH',
        'SERV',
        'EXP',
        'ING',
        'TW',
        'ประเมินตนเอง การมุ่งผลสัมฤทธิ์',
        'เหตุการณ์/พฤติกรรม การมุ่งผลสัมฤทธิ์',
        'วิธีการพัฒนา ACH',
      ],
      ['P1', 'นายหนึ่ง', 'ชำนาญการ', 2, 2, 2, 2, 2, 3, "'=ส่งงานตรงเวลา\nทุกครั้ง", 'อบรม'],
      ['P2', 'นายสอง', 'ชำนาญการ', 3, 3, 3, 3, 3, '', '', ''],
    ]);
    const r = exportAssessment(sheets);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const [one, two] = parseAssessment(r.json, r.fileName).people;
    expect(one).toMatchObject({
      self: { ACH: 3 },
      evidence: { ACH: '=ส่งงานตรงเวลา\nทุกครั้ง' },
      plan: [{ competency: 'ACH', method: 'อบรม' }],
    });
    expect(two).not.toHaveProperty('self');
    expect(two).not.toHaveProperty('evidence');
    expect(two).not.toHaveProperty('plan');

    sheets.setValues(SHEETS.score, 2, 9, [[9]]);
    const bad = exportAssessment(sheets);
    expect(bad).toMatchObject({
      ok: false,
      problems: [
        { where: 'แถว 2, คอลัมน์ ประเมินตนเอง การมุ่งผลสัมฤทธิ์', message: expect.stringMatching(/นอกช่วง/) },
      ],
    });
  });

  it('says so when there is no template or no people', () => {
    expect(() => exportAssessment(new MemoryAdapter())).toThrow(/ไม่พบชีต/);
    expect(() => exportAssessment(new MemoryAdapter())).toThrow(/สร้างแม่แบบก่อน$/);
    const r = exportAssessment(built([]));
    expect(r).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/ยังไม่มีรายชื่อ/) }] });
    // Thai only, no English aside.
    expect(r).toMatchObject({ problems: [{ message: 'ยังไม่มีรายชื่อในแม่แบบ' }] });
  });
});

describe('repairTemplate', () => {
  it('re-creates formulas, dropdowns and formats and keeps every entered value', () => {
    const people = generatePeople(12, 'bma', 'bma-points', 9);
    const sheets = built(people, {
      set: 'bma',
      method: 'bma-points',
      weights: { achievement: 50, competency: 50 },
    });
    const snapshot = () =>
      JSON.stringify(sheets.getValues(SHEETS.score, 1, 1, FIRST_PERSON_ROW + 12, COL.competencyScore - 1));
    const formulas = () =>
      JSON.stringify(sheets.getFormulas(SHEETS.score, FIRST_PERSON_ROW, COL.competencyScore, 12, 5));
    const entered = snapshot();
    const good = formulas();
    // Someone types over a score, pastes over the dropdowns, edits the weights and a band.
    sheets.setValues(SHEETS.score, ROW(1), COL.total, [[99]]);
    sheets.resetSheet(SHEETS.score, true);
    sheets.setValues(SHEETS.settings, SETTINGS_ROW.achievementWeight, 2, [[40], [60]]);
    sheets.setValues(SHEETS.bands, 2, 2, [[85]]);
    expect(formulas()).not.toBe(good);
    expect(sheets.validationAt(SHEETS.score, ROW(0), competencyCol('ACH'))).toBeNull();

    const r = repairTemplate(sheets);
    expect(r.people).toBe(12);
    expect(snapshot()).toBe(entered);
    expect(formulas()).toBe(good);
    expect(sheets.validationAt(SHEETS.score, ROW(0), competencyCol('ACH'))?.rule.kind).toBe('range');
    expect(sheets.getValues(SHEETS.settings, SETTINGS_ROW.achievementWeight, 2, 2, 1)).toEqual([[40], [60]]);
    expect(sheets.getValues(SHEETS.bands, 2, 2, 1, 1)).toEqual([[85]]);
    expect(templateStatus(sheets)).toMatchObject({ set: 'bma', method: 'bma-points' });
  });

  it('refuses when an unknown column sits inside the template’s columns', () => {
    const sheets = built(generatePeople(3, 'ocsc', 'gap', 10));
    sheets.setValues(SHEETS.score, 3, COL.points, [["'หมายเหตุ"]]);
    expect(() => repairTemplate(sheets)).toThrow(/หมายเหตุ/);
  });
});

describe('lookupIndicators', () => {
  it('finds levels in the chosen set', () => {
    const hits = lookupIndicators('ระดับ 3 บริการ', 'ocsc');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.set === 'ocsc' && h.level === 3)).toBe(true);
  });
});
