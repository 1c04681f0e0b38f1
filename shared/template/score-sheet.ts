/**
 * The score sheet (คะแนน): a title, the header row, one row per person with dropdowns and live
 * formulas, and the hidden helper columns. It prints on landscape A4, one page wide, the header
 * repeated on every page; fill, borders and the print area end with the last person.
 */
import { COMPETENCY_CODES, type CompetencyCode } from '../dictionary/types';
import { PLAN_TEXTS } from '../interchange/types';
import { roundLabel } from '../rules/rounds';
import { toThaiDigits } from '../text/normalize';
import { absRef, columnLetter, rangeA1 } from './a1';
import * as F from './formulas';
import {
  cell,
  competencyName,
  dictionaryRows,
  type InputRow,
  layoutOf,
  METHOD_LABELS,
  POSITION_TYPES,
  type TemplateInput,
} from './input';
import {
  BAND_FIRST_ROW,
  BAND_ROWS,
  COL,
  DICT_COL,
  EXPECTED_COL,
  EXPECTED_FIRST_ROW,
  EXPECTED_ROWS,
  FIRST_PERSON_ROW,
  familyHeader,
  HEADER_ROW,
  HEADERS,
  PLAN_FAMILIES,
  personRowCount,
  type ScoreLayout,
  SHEETS,
  SUBTITLE_ROW,
  TITLE_ROW,
} from './layout';
import { ALERT_FILL, ALERT_TEXT, BAND_COLOURS, FONT, HEADER_FILL, HEADER_TEXT, INPUT_FILL } from './style';
import {
  type Block,
  type Cell,
  type ColumnSpec,
  type ConditionalFormat,
  isFormula,
  type PrintSpec,
  type RangeStyle,
  type SheetSpec,
  type ValidationSpec,
} from './types';

/** Where the person rows are: the first, how many have formulas, and how many are printed. */
interface Rows {
  first: number;
  n: number;
  /** The people given, or every row of a template without people (to be filled in by hand). */
  printed: number;
}

/** Widths in characters by what a column holds. */
const WIDTH = {
  id: 9,
  name: 30,
  positionType: 18,
  positionLevel: 40,
  achievement: 11,
  competency: 18,
  self: 15,
  competencyScore: 12,
  total: 11,
  band: 14,
  helper: 11,
  evidence: 40,
  plan: 30,
} as const;
/** The header row wraps the longest competency name onto this many lines (its self column's onto more). */
const HEADER_LINES = { plain: 3, withSelf: 5 } as const;

function roundText(input: TemplateInput): string {
  return input.round ? roundLabel(input.round.fiscalYear, input.round.round) : 'ยังไม่ระบุรอบการประเมิน';
}

/** One entry per column of the layout, placed by column number. */
function byColumn<T>(L: ScoreLayout, fill: T, place: (put: (col: number, v: T) => void) => void): T[] {
  const out = Array<T>(L.last).fill(fill);
  place((col, v) => {
    out[col - 1] = v;
  });
  return out;
}

function columns(L: ScoreLayout): ColumnSpec[] {
  const hidden = (col: number) => col >= L.positionCode && col <= L.lastHelper;
  const widths = byColumn<number>(L, WIDTH.helper, (put) => {
    for (const f of ['id', 'name', 'positionType', 'positionLevel', 'achievement'] as const)
      put(L[f], WIDTH[f]);
    for (const code of COMPETENCY_CODES) {
      put(L.competency[code], WIDTH.competency);
      if (L.self[code]) put(L.self[code], WIDTH.self);
      put(L.evidence[code], WIDTH.evidence);
      for (const t of PLAN_TEXTS) put(L.plan[code][t], WIDTH.plan);
    }
    for (const f of ['competencyScore', 'total', 'band'] as const) put(L[f], WIDTH[f]);
  });
  return widths.map((width, i) => ({ width, ...(hidden(i + 1) ? { hidden: true } : {}) }));
}

function headerRow(input: TemplateInput, L: ScoreLayout): Cell[] {
  return byColumn<Cell>(L, null, (put) => {
    for (const f of ['id', 'name', 'positionType', 'positionLevel', 'achievement'] as const)
      put(L[f], HEADERS[f]);
    for (const f of ['competencyScore', 'total', 'band', 'positionCode', 'points'] as const)
      put(L[f], HEADERS[f]);
    for (const code of COMPETENCY_CODES) {
      put(L.competency[code], competencyName(input.set, code));
      if (L.self[code]) put(L.self[code], familyHeader('self', code, input.set));
      put(L.expected[code], `${HEADERS.expectedPrefix} ${code}`);
      put(L.evidence[code], familyHeader('evidence', code, input.set));
      for (const t of PLAN_TEXTS) put(L.plan[code][t], familyHeader(PLAN_FAMILIES[t], code, input.set));
    }
  });
}

