/**
 * Weights and bands live in reference sheets that the formulas read: change them in the file, and
 * every score follows (still agreeing with the core given the new weights and bands).
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseAssessment } from '../../shared/interchange';
import { OCSC_BANDS } from '../../shared/rules/bands';
import { scorePerson } from '../../shared/rules/scoring';
import { BAND_FIRST_ROW, SETTINGS_ROW, SHEETS, templateFromAssessment } from '../../shared/template';
import { templateXlsx } from '../../shared/template/xlsx';
import { generatePeople, recalculate, rowsByHeader } from './helpers';

describe('changing a weight and a band in the reference sheets', () => {
  it('recomputes every score and band', async () => {
    const people = generatePeople(40, 'ocsc', 'gap', 11).map((p, i) => ({
      ...p,
      achievement: Math.round((40 + ((i * 7.35) % 60)) * 100) / 100,
    }));
    const a = parseAssessment(
      JSON.stringify({ format: 'samatthana/assessment', version: 1, set: 'ocsc', method: 'gap', people }),
      'generated.json',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await templateXlsx(templateFromAssessment(a))).buffer as ArrayBuffer);

    // As a user would: 60/40 instead of 70/30, ดีมาก from 80 down to 75, and a new band at 95.
    const settings = wb.getWorksheet(SHEETS.settings)!;
    settings.getCell(SETTINGS_ROW.achievementWeight, 2).value = 60;
    settings.getCell(SETTINGS_ROW.competencyWeight, 2).value = 40;
    const bandsSheet = wb.getWorksheet(SHEETS.bands)!;
    const rowOf = (label: string) => {
      for (let r = BAND_FIRST_ROW; r < BAND_FIRST_ROW + 20; r++)
        if (bandsSheet.getCell(r, 1).value === label) return r;
      throw new Error(label);
    };
    bandsSheet.getCell(rowOf('ดีมาก'), 2).value = 75;
    // Appended below the others, out of order: the band formula must not depend on the order.
    bandsSheet.getCell(BAND_FIRST_ROW + OCSC_BANDS.length, 1).value = 'ยอดเยี่ยม';
    bandsSheet.getCell(BAND_FIRST_ROW + OCSC_BANDS.length, 2).value = 95;
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());

    const rows = rowsByHeader(await recalculate(edited));
    const weights = { achievement: 60, competency: 40 };
    const bands = [
      ...OCSC_BANDS.map((b) => (b.label === 'ดีมาก' ? { ...b, min: 75 } : b)),
      { label: 'ยอดเยี่ยม', min: 95 },
    ];
    const before = { weights: a.weights, bands: a.bands };

    let changedTotals = 0;
    let changedBands = 0;
    a.people.forEach((p, i) => {
      const want = scorePerson(p, { set: 'ocsc', method: 'gap', weights, bands });
      const old = scorePerson(p, { set: 'ocsc', method: 'gap', ...before });
      const row = rows[i]!;
      expect(Number(row.คะแนนสมรรถนะ)).toBe(want.competencyScore);
      expect(Number(row.คะแนนรวม)).toBe(want.total);
      expect(row.ผลการประเมิน || null).toBe(want.band);
      if (want.total !== old.total) changedTotals++;
      if (want.band !== old.band) changedBands++;
    });
    // The edit mattered: scores and bands really moved.
    expect(changedTotals).toBeGreaterThan(20);
    expect(changedBands).toBeGreaterThan(0);
  });
});
