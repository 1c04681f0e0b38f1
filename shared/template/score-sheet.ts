/**
 * The score sheet (คะแนน): a title, the header row, one row per person with dropdowns and live
 * formulas, and the hidden helper columns. It prints on landscape A4, one page wide, the header
 * repeated on every page; fill, borders and the print area end with the last person.
 */
import { COMPETENCY_CODES, type CompetencyCode } from '../dictionary/types';
import { roundLabel } from '../rules/rounds';
import { toThaiDigits } from '../text/normalize';
import { absRef, columnLetter, rangeA1 } from './a1';
import * as F from './formulas';
import {
  cell,
  competencyName,
  dictionaryRows,
  type InputRow,
  METHOD_LABELS,
  POSITION_TYPES,
  type TemplateInput,
} from './input';
import {
  BAND_FIRST_ROW,
  BAND_ROWS,
  COL,
  competencyCol,
  DICT_COL,
  EXPECTED_COL,
  EXPECTED_FIRST_ROW,
  EXPECTED_ROWS,
  FIRST_PERSON_ROW,
  HEADER_ROW,
  HEADERS,
  LAST_COL,
  personRowCount,
  SHEETS,
  SUBTITLE_ROW,
  TITLE_ROW,
} from './layout';
import { ALERT_FILL, ALERT_TEXT, BAND_COLOURS, FONT, HEADER_FILL, HEADER_TEXT, INPUT_FILL } from './style';
import type {
  Block,
  Cell,
  ConditionalFormat,
  PrintSpec,
  RangeStyle,
  SheetSpec,
  ValidationSpec,
} from './types';

/** Where the person rows are: the first, how many have formulas, and how many are printed. */
interface Rows {
  first: number;
  n: number;
  /** The people given, or every row of a template without people (to be filled in by hand). */
  printed: number;
}

/** Widths of columns A… in characters; the last seven are the hidden helpers. */
const WIDTHS = [9, 30, 18, 40, 11, 18, 18, 18, 18, 18, 12, 11, 14, 11, 11, 11, 11, 11, 11, 11];
/** The header row wraps the longest competency name onto this many lines. */
const HEADER_LINES = 3;

function roundText(input: TemplateInput): string {
  return input.round ? roundLabel(input.round.fiscalYear, input.round.round) : 'ยังไม่ระบุรอบการประเมิน';
}

function headerRow(input: TemplateInput): Cell[] {
  return [
    HEADERS.id,
    HEADERS.name,
    HEADERS.positionType,
    HEADERS.positionLevel,
    HEADERS.achievement,
    ...COMPETENCY_CODES.map((code) => competencyName(input.set, code)),
    HEADERS.competencyScore,
    HEADERS.total,
    HEADERS.band,
    HEADERS.positionCode,
    HEADERS.points,
    ...COMPETENCY_CODES.map((code) => `${HEADERS.expectedPrefix} ${code}`),
  ];
}

