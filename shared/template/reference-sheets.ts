/** The reference sheets the score sheet's formulas read: weights, bands, expected levels, dictionary. */
import { getSet } from '../dictionary';
import { COMPETENCY_CODES, type SetId } from '../dictionary/types';
import type { Band } from '../rules/bands';
import { EXPECTED_LEVELS } from '../rules/expected';
import { POSITIONS } from '../rules/positions';
import { columnLetter } from './a1';
import * as F from './formulas';
import { cell, METHOD_LABELS, type TemplateInput } from './input';
import {
  BAND_FIRST_ROW,
  BAND_ROWS,
  EXPECTED_COL,
  EXPECTED_FIRST_ROW,
  EXPECTED_ROWS,
  SETTINGS_ROW,
  SHEETS,
} from './layout';
import { ALERT_FILL, ALERT_TEXT, HEADER_FILL, HEADER_TEXT, INPUT_FILL } from './style';
import type { Cell, PrintSpec, SheetSpec } from './types';

/** A reference sheet prints portrait, one page wide, its header row on every page. */
function printAll(name: string, rows: number, cols: number): PrintSpec {
  return {
    orientation: 'portrait',
    fitWidth: 1,
    fitHeight: 0,
    area: `A1:${columnLetter(cols)}${rows}`,
    repeatRows: { first: 1, last: 1 },
    footer: `${name} · หน้า {page} จาก {pages}`,
  };
}

export function settingsSheet(input: TemplateInput): SheetSpec {
  const set = getSet(input.set);
  const R = SETTINGS_ROW;
  const rows: Cell[][] = [
    ['หัวข้อ', 'ค่า', 'คำอธิบาย'],
    ['น้ำหนักผลสัมฤทธิ์ของงาน (ร้อยละ)', input.weights.achievement, 'แก้ได้: คะแนนรวมของทุกคนคำนวณใหม่ทันที'],
    ['น้ำหนักสมรรถนะ (ร้อยละ)', input.weights.competency, 'แก้ได้: น้ำหนักทั้งสองต้องรวมกันได้ 100'],
    ['รวม', { f: F.WEIGHT_SUM }, 'ต้องเท่ากับ 100'],
    ['ชุดสมรรถนะ', input.set, `${set.nameTh} (สร้างแม่แบบใหม่เพื่อเปลี่ยนชุด)`],
    ['วิธีคำนวณ', input.method, `${METHOD_LABELS[input.method]} (สร้างแม่แบบใหม่เพื่อเปลี่ยนวิธี)`],
    ['ปีงบประมาณ (พ.ศ.)', input.round?.fiscalYear ?? null, 'ปีงบประมาณที่รอบการประเมินสิ้นสุด'],
    ['รอบการประเมิน', input.round?.round ?? null, 'รอบที่ 1 = 1 ต.ค.–31 มี.ค., รอบที่ 2 = 1 เม.ย.–30 ก.ย.'],
  ];
  return {
    name: SHEETS.settings,
    columns: [{ width: 34 }, { width: 12 }, { width: 60 }],
    blocks: [{ row: 1, col: 1, cells: rows }],
    styles: [
      { range: 'A1:C1', bold: true, background: HEADER_FILL, color: HEADER_TEXT },
      { range: `B${R.achievementWeight}:B${R.competencyWeight}`, background: INPUT_FILL },
      { range: `B${R.weightSum}`, bold: true },
    ],
    validations: [
      {
        range: `B${R.achievementWeight}:B${R.competencyWeight}`,
        rule: { kind: 'number', min: 0, max: 100, strict: true },
        help: 'น้ำหนัก 0–100 (รวมกันต้องได้ 100)',
      },
      {
        range: `B${R.round}`,
        rule: { kind: 'list', values: [1, 2], strict: true },
        help: 'รอบที่ 1 หรือ 2',
      },
    ],
    conditionalFormats: [
      {
        range: `B${R.weightSum}`,
        formula: `$B$${R.weightSum}<>100`,
        background: ALERT_FILL,
        color: ALERT_TEXT,
      },
    ],
    protectedRanges: [`B${R.weightSum}`],
    print: printAll(SHEETS.settings, rows.length, 3),
  };
}

