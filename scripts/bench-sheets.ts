/**
 * Spreadsheet benchmark: the .xlsx template for 10,000 people (exceljs), and the number of
 * adapter calls the Apps Script add-on makes for 10 and for 1,000 people.
 * `tsx scripts/bench-sheets.ts` prints a table; scripts/bench.ts calls benchSheets().
 */
import { fileURLToPath } from 'node:url';
import { buildScoringTemplate } from '../apps-script/server/actions';
import { MemoryAdapter } from '../apps-script/server/memory-adapter';
import { COMPETENCY_CODES } from '../shared/dictionary/types';
import { FORMAT, type Person, type ResolvedAssessment, VERSION } from '../shared/interchange/types';
import { DEFAULT_BANDS } from '../shared/rules/bands';
import { POSITIONS } from '../shared/rules/positions';
import { templateFromAssessment } from '../shared/template';
import { templateXlsx } from '../shared/template/xlsx';

export interface SheetsBench {
  /** Median of 3 runs (after a warm-up): description + .xlsx bytes for 10,000 people. */
  xlsx10kMs: number;
  peoplePerSecond: number;
  appsScriptCalls10: number;
  appsScriptCalls1000: number;
}

function team(n: number): Person[] {
  return Array.from({ length: n }, (_, i) => {
    const pos = POSITIONS[i % POSITIONS.length]!;
    return {
      id: `P${String(i + 1).padStart(5, '0')}`,
      name: `ผู้ทดสอบ ลำดับที่ ${i + 1}`,
      positionType: pos.type,
      positionLevel: pos.level,
      achievement: 50 + ((i * 37) % 5000) / 100,
      competencies: Object.fromEntries(COMPETENCY_CODES.map((c, j) => [c, (i + j) % 6])),
    };
  });
}

function assessment(people: Person[]): ResolvedAssessment {
  return {
    format: FORMAT,
    version: VERSION,
    set: 'ocsc',
    method: 'gap',
    weights: { achievement: 70, competency: 30 },
    bands: [...DEFAULT_BANDS],
    round: { fiscalYear: 2569, round: 1 },
    people,
  };
}

async function timeXlsx(a: ResolvedAssessment): Promise<number> {
  const started = performance.now();
  const bytes = await templateXlsx(templateFromAssessment(a));
  if (bytes.byteLength < 1000) throw new Error('empty workbook');
  return performance.now() - started;
}

function calls(n: number): number {
  const sheets = new MemoryAdapter();
  buildScoringTemplate(sheets, { set: 'ocsc', method: 'gap', people: team(n) });
  return sheets.calls.length;
}

export async function benchSheets(): Promise<SheetsBench> {
  const big = assessment(team(10_000));
  await timeXlsx(assessment(team(200)));
  const runs = [await timeXlsx(big), await timeXlsx(big), await timeXlsx(big)].sort((a, b) => a - b);
  const xlsx10kMs = Math.round(runs[1]!);
  return {
    xlsx10kMs,
    peoplePerSecond: Math.round(10_000 / (xlsx10kMs / 1000)),
    appsScriptCalls10: calls(10),
    appsScriptCalls1000: calls(1000),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await benchSheets();
  const rows: [string, string, string][] = [
    ['xlsx 10,000 คน (มัธยฐาน 3 ครั้ง)', `${r.xlsx10kMs} ms`, '≤ 1500 ms'],
    ['ความเร็ว', `${r.peoplePerSecond} คน/วินาที`, ''],
    ['Apps Script: จำนวนคำสั่ง 10 คน', String(r.appsScriptCalls10), ''],
    ['Apps Script: จำนวนคำสั่ง 1,000 คน', String(r.appsScriptCalls1000), `≤ ${1.5 * r.appsScriptCalls10 + 10}`],
  ];
  console.table(rows.map(([what, value, limit]) => ({ วัด: what, ผล: value, เกณฑ์: limit })));
}
