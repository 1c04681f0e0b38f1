/**
 * One description, two renderers: the .xlsx file and the Apps Script add-on (drawn through the
 * in-memory adapter, which reads setValues input the way Sheets does) agree cell by cell: values,
 * formulas, dropdowns, conditional formats, hidden columns and frozen panes.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MemoryAdapter } from '../../apps-script/server/memory-adapter';
import { renderToSheets } from '../../apps-script/server/render';
import { parseAssessment } from '../../shared/interchange';
import type { Method } from '../../shared/interchange/types';
import { type TemplateDescription, templateFromAssessment, type Validation } from '../../shared/template';
import { lastBlockRow } from '../../shared/template/blocks';
import { templateXlsx } from '../../shared/template/xlsx';
import { generatePeople } from './helpers';

type Norm = { formula: string } | { value: string | number | boolean } | null;

function fromXlsx(cell: ExcelJS.Cell): Norm {
  const v = cell.value;
  if (v === null || v === undefined || v === '') return null;
  // A row of a fill-down: exceljs moves the master's formula to this cell itself.
  if (typeof v === 'object' && 'sharedFormula' in v) {
    expect(v.result, 'a formula cell carries no cached result').toBeUndefined();
    return { formula: `=${cell.formula}` };
  }
  if (typeof v === 'object' && 'formula' in v) {
    expect(v.result, 'a formula cell carries no cached result').toBeUndefined();
    return { formula: `=${v.formula}` };
  }
  if (typeof v === 'object') throw new Error(`unexpected cell value ${JSON.stringify(v)}`);
  return { value: v as string | number | boolean };
}

function ruleFromXlsx(dv: ExcelJS.DataValidation): Validation {
  const strict = (dv.errorStyle ?? 'stop') === 'stop';
  const [f0, f1] = dv.formulae;
  if (dv.type === 'decimal') return { kind: 'number', min: Number(f0), max: Number(f1), strict };
  const text = String(f0);
  if (text.startsWith('"')) {
    return {
      kind: 'list',
      values: text
        .slice(1, -1)
        .split(',')
        .map((x) => (/^\d+$/.test(x) ? Number(x) : x)),
      strict,
    };
  }
  return { kind: 'range', source: text, strict };
}

async function compare(desc: TemplateDescription) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await templateXlsx(desc)).buffer as ArrayBuffer);
  const sheets = new MemoryAdapter();
  renderToSheets(desc, sheets);

  expect(sheets.book.map((s) => s.name)).toEqual(wb.worksheets.map((w) => w.name));
  let cells = 0;
  let validated = 0;
  for (const spec of desc.sheets) {
    const ws = wb.getWorksheet(spec.name)!;
    const lastRow = lastBlockRow(spec);
    const dvs = (
      ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }
    ).dataValidations.model;
    for (let r = 1; r <= lastRow + 2; r++) {
      for (let c = 1; c <= spec.columns.length + 1; c++) {
        const xc = ws.getCell(r, c);
        // exceljs shows a merged range's value in every cell of it; only the first one holds it.
        const x = xc.isMerged && xc.master !== xc ? null : fromXlsx(xc);
        const m = sheets.cell(spec.name, r, c);
        const g: Norm = m.formula ? { formula: m.formula } : m.value === '' ? null : { value: m.value };
        expect(g, `${spec.name}!R${r}C${c}`).toEqual(x);
        const xv = dvs[ws.getCell(r, c).address];
        const gv = sheets.validationAt(spec.name, r, c);
        expect(gv?.rule ?? null, `validation ${spec.name}!R${r}C${c}`).toEqual(xv ? ruleFromXlsx(xv) : null);
        if (x) cells++;
        if (xv) validated++;
      }
    }
    const mem = sheets.sheet(spec.name);
    const cfs = (
      ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }
    ).conditionalFormattings;
    expect(mem.conditionalFormats.map((c) => ({ ref: c.range, formula: c.formula }))).toEqual(
      cfs.map((c) => ({ ref: c.ref, formula: c.rules[0]!.formulae[0] })),
    );
    const merges = (ws as unknown as { model: { merges: string[] } }).model.merges;
    expect([...mem.merges].sort()).toEqual([...merges].sort());
    const hidden = spec.columns.map((_, i) => i + 1).filter((c) => ws.getColumn(c).hidden);
    expect([...mem.hidden].sort((a, b) => a - b)).toEqual(hidden);
    // Row heights: the same lines of text in each renderer's unit (points; pixels at the Sheets font).
    const scale = (desc.font.sheetsSize / desc.font.size) * (4 / 3);
    for (const h of spec.rowHeights ?? []) {
      for (const r of [h.row, h.row + h.count - 1]) {
        const pt = ws.getRow(r).height;
        expect(pt, `${spec.name} row ${r} height`).toBeGreaterThanOrEqual(
          1.5 * (h.size ?? desc.font.size) * h.lines - 0.01,
        );
        expect(mem.heights.get(r), `${spec.name} row ${r} pixels`).toBe(Math.round(pt * scale));
      }
    }
    expect(mem.gridlinesHidden).toBe(spec.hideGridlines ?? false);
    const view = (ws.views ?? [])[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
    expect(mem.frozen).toEqual(
      view?.state === 'frozen' ? { rows: view.ySplit ?? 0, cols: view.xSplit ?? 0 } : { rows: 0, cols: 0 },
    );
  }
  return { cells, validated };
}

describe('xlsx and Apps Script renderers agree', () => {
  it.each<Method>(['gap', 'rating', 'bma-points'])('cell by cell (%s)', async (method) => {
    const people = generatePeople(30, method === 'gap' ? 'ocsc' : 'bma', method, 21);
    const a = parseAssessment(
      JSON.stringify({
        format: 'samatthana/assessment',
        version: 1,
        set: method === 'gap' ? 'ocsc' : 'bma',
        method,
        round: { fiscalYear: 2569, round: 1 },
        people,
      }),
      'generated.json',
    );
    const { cells, validated } = await compare(templateFromAssessment(a));
    expect(cells).toBeGreaterThan(30 * 15);
    expect(validated).toBeGreaterThan(50 * 8);
  });
});
