/**
 * Builds the template description from an assessment (or, on repair, from what a sheet holds):
 * the score sheet and the reference sheets its formulas read.
 */
import { getSet } from '../dictionary';
import { COMPETENCY_CODES, type CompetencyCode, type SetId } from '../dictionary/types';
import {
  METHOD_LABELS,
  type Method,
  type Person,
  type ResolvedAssessment,
  type Round,
} from '../interchange/types';
import type { Band } from '../rules/bands';
import { EXPECTED_LEVELS } from '../rules/expected';
import { POSITIONS, type PositionCode, position, positionCode } from '../rules/positions';
import { roundLabel } from '../rules/rounds';
import type { Weights } from '../rules/weights';
import { cleanText } from '../text/normalize';
import { absRef, columnLetter, rangeA1 } from './a1';
import * as F from './formulas';
import {
  BAND_FIRST_ROW,
  BAND_ROWS,
  COL,
  competencyCol,
  DEFAULT_SPARE_ROWS,
  DICT_COL,
  EXPECTED_COL,
  EXPECTED_FIRST_ROW,
  EXPECTED_ROWS,
  FIRST_PERSON_ROW,
  HEADER_ROW,
  HEADERS,
  LAST_COL,
  SETTINGS_ROW,
  SHEETS,
  SUBTITLE_ROW,
  TITLE_ROW,
} from './layout';
import type { Block, Cell, ConditionalFormat, SheetSpec, TemplateDescription, ValidationSpec } from './types';

/** A value as a person gave it or as a sheet holds it (repair keeps even invalid values as they are). */
export type RawValue = string | number | boolean | null;

export interface InputRow {
  id: RawValue;
  name: RawValue;
  positionType: RawValue;
  positionLevel: RawValue;
  achievement: RawValue;
  competencies: Partial<Record<CompetencyCode, RawValue>>;
  /** Expected levels that override the table for this person. */
  expected: Partial<Record<CompetencyCode, RawValue>>;
}

export interface TemplateInput {
  set: SetId;
  method: Method;
  weights: Weights;
  bands: readonly Band[];
  round?: Round;
  rows: InputRow[];
  /** Empty rows with live formulas after the people (default 20). */
  spareRows?: number;
  /** The expected-level table's values, when a sheet's own (edited) table is kept on repair. */
  expectedLevels?: Partial<Record<PositionCode, RawValue>>;
}

export const POSITION_TYPES = ['ทั่วไป', 'วิชาการ', 'อำนวยการ', 'บริหาร', 'พนักงานราชการ'];

const FONT = { xlsx: 'TH Sarabun New', sheets: 'Sarabun', size: 16, sheetsSize: 11 };
const HEADER_FILL = '#1F4E79';
const HEADER_TEXT = '#FFFFFF';
const INPUT_FILL = '#FFFDE7';
const ALERT_FILL = '#FFC7CE';
const ALERT_TEXT = '#9C0006';
/** Band colours from the best band to the worst. */
const BAND_COLOURS = ['#C6EFCE', '#DDEBF7', '#FFF2CC', '#FCE4D6', '#FFC7CE'];

/** A person as a template row: the position written with its standard Thai names when it is known. */
export function personRow(p: Person): InputRow {
  let positionType: RawValue = p.positionType ? cleanText(p.positionType) : null;
  let positionLevel: RawValue = p.positionLevel ? cleanText(p.positionLevel) : null;
  if (positionType || positionLevel) {
    try {
      const pos = position(positionCode(p.positionType, p.positionLevel));
      positionType = pos.type;
      positionLevel = pos.level;
    } catch {
      // Unknown positions are written as given: the sheet marks them, and the rating method needs none.
    }
  }
  return {
    id: p.id,
    name: p.name,
    positionType,
    positionLevel,
    achievement: p.achievement ?? null,
    competencies: { ...p.competencies },
    expected: { ...(p.expected ?? {}) },
  };
}

export function templateFromAssessment(
  a: ResolvedAssessment,
  opts: { spareRows?: number } = {},
): TemplateDescription {
  return buildTemplate({
    set: a.set,
    method: a.method,
    weights: a.weights,
    bands: a.bands,
    ...(a.round ? { round: a.round } : {}),
    rows: a.people.map(personRow),
    ...(opts.spareRows === undefined ? {} : { spareRows: opts.spareRows }),
  });
}