function personBlocks(input: TemplateInput, L: ScoreLayout, { first, n }: Rows): Block[] {
  const inputs: Cell[][] = [];
  const expected: Cell[][] = [];
  const texts: Cell[][] = [];
  const posCode = F.rowTemplate(F.positionCodeFormula(L));
  const points = F.rowTemplate(F.pointsFormula(input.method, L));
  const compScore = F.rowTemplate(F.competencyScoreFormula(input.method, L));
  const total = F.rowTemplate(F.totalFormula(input.method, L));
  const band = F.rowTemplate(F.bandFormula(L));
  const exp = F.rowTemplate(F.expectedFormula(L));
  const entered = (p: InputRow | undefined): Cell[] => {
    const row = [
      cell(p?.id),
      cell(p?.name),
      cell(p?.positionType),
      cell(p?.positionLevel),
      cell(p?.achievement),
    ];
    for (const code of COMPETENCY_CODES) {
      row.push(cell(p?.competencies[code]));
      if (L.withSelf) row.push(cell(p?.self?.[code]));
    }
    return row;
  };
  const written = (p: InputRow | undefined): Cell[] => [
    ...COMPETENCY_CODES.map((code) => cell(p?.evidence?.[code])),
    ...COMPETENCY_CODES.flatMap((code) => PLAN_TEXTS.map((t) => cell(p?.plan?.[code]?.[t]))),
  ];
  for (let i = 0; i < n; i++) {
    const r = first + i;
    const p = input.rows[i];
    inputs.push(entered(p));
    const e = exp(r);
    expected.push(COMPETENCY_CODES.map((code) => cell(p?.expected[code]) ?? { f: e }));
    texts.push(written(p));
  }
  // The same formulas on every row: filled down from the first (shared formulas in the .xlsx).
  const computed = [compScore, total, band, posCode, points].map((f) => ({ f: f(first) }));
  const typedExpected = expected.some((line) => line.some((c) => !isFormula(c)));
  return [
    { row: first, col: 1, cells: inputs },
    { row: first, col: L.competencyScore, cells: [computed], fillDown: n },
    typedExpected
      ? { row: first, col: L.firstExpected, cells: expected }
      : { row: first, col: L.firstExpected, cells: [expected[0]!], fillDown: n },
    { row: first, col: L.evidence.ACH, cells: texts },
  ];
}

function validations(input: TemplateInput, L: ScoreLayout, { first, n }: Rows): ValidationSpec[] {
  const col = (c: number, count = 1) => rangeA1(first, c, n, count);
  const dict = dictionaryRows(input.set);
  const level = (code: CompetencyCode, c: number, whose: string): ValidationSpec => {
    const name = competencyName(input.set, code);
    return input.method === 'rating'
      ? {
          range: col(c),
          rule: { kind: 'list', values: [1, 2, 3, 4, 5], strict: true },
          help: `คะแนน 1–5 ของ${name}${whose}`,
        }
      : {
          range: col(c),
          rule: {
            kind: 'range',
            source: absRef(SHEETS.dictionary, dict[code].first, DICT_COL.level, dict[code].count),
            strict: true,
          },
          help: `ระดับที่แสดงออกของ${name}${whose} (ดูคำอธิบายแต่ละระดับในชีต "${SHEETS.dictionary}")`,
        };
  };
  return [
    {
      range: col(L.positionType),
      rule: { kind: 'list', values: POSITION_TYPES, strict: false },
      help: 'เลือกประเภทตำแหน่ง',
    },
    {
      range: col(L.positionLevel),
      rule: {
        kind: 'range',
        source: absRef(SHEETS.expected, EXPECTED_FIRST_ROW, EXPECTED_COL.level, EXPECTED_ROWS),
        strict: false,
      },
      help: 'เลือกระดับตำแหน่ง (หรือพิมพ์รหัส DPIS เช่น K2)',
    },
    {
      range: col(L.achievement),
      rule: { kind: 'number', min: 0, max: 100, strict: true },
      help: 'คะแนนผลสัมฤทธิ์ของงาน 0–100',
    },
    ...COMPETENCY_CODES.flatMap((code) => [
      level(code, L.competency[code], ''),
      ...(L.self[code] ? [level(code, L.self[code], ' ที่ผู้รับการประเมินประเมินตนเอง')] : []),
    ]),
    {
      range: col(L.firstExpected, COMPETENCY_CODES.length),
      rule: { kind: 'number', min: 0, max: 6, strict: true },
      help: 'ระดับที่คาดหวังมาจากชีต "ระดับที่คาดหวัง"; พิมพ์ตัวเลขแทนสูตรเพื่อกำหนดเฉพาะคนนี้',
    },
  ];
}