function personBlocks(input: TemplateInput, { first, n }: Rows): Block[] {
  const inputs: Cell[][] = [];
  const computed: Cell[][] = [];
  const expected: Cell[][] = [];
  const posCode = F.rowTemplate(F.POSITION_CODE);
  const points = F.rowTemplate(F.pointsFormula(input.method));
  const compScore = F.rowTemplate(F.competencyScoreFormula(input.method));
  const total = F.rowTemplate(F.totalFormula(input.method));
  const band = F.rowTemplate(F.BAND);
  const exp = F.rowTemplate(F.EXPECTED);
  const entered = (p: InputRow): Cell[] => [
    cell(p.id),
    cell(p.name),
    cell(p.positionType),
    cell(p.positionLevel),
    cell(p.achievement),
    ...COMPETENCY_CODES.map((code) => cell(p.competencies[code])),
  ];
  for (let i = 0; i < n; i++) {
    const r = first + i;
    const p = input.rows[i];
    inputs.push(p ? entered(p) : Array<Cell>(COL.competencyScore - 1).fill(null));
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
  return [
    { row: first, col: 1, cells: inputs },
    { row: first, col: COL.competencyScore, cells: computed },
    { row: first, col: COL.firstExpected, cells: expected },
  ];
}

function validations(input: TemplateInput, { first, n }: Rows): ValidationSpec[] {
  const col = (c: number, count = 1) => rangeA1(first, c, n, count);
  const dict = dictionaryRows(input.set);
  const level = (code: CompetencyCode): ValidationSpec => {
    const name = competencyName(input.set, code);
    return input.method === 'rating'
      ? {
          range: col(competencyCol(code)),
          rule: { kind: 'list', values: [1, 2, 3, 4, 5], strict: true },
          help: `คะแนน 1–5 ของ${name}`,
        }
      : {
          range: col(competencyCol(code)),
          rule: {
            kind: 'range',
            source: absRef(SHEETS.dictionary, dict[code].first, DICT_COL.level, dict[code].count),
            strict: true,
          },
          help: `ระดับที่แสดงออกของ${name} (ดูคำอธิบายแต่ละระดับในชีต "${SHEETS.dictionary}")`,
        };
  };
  return [
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
    ...COMPETENCY_CODES.map(level),
    {
      range: col(COL.firstExpected, COMPETENCY_CODES.length),
      rule: { kind: 'number', min: 0, max: 6, strict: true },
      help: 'ระดับที่คาดหวังมาจากชีต "ระดับที่คาดหวัง"; พิมพ์ตัวเลขแทนสูตรเพื่อกำหนดเฉพาะคนนี้',
    },
  ];
}

/** Band colours on the band column, and a warning colour on a position the table does not know. */
function conditionalFormats(input: TemplateInput, { first, n }: Rows): ConditionalFormat[] {
  // Relative to the range's first row, with the column fixed: $M4 in the formula of M4:M53.
  const at = (c: number) => `$${columnLetter(c)}${first}`;
  const band = at(COL.band);
  const bands = input.bands.slice(0, BAND_ROWS).map(
    (_, i, all): ConditionalFormat => ({
      range: rangeA1(first, COL.band, n),
      formula: `AND(${band}<>"",${band}=INDIRECT("'${SHEETS.bands}'!A${BAND_FIRST_ROW + i}"))`,
      background: BAND_COLOURS[Math.round((i * (BAND_COLOURS.length - 1)) / Math.max(1, all.length - 1))]!,
    }),
  );
  const [type, level, code] = [at(COL.positionType), at(COL.positionLevel), at(COL.positionCode)];
  return [
    ...bands,
    {
      range: rangeA1(first, COL.positionType, n, 2),
      formula: `AND(OR(${type}<>"",${level}<>""),${code}="")`,
      background: ALERT_FILL,
      color: ALERT_TEXT,
    },
  ];
}

function styles({ first, n, printed }: Rows): RangeStyle[] {
  const col = (c: number, count = 1) => rangeA1(first, c, n, count);
  return [
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
    {
      range: rangeA1(first, COL.positionType, printed, COL.competencyScore - COL.positionType),
      background: INPUT_FILL,
    },
    { range: col(COL.achievement), numberFormat: '0.00' },
    { range: col(COL.firstCompetency, COMPETENCY_CODES.length), align: 'center' },
    { range: col(COL.competencyScore, 2), numberFormat: '0.00', bold: true },
    { range: col(COL.band), bold: true, align: 'center' },
    { range: rangeA1(first, 1, n, LAST_COL), valign: 'middle' },
    // The printed table: the header and the people, not the spare rows below them.
    { range: rangeA1(HEADER_ROW, 1, printed + 1, COL.band), border: true },
  ];
}

function print(input: TemplateInput, { first, printed }: Rows): PrintSpec {
  return {
    orientation: 'landscape',
    fitWidth: 1,
    fitHeight: 0,
    area: rangeA1(TITLE_ROW, 1, first + printed - TITLE_ROW, COL.band),
    repeatRows: { first: HEADER_ROW, last: HEADER_ROW },
    footer: `${SHEETS.score} · ${toThaiDigits(roundText(input))} · หน้า {page} จาก {pages}`,
  };
}

export function scoreSheet(input: TemplateInput, title: string): SheetSpec {
  const n = personRowCount(input.rows.length, input.spareRows);
  const rows: Rows = { first: FIRST_PERSON_ROW, n, printed: input.rows.length || n };
  const subtitle =
    `วิธีคำนวณ: ${METHOD_LABELS[input.method]} · ${roundText(input)} · ` +
    `แก้น้ำหนักที่ชีต "${SHEETS.settings}" หรือเกณฑ์ที่ชีต "${SHEETS.bands}" แล้วคะแนนทุกคนคำนวณใหม่`;
  return {
    name: SHEETS.score,
    columns: WIDTHS.map((width, i) => ({ width, ...(i + 1 >= COL.positionCode ? { hidden: true } : {}) })),
    blocks: [
      { row: TITLE_ROW, col: 1, cells: [[title], [subtitle]] },
      { row: HEADER_ROW, col: 1, cells: [headerRow(input)] },
      ...personBlocks(input, rows),
    ],
    frozen: { rows: HEADER_ROW, columns: COL.name },
    merges: [rangeA1(TITLE_ROW, 1, 1, COL.band), rangeA1(SUBTITLE_ROW, 1, 1, COL.band)],
    rowHeights: [
      { row: TITLE_ROW, count: 1, lines: 1, size: FONT.size + 4 },
      { row: SUBTITLE_ROW, count: 1, lines: 1 },
      { row: HEADER_ROW, count: 1, lines: HEADER_LINES },
      { row: FIRST_PERSON_ROW, count: n, lines: 1 },
    ],
    styles: styles(rows),
    validations: validations(input, rows),
    conditionalFormats: conditionalFormats(input, rows),
    protectedRanges: [
      rangeA1(HEADER_ROW, 1, 1, LAST_COL),
      rangeA1(FIRST_PERSON_ROW, COL.competencyScore, n, COL.firstExpected - COL.competencyScore),
    ],
    print: print(input, rows),
  };
}
