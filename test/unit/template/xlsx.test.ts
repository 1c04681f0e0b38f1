/** The .xlsx file: no cached results, text cells for formula-like names, dropdowns, frozen header, lock. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseAssessment } from '../../../shared/interchange';
import {
  COL,
  competencyCol,
  FIRST_PERSON_ROW,
  SHEETS,
  templateFromAssessment,
} from '../../../shared/template';
import { templateXlsx } from '../../../shared/template/xlsx';

async function load(people: unknown[], extra: Record<string, unknown> = {}) {
  const a = parseAssessment(
    JSON.stringify({ format: 'samatthana/assessment', version: 1, ...extra, people }),
    'x.json',
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await templateXlsx(templateFromAssessment(a))).buffer as ArrayBuffer);
  return wb;
}

const person = (id: string, name: string) => ({
  id,
  name,
  positionType: 'ทั่วไป',
  positionLevel: 'อาวุโส',
  achievement: 75.5,
  competencies: { ACH: 2, SERV: 2, EXP: 2, ING: 2, TW: 2 },
});

describe('the .xlsx template', () => {
  it('writes formulas without cached results and formula-like names as strings', async () => {
    const wb = await load([person('001', '=SUM(1,2)'), person('P2', '-สมชาย'), person('P3', '@x')]);
    const ws = wb.getWorksheet(SHEETS.score)!;
    expect(wb.worksheets[0]!.name).toBe('คะแนน');
    const names = [0, 1, 2].map((i) => ws.getCell(FIRST_PERSON_ROW + i, COL.name));
    expect(names.map((c) => c.type)).toEqual([
      ExcelJS.ValueType.String,
      ExcelJS.ValueType.String,
      ExcelJS.ValueType.String,
    ]);
    expect(names.map((c) => c.value)).toEqual(['=SUM(1,2)', '-สมชาย', '@x']);
    expect(ws.getCell(FIRST_PERSON_ROW, COL.id).value).toBe('001');
    let formulas = 0;
    for (const sheet of wb.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type !== ExcelJS.ValueType.Formula) return;
          formulas++;
          expect((cell.value as ExcelJS.CellFormulaValue).result).toBeUndefined();
        }),
      );
    }
    expect(formulas).toBeGreaterThan(23 * 10);
  });

  it('gives level inputs a dropdown from the dictionary sheet and freezes the header', async () => {
    const wb = await load([person('P1', 'ก')], { set: 'bma' });
    const ws = wb.getWorksheet(SHEETS.score)!;
    const dvs = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    const serv = dvs[ws.getCell(FIRST_PERSON_ROW, competencyCol('SERV')).address]!;
    expect(serv.type).toBe('list');
    expect(serv.formulae[0]).toMatch(/^'พจนานุกรม'!\$C\$\d+:\$C\$\d+$/);
    // bma SERV has levels 0–6: seven rows of the dictionary.
    const [, a, b] = /\$C\$(\d+):\$C\$(\d+)/.exec(serv.formulae[0] as string)!;
    expect(Number(b) - Number(a) + 1).toBe(7);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: 2 });
  });

  it('locks the formula columns and leaves the inputs editable', async () => {
    const wb = await load([person('P1', 'ก')]);
    const ws = wb.getWorksheet(SHEETS.score)!;
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(ws.getCell(FIRST_PERSON_ROW, COL.total).protection?.locked).not.toBe(false);
    expect(ws.getCell(FIRST_PERSON_ROW, competencyCol('ACH')).protection?.locked).toBe(false);
    expect(ws.getCell(FIRST_PERSON_ROW, COL.name).protection?.locked).toBe(false);
  });
});
