/**
 * The development-plan sheet recalculated by LibreOffice: it lists exactly the (person, competency)
 * pairs below expectation that the core's draftPlan finds, in score-sheet order, with the goal's
 * title and indicators from the dictionary; and it follows a level changed in the sheet.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { getCompetency, getLevel } from '../../shared/dictionary';
import type { SetId } from '../../shared/dictionary/types';
import { parseAssessment } from '../../shared/interchange';
import { draftPlan } from '../../shared/rules/plan';
import { scoreLayout, templateFromAssessment } from '../../shared/template';
import { SHEETS } from '../../shared/template/layout';
import { PLAN_FIRST_ROW, PLAN_HEADERS } from '../../shared/template/plan-sheet';
import { templateXlsx } from '../../shared/template/xlsx';
import { generatePeople, recalculate } from './helpers';

/** Recalculates the workbook with LibreOffice and returns the values of the named sheet. */
async function sheetValues(xlsx: Uint8Array, sheet: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const index = wb.worksheets.findIndex((w) => w.name === sheet) + 1;
  if (index < 1) throw new Error(`no sheet ${sheet}`);
  return recalculate(xlsx, index);
}

/** The workbook after an edit of its score sheet, saved as a user's spreadsheet would save it. */
async function editScoreSheet(
  xlsx: Uint8Array,
  edit: (sheet: ExcelJS.Worksheet) => void,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  edit(wb.getWorksheet(SHEETS.score)!);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function listed(grid: string[][]) {
  return grid
    .slice(PLAN_FIRST_ROW - 1)
    .filter((r) => r[0] !== '' && r[0] !== undefined)
    .map((r) => Object.fromEntries(PLAN_HEADERS.map((h, i) => [h, r[i] ?? ''])));
}

describe('แผนพัฒนา sheet, recalculated by LibreOffice', () => {
  it.each(['bma', 'ocsc'] as SetId[])(
    'lists every gap the core finds (%s)',
    { timeout: 300_000 },
    async (set) => {
      const people = generatePeople(30, set, 'gap', set === 'bma' ? 7 : 11);
      const a = parseAssessment(
        JSON.stringify({ format: 'samatthana/assessment', version: 1, set, method: 'gap', people }),
        'generated.json',
      );
      const want = a.people.flatMap((p) =>
        draftPlan(p, a).map((r) => ({
          id: p.id,
          name: p.name,
          competency: getCompetency(set, r.competency).nameTh,
          displayed: String(r.displayed),
          expected: String(r.expected),
          goal: `ระดับ ${r.goal.level} ${r.goal.title}`,
          indicators: getLevel(set, r.competency, r.expected)!
            .indicators.map((t) => `• ${t}`)
            .join('\n'),
        })),
      );
      expect(want.length).toBeGreaterThan(5);
      const got = listed(await sheetValues(await templateXlsx(templateFromAssessment(a)), SHEETS.plan));
      expect(
        got.map((r) => ({
          id: r.รหัส,
          name: r['ชื่อ-สกุล'],
          competency: r.สมรรถนะที่ต้องพัฒนา,
          displayed: r.ระดับที่แสดงออก,
          expected: r.ระดับที่คาดหวัง,
          goal: r['เป้าหมาย (ระดับที่คาดหวัง)'],
          indicators: r.พฤติกรรมบ่งชี้ของระดับที่คาดหวัง,
        })),
      ).toEqual(want);
      expect(got.map((r) => r.ลำดับ)).toEqual(want.map((_, i) => String(i + 1)));
    },
  );

  it('follows a level raised in the score sheet: the gap leaves the list', { timeout: 300_000 }, async () => {
    const a = parseAssessment(
      JSON.stringify({
        format: 'samatthana/assessment',
        version: 1,
        people: [
          {
            id: 'A',
            name: 'นายเอ',
            positionLevel: 'ชำนาญการ',
            competencies: { ACH: 1, SERV: 2, EXP: 0, ING: 2, TW: 2 },
          },
          {
            id: 'B',
            name: 'นางบี',
            positionLevel: 'ชำนาญการ',
            competencies: { ACH: 2, SERV: 2, EXP: 2, ING: 2, TW: 1 },
          },
        ],
      }),
      'x.json',
    );
    const xlsx = await templateXlsx(templateFromAssessment(a));
    const before = listed(await sheetValues(xlsx, SHEETS.plan)).map((r) => `${r.รหัส} ${r.สมรรถนะที่ต้องพัฒนา}`);
    expect(before).toEqual(['A การมุ่งผลสัมฤทธิ์', 'A การสั่งสมความเชี่ยวชาญในงานอาชีพ', 'B ความร่วมแรงร่วมใจ']);
    // Raise A's ACH to 2 in the score sheet (as a user would), then recalculate.
    const edited = await editScoreSheet(xlsx, (sheet) => {
      const header = sheet.getRow(3).values as unknown[];
      const achCol = header.indexOf(getCompetency('bma', 'ACH').nameTh);
      sheet.getRow(4).getCell(achCol).value = 2;
    });
    const after = listed(await sheetValues(edited, SHEETS.plan)).map((r) => `${r.รหัส} ${r.สมรรถนะที่ต้องพัฒนา}`);
    expect(after).toEqual(['A การสั่งสมความเชี่ยวชาญในงานอาชีพ', 'B ความร่วมแรงร่วมใจ']);
  });

  it('shows the plan texts typed on the score sheet, which move with their person and competency', {
    timeout: 300_000,
  }, async () => {
    // With self-assessment too: each level column is followed by its self column.
    const a = parseAssessment(
      JSON.stringify({
        format: 'samatthana/assessment',
        version: 1,
        people: [
          {
            id: 'A',
            name: 'นายเอ',
            positionLevel: 'ชำนาญการ',
            competencies: { ACH: 1, SERV: 2, EXP: 0, ING: 2, TW: 2 },
            self: { ACH: 2, SERV: 2, EXP: 1, ING: 2, TW: 2 },
            plan: [
              {
                competency: 'EXP',
                goal: 'เป้าหมายเอง',
                method: 'อบรม\nพี่เลี้ยง',
                period: 'ไตรมาส ๑',
                measure: 'สอบผ่าน',
              },
            ],
          },
          {
            id: 'B',
            name: 'นางบี',
            positionLevel: 'ชำนาญการ',
            competencies: { ACH: 2, SERV: 2, EXP: 2, ING: 2, TW: 1 },
            plan: [{ competency: 'TW', method: 'โครงการร่วม' }],
          },
        ],
      }),
      'x.json',
    );
    const xlsx = await templateXlsx(templateFromAssessment(a));
    const row = (r: Record<string, string>) =>
      [r.รหัส, r.สมรรถนะที่ต้องพัฒนา, r['เป้าหมาย (ระดับที่คาดหวัง)'], r.วิธีการพัฒนา, r.ระยะเวลา, r.การวัดผล].join(' | ');
    const goal = (code: 'ACH' | 'TW') => `ระดับ 2 ${getLevel('bma', code, 2)!.title}`;
    expect(listed(await sheetValues(xlsx, SHEETS.plan)).map(row)).toEqual([
      `A | การมุ่งผลสัมฤทธิ์ | ${goal('ACH')} |  |  | `,
      'A | การสั่งสมความเชี่ยวชาญในงานอาชีพ | เป้าหมายเอง | อบรม\nพี่เลี้ยง | ไตรมาส ๑ | สอบผ่าน',
      `B | ความร่วมแรงร่วมใจ | ${goal('TW')} | โครงการร่วม |  | `,
    ]);
    // Raise A's ACH: the list moves up, each text with its own entry.
    const edited = await editScoreSheet(xlsx, (sheet) => {
      sheet.getRow(4).getCell(scoreLayout(true).competency.ACH).value = 2;
    });
    expect(listed(await sheetValues(edited, SHEETS.plan)).map(row)).toEqual([
      'A | การสั่งสมความเชี่ยวชาญในงานอาชีพ | เป้าหมายเอง | อบรม\nพี่เลี้ยง | ไตรมาส ๑ | สอบผ่าน',
      `B | ความร่วมแรงร่วมใจ | ${goal('TW')} | โครงการร่วม |  | `,
    ]);
  });

  it('no plan sheet under the rating method (ratings are not levels)', async () => {
    const a = parseAssessment(
      JSON.stringify({ format: 'samatthana/assessment', version: 1, method: 'rating', people: [] }),
      'x.json',
    );
    expect(templateFromAssessment(a).sheets.map((s) => s.name)).not.toContain(SHEETS.plan);
  });
});