function cell(v: RawValue | undefined): Cell {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

/** First row and number of rows of each competency's levels in the dictionary sheet. */
export function dictionaryRows(set: SetId): Record<CompetencyCode, { first: number; count: number }> {
  const out = {} as Record<CompetencyCode, { first: number; count: number }>;
  let row = 2;
  for (const code of COMPETENCY_CODES) {
    const count = getSet(set).competencies.find((c) => c.code === code)!.levels.length;
    out[code] = { first: row, count };
    row += count;
  }
  return out;
}

export function buildTemplate(input: TemplateInput): TemplateDescription {
  const set = getSet(input.set);
  const title = `แบบประเมินสมรรถนะหลัก — ${set.nameTh}`;
  return {
    title,
    font: FONT,
    sheets: [
      scoreSheet(input, title),
      settingsSheet(input),
      bandsSheet(input.bands),
      expectedSheet(input),
      dictionarySheet(input.set),
    ],
  };
}

function scoreSheet(input: TemplateInput, title: string): SheetSpec {
  const set = getSet(input.set);
  const rows = input.rows.length + (input.spareRows ?? DEFAULT_SPARE_ROWS);
  const first = FIRST_PERSON_ROW;
  const last = first + Math.max(rows, 1) - 1;
  const n = last - first + 1;
  const nameOf = (code: CompetencyCode) => set.competencies.find((c) => c.code === code)!.nameTh;

  const round = input.round ? roundLabel(input.round.fiscalYear, input.round.round) : 'ยังไม่ระบุรอบการประเมิน';
  const subtitle =
    `วิธีคำนวณ: ${METHOD_LABELS[input.method]} · ${round} · ` +
    `แก้น้ำหนักที่ชีต "${SHEETS.settings}" หรือเกณฑ์ที่ชีต "${SHEETS.bands}" แล้วคะแนนทุกคนคำนวณใหม่`;

  const header: Cell[] = [
    HEADERS.id,
    HEADERS.name,
    HEADERS.positionType,
    HEADERS.positionLevel,
    HEADERS.achievement,
    ...COMPETENCY_CODES.map(nameOf),
    HEADERS.competencyScore,
    HEADERS.total,
    HEADERS.band,
    HEADERS.positionCode,
    HEADERS.points,
    ...COMPETENCY_CODES.map((code) => `${HEADERS.expectedPrefix} ${code}`),
  ];

  const inputs: Cell[][] = [];
  const computed: Cell[][] = [];
  const expected: Cell[][] = [];
  const posCode = F.rowTemplate(F.POSITION_CODE);
  const points = F.rowTemplate(F.pointsFormula(input.method));
  const compScore = F.rowTemplate(F.competencyScoreFormula(input.method));
  const total = F.rowTemplate(F.totalFormula(input.method));
  const band = F.rowTemplate(F.BAND);
  const exp = F.rowTemplate(F.EXPECTED);
  for (let i = 0; i < n; i++) {
    const r = first + i;
    const p = input.rows[i];
    inputs.push(
      p
        ? [
            cell(p.id),
            cell(p.name),
            cell(p.positionType),
            cell(p.positionLevel),
            cell(p.achievement),
            ...COMPETENCY_CODES.map((code) => cell(p.competencies[code])),
          ]
        : Array<Cell>(COL.competencyScore - 1).fill(null),
    );
    computed.push([
      { f: compScore(r) },
      { f: total(r) },
      { f: band(r) },
      { f: posCode(r) },
      { f: points(r) },
    ]);
    const e = exp(r);
    expected.push(COMPETENCY_CODES.map((code) => cell(p?.expected[code]) ?? { f: e }));
  }

  const blocks: Block[] = [
    { row: TITLE_ROW, col: 1, cells: [[title], [subtitle]] },
    { row: HEADER_ROW, col: 1, cells: [header] },
    { row: first, col: 1, cells: inputs },
    { row: first, col: COL.competencyScore, cells: computed },
    { row: first, col: COL.firstExpected, cells: expected },
  ];

  const col = (c: number) => rangeA1(first, c, n);
  const cols = (c: number, count: number) => rangeA1(first, c, n, count);

  const validations: ValidationSpec[] = [
    {
      range: col(COL.positionType),
      rule: { kind: 'list', values: POSITION_TYPES, strict: false },
      help: 'เลือกประเภทตำแหน่ง',
    },
    {
      range: col(COL.positionLevel),
      rule: {
        kind: 'range',
        source: absRef(SHEETS.expected, EXPECTED_FIRST_ROW, EXPECTED_COL.level, EXPECTED_ROWS),
        strict: false,
      },
      help: 'เลือกระดับตำแหน่ง (หรือพิมพ์รหัส DPIS เช่น K2)',
    },
    {
      range: col(COL.achievement),
      rule: { kind: 'number', min: 0, max: 100, strict: true },
      help: 'คะแนนผลสัมฤทธิ์ของงาน 0–100',
    },
  ];
  const dict = dictionaryRows(input.set);
  for (const code of COMPETENCY_CODES) {
    validations.push({
      range: col(competencyCol(code)),
      rule:
        input.method === 'rating'
          ? { kind: 'list', values: [1, 2, 3, 4, 5], strict: true }
          : {
              kind: 'range',
              source: absRef(SHEETS.dictionary, dict[code].first, DICT_COL.level, dict[code].count),
              strict: true,
            },
      help:
        input.method === 'rating'
          ? `คะแนน 1–5 ของ${nameOf(code)}`
          : `ระดับที่แสดงออกของ${nameOf(code)} (ดูคำอธิบายแต่ละระดับในชีต "${SHEETS.dictionary}")`,
    });
  }
  validations.push({
    range: cols(COL.firstExpected, COMPETENCY_CODES.length),
    rule: { kind: 'number', min: 0, max: 6, strict: true },
    help: 'ระดับที่คาดหวังมาจากชีต "ระดับที่คาดหวัง"; พิมพ์ตัวเลขแทนสูตรเพื่อกำหนดเฉพาะคนนี้',
  });

  const conditionalFormats: ConditionalFormat[] = input.bands.slice(0, BAND_ROWS).map((_, i, all) => ({
    range: col(COL.band),
    formula: `AND($M${first}<>"",$M${first}=INDIRECT("'${SHEETS.bands}'!A${BAND_FIRST_ROW + i}"))`,
    background: BAND_COLOURS[Math.round((i * (BAND_COLOURS.length - 1)) / Math.max(1, all.length - 1))]!,
  }));
  conditionalFormats.push({
    range: cols(COL.positionType, 2),
    formula: `AND(OR($C${first}<>"",$D${first}<>""),$N${first}="")`,
    background: ALERT_FILL,
    color: ALERT_TEXT,
  });

  const widths = [10, 30, 14, 20, 11, 14, 14, 14, 14, 14, 13, 11, 16, 11, 11, 11, 11, 11, 11, 11];
  return {
    name: SHEETS.score,
    columns: widths.map((width, i) => ({ width, ...(i + 1 >= COL.positionCode ? { hidden: true } : {}) })),
    blocks,
    frozen: { rows: HEADER_ROW, columns: COL.name },
    merges: [rangeA1(TITLE_ROW, 1, 1, COL.band), rangeA1(SUBTITLE_ROW, 1, 1, COL.band)],
    styles: [
      { range: rangeA1(TITLE_ROW, 1), bold: true, size: FONT.size + 4 },
      { range: rangeA1(SUBTITLE_ROW, 1), wrap: true, valign: 'top' },
      {
        range: rangeA1(HEADER_ROW, 1, 1, LAST_COL),
        bold: true,
        background: HEADER_FILL,
        color: HEADER_TEXT,
        wrap: true,
        align: 'center',
        valign: 'middle',
      },
      { range: cols(COL.positionType, COL.competencyScore - COL.positionType), background: INPUT_FILL },
      { range: col(COL.achievement), numberFormat: '0.00' },
      { range: cols(COL.firstCompetency, COMPETENCY_CODES.length), align: 'center' },
      { range: cols(COL.competencyScore, 2), numberFormat: '0.00', bold: true },
      { range: col(COL.band), bold: true, align: 'center' },
    ],
    validations,
    conditionalFormats,
    protectedRanges: [
      rangeA1(HEADER_ROW, 1, 1, LAST_COL),
      cols(COL.competencyScore, COL.firstExpected - COL.competencyScore),
    ],
  };
}

function settingsSheet(input: TemplateInput): SheetSpec {
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
  };
}

function bandsSheet(bands: readonly Band[]): SheetSpec {
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
  };
}

function expectedSheet(input: TemplateInput): SheetSpec {
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
  };
}

function dictionarySheet(setId: SetId): SheetSpec {
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
        l.indicators.length ? l.indicators.map((t) => `• ${t}`).join('\n') : null,
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
  };
}
