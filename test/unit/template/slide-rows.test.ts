/**
 * Fill-down formulas: slideRows moves a formula's relative rows exactly as exceljs (and so a
 * spreadsheet reading the .xlsx's shared formulas) does, and leaves everything else alone.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { slideRows } from '../../../shared/template/a1';
import { sheetCell } from '../../../shared/template/blocks';
import type { SheetSpec } from '../../../shared/template/types';

// exceljs's own formula slider: the reading side of the shared formulas the .xlsx writer uses.
const { slideFormula } = createRequire(import.meta.url)('exceljs/lib/utils/shared-formula.js') as {
  slideFormula(formula: string, from: string, to: string): string;
};

const FORMULAS = [
  'IF($L4="","",INDEX(\'คะแนน\'!$A$4:$A$5,$L4))',
  '$N4+(ROW()-3)/6',
  "IF(AND(ISNUMBER('คะแนน'!$F4),ISNUMBER('คะแนน'!$P4)),IF('คะแนน'!$F4<'คะแนน'!$P4,1,0),0)",
  'A1+B2*C$3-$D$4',
  'SUM(A4:A10)+LOG10(B4)',
  'MATCH((ROW()-3)-INDEX($N$4:$N$5,$L4),INDEX($P$4:$T$5,$L4,0),0)',
];

describe('slideRows', () => {
  it.each(FORMULAS)('moves %s as exceljs does', (f) => {
    for (const by of [1, 7, 4321]) expect(slideRows(f, by)).toBe(slideFormula(f, 'A4', `A${4 + by}`));
  });

  it('leaves strings, sheet names and absolute rows alone', () => {
    expect(slideRows(`IF(A4="B4","ระดับ C4",'แผ่น D4'!$E$4&'แผ่น D4'!E4)`, 2)).toBe(
      `IF(A6="B4","ระดับ C4",'แผ่น D4'!$E$4&'แผ่น D4'!E6)`,
    );
    expect(slideRows('ROUND(A4,2)', 0)).toBe('ROUND(A4,2)');
  });

  it('is how a sheet description reads a fill-down block', () => {
    const sheet = {
      blocks: [{ row: 4, col: 2, cells: [[{ f: 'A4*2' }, { f: '$A$1+C4' }]], fillDown: 3 }],
    } as unknown as SheetSpec;
    expect(sheetCell(sheet, 6, 2)).toEqual({ f: 'A6*2' });
    expect(sheetCell(sheet, 6, 3)).toEqual({ f: '$A$1+C6' });
    expect(sheetCell(sheet, 7, 2)).toBeUndefined();
    expect(sheetCell(sheet, 3, 2)).toBeUndefined();
  });
});