/** Band colours on the band column, and a warning colour on a position the table does not know. */
function conditionalFormats(input: TemplateInput, L: ScoreLayout, { first, n }: Rows): ConditionalFormat[] {
  // Relative to the range's first row, with the column fixed: $M4 in the formula of M4:M53.
  const at = (c: number) => `$${columnLetter(c)}${first}`;
  const band = at(L.band);
  const bands = input.bands.slice(0, BAND_ROWS).map(
    (_, i, all): ConditionalFormat => ({
      range: rangeA1(first, L.band, n),
      formula: `AND(${band}<>"",${band}=INDIRECT("'${SHEETS.bands}'!A${BAND_FIRST_ROW + i}"))`,
      background: BAND_COLOURS[Math.round((i * (BAND_COLOURS.length - 1)) / Math.max(1, all.length - 1))]!,
    }),
  );
  const [type, level, code] = [at(L.positionType), at(L.positionLevel), at(L.positionCode)];
  return [
    ...bands,
    {
      range: rangeA1(first, L.positionType, n, 2),
      formula: `AND(OR(${type}<>"",${level}<>""),${code}="")`,
      background: ALERT_FILL,
      color: ALERT_TEXT,
    },
  ];
}

function styles(L: ScoreLayout, { first, n, printed }: Rows): RangeStyle[] {
  const col = (c: number, count = 1) => rangeA1(first, c, n, count);
  const texts = L.last - L.evidence.ACH + 1;
  return [
    { range: rangeA1(TITLE_ROW, 1), bold: true, size: FONT.size + 4 },
    { range: rangeA1(SUBTITLE_ROW, 1), wrap: true, valign: 'top' },
    {
      range: rangeA1(HEADER_ROW, 1, 1, L.last),
      bold: true,
      background: HEADER_FILL,
      color: HEADER_TEXT,
      wrap: true,
      align: 'center',
      valign: 'middle',
    },
    {
      range: rangeA1(first, L.positionType, printed, L.competencyScore - L.positionType),
      background: INPUT_FILL,
    },
    { range: col(L.achievement), numberFormat: '0.00' },
    { range: col(L.competency.ACH, L.competencyScore - L.competency.ACH), align: 'center' },
    { range: col(L.competencyScore, 2), numberFormat: '0.00', bold: true },
    { range: col(L.band), bold: true, align: 'center' },
    { range: rangeA1(first, 1, n, L.lastHelper), valign: 'middle' },
    // Evidence and plan texts: typed here, printed by the summary sheets.
    { range: rangeA1(first, L.evidence.ACH, printed, texts), background: INPUT_FILL, valign: 'top' },
    // The printed table: the header and the people, not the spare rows below them.
    { range: rangeA1(HEADER_ROW, 1, printed + 1, L.band), border: true },
  ];
}

function print(input: TemplateInput, L: ScoreLayout, { first, printed }: Rows): PrintSpec {
  return {
    orientation: 'landscape',
    fitWidth: 1,
    fitHeight: 0,
    area: rangeA1(TITLE_ROW, 1, first + printed - TITLE_ROW, L.band),
    repeatRows: { first: HEADER_ROW, last: HEADER_ROW },
    footer: `${SHEETS.score} · ${toThaiDigits(roundText(input))} · หน้า {page} จาก {pages}`,
  };
}

export function scoreSheet(input: TemplateInput, title: string): SheetSpec {
  const L = layoutOf(input);
  const n = personRowCount(input.rows.length, input.spareRows);
  const rows: Rows = { first: FIRST_PERSON_ROW, n, printed: input.rows.length || n };
  const subtitle =
    `วิธีคำนวณ: ${METHOD_LABELS[input.method]} · ${roundText(input)} · ` +
    `แก้น้ำหนักที่ชีต "${SHEETS.settings}" หรือเกณฑ์ที่ชีต "${SHEETS.bands}" แล้วคะแนนทุกคนคำนวณใหม่`;
  return {
    name: SHEETS.score,
    columns: columns(L),
    blocks: [
      { row: TITLE_ROW, col: 1, cells: [[title], [subtitle]] },
      { row: HEADER_ROW, col: 1, cells: [headerRow(input, L)] },
      ...personBlocks(input, L, rows),
    ],
    frozen: { rows: HEADER_ROW, columns: COL.name },
    merges: [rangeA1(TITLE_ROW, 1, 1, L.band), rangeA1(SUBTITLE_ROW, 1, 1, L.band)],
    rowHeights: [
      { row: TITLE_ROW, count: 1, lines: 1, size: FONT.size + 4 },
      { row: SUBTITLE_ROW, count: 1, lines: 1 },
      { row: HEADER_ROW, count: 1, lines: L.withSelf ? HEADER_LINES.withSelf : HEADER_LINES.plain },
      { row: FIRST_PERSON_ROW, count: n, lines: 1 },
    ],
    styles: styles(L, rows),
    validations: validations(input, L, rows),
    conditionalFormats: conditionalFormats(input, L, rows),
    protectedRanges: [
      rangeA1(HEADER_ROW, 1, 1, L.last),
      rangeA1(FIRST_PERSON_ROW, L.competencyScore, n, L.firstExpected - L.competencyScore),
    ],
    print: print(input, L, rows),
  };
}