export function bandsSheet(bands: readonly Band[]): SheetSpec {
  const sorted = [...bands].sort((a, b) => b.min - a.min).slice(0, BAND_ROWS);
  const rows: Cell[][] = [['ผลการประเมิน', 'คะแนนรวมขั้นต่ำ']];
  for (let i = 0; i < BAND_ROWS; i++) {
    const b = sorted[i];
    rows.push(b ? [b.label, b.min] : [null, null]);
  }
  rows.push([
    'แก้ชื่อหรือคะแนนขั้นต่ำได้ หรือเพิ่มแถวว่างด้านบน: ผลการประเมินของทุกคนเปลี่ยนตาม (ใช้เกณฑ์ที่คะแนนขั้นต่ำสูงสุดที่ไม่เกินคะแนนรวม)',
    null,
  ]);
  const last = BAND_FIRST_ROW + BAND_ROWS - 1;
  return {
    name: SHEETS.bands,
    columns: [{ width: 28 }, { width: 18 }],
    blocks: [{ row: 1, col: 1, cells: rows }],
    styles: [
      { range: 'A1:B1', bold: true, background: HEADER_FILL, color: HEADER_TEXT },
      { range: `A${BAND_FIRST_ROW}:B${last}`, background: INPUT_FILL },
      { range: `B${BAND_FIRST_ROW}:B${last}`, numberFormat: '0.00' },
    ],
    validations: [
      {
        range: `B${BAND_FIRST_ROW}:B${last}`,
        rule: { kind: 'number', min: 0, max: 100, strict: true },
        help: 'คะแนนรวมขั้นต่ำของผลการประเมินนี้ (0–100)',
      },
    ],
    conditionalFormats: [],
    protectedRanges: [],
    print: printAll(SHEETS.bands, rows.length, 2),
  };
}

export function expectedSheet(input: TemplateInput): SheetSpec {
  const key = F.rowTemplate(F.EXPECTED_KEY);
  const table = EXPECTED_LEVELS[input.set];
  const rows: Cell[][] = [['รหัสตำแหน่ง (DPIS)', 'ประเภทตำแหน่ง', 'ระดับตำแหน่ง', 'ระดับที่คาดหวัง', 'คีย์ค้นหา']];
  POSITIONS.forEach((p, i) => {
    const own = input.expectedLevels?.[p.code];
    rows.push([
      p.code,
      p.type,
      p.level,
      own === undefined ? table[p.code] : cell(own),
      { f: key(EXPECTED_FIRST_ROW + i) },
    ]);
  });
  const last = EXPECTED_FIRST_ROW + EXPECTED_ROWS - 1;
  return {
    name: SHEETS.expected,
    columns: [{ width: 18 }, { width: 16 }, { width: 34 }, { width: 16 }, { width: 40, hidden: true }],
    blocks: [{ row: 1, col: 1, cells: rows }],
    styles: [
      { range: 'A1:E1', bold: true, background: HEADER_FILL, color: HEADER_TEXT, wrap: true },
      { range: `D${EXPECTED_FIRST_ROW}:D${last}`, background: INPUT_FILL, align: 'center' },
    ],
    validations: [
      {
        range: `D${EXPECTED_FIRST_ROW}:D${last}`,
        rule: { kind: 'number', min: 0, max: 6, strict: true },
        help: 'ระดับที่คาดหวังของสมรรถนะหลักทุกตัวสำหรับตำแหน่งนี้',
      },
    ],
    conditionalFormats: [],
    protectedRanges: [
      `${columnLetter(EXPECTED_COL.key)}${EXPECTED_FIRST_ROW}:${columnLetter(EXPECTED_COL.key)}${last}`,
    ],
    print: printAll(SHEETS.expected, last, EXPECTED_COL.expected),
  };
}

/** A level's indicators as the dictionary sheet holds them, one "• " line each; null without any. */
export function indicatorsText(level: { indicators: readonly string[] }): string | null {
  return level.indicators.length ? level.indicators.map((t) => `• ${t}`).join('\n') : null;
}

export function dictionarySheet(setId: SetId): SheetSpec {
  const set = getSet(setId);
  const rows: Cell[][] = [['รหัส', 'สมรรถนะ', 'ระดับ', 'ชื่อระดับ', 'พฤติกรรมบ่งชี้', 'หมายเหตุ']];
  for (const code of COMPETENCY_CODES) {
    const c = set.competencies.find((x) => x.code === code)!;
    for (const l of c.levels) {
      const notes = [
        l.missingFromSource ? 'ไม่มีในต้นฉบับ' : '',
        l.titleOriginal ? `แก้คำผิดจากต้นฉบับ: "${l.titleOriginal}"` : '',
        l.textSource ? `ข้อความจาก ${l.textSource}` : '',
      ].filter(Boolean);
      rows.push([
        code,
        c.nameTh,
        l.level,
        l.title || null,
        indicatorsText(l),
        notes.length ? notes.join('; ') : null,
      ]);
    }
  }
  return {
    name: SHEETS.dictionary,
    columns: [{ width: 8 }, { width: 30 }, { width: 7 }, { width: 40 }, { width: 90 }, { width: 30 }],
    blocks: [{ row: 1, col: 1, cells: rows }],
    frozen: { rows: 1, columns: 0 },
    styles: [
      { range: 'A1:F1', bold: true, background: HEADER_FILL, color: HEADER_TEXT },
      { range: `A2:F${rows.length}`, wrap: true, valign: 'top' },
      { range: `C2:C${rows.length}`, align: 'center' },
    ],
    validations: [],
    conditionalFormats: [],
    protectedRanges: [],
    print: printAll(SHEETS.dictionary, rows.length, 6),
  };
}
