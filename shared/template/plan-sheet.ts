/**
 * The development-plan sheet (แผนพัฒนา): a live list of every person and competency whose displayed
 * level on the score sheet is below the expected level, with the goal (the expected level's title
 * and indicators, read from the dictionary sheet, unless a goal is typed) and the method, period
 * and measure typed in that person's plan columns on the score sheet, so the texts follow the list.
 *
 * No FILTER or other dynamic arrays (Excel 2016, LibreOffice 7.4). Hidden helper columns hold, for
 * each person row i of the score sheet (on the plan sheet's row i of the list), how many of its
 * competencies up to each one are below expectation (W1…W5) and how many pairs the people above it
 * have (before). List row j belongs to the last person with before < j: a sorted MATCH (binary
 * search) over before, made strictly increasing by a fraction of the row, finds it; the
 * competency is the one whose W reaches j − before. Every column is one formula filled down, so
 * the list costs a few bytes a cell however long it is, and no lookup scans the whole list.
 */
import { getCompetency } from '../dictionary';
import { COMPETENCY_CODES } from '../dictionary/types';
import { PLAN_TEXTS } from '../interchange/types';
import { METHOD_RULES } from '../rules/scoring';
import { absRef, columnLetter, quoteSheet } from './a1';
import { belowExpected } from './formulas';
import { competencyName, dictionaryRows, layoutOf, type TemplateInput } from './input';
import { DICT_COL, FIRST_PERSON_ROW, personRowCount, SHEETS } from './layout';
import { indicatorsText } from './reference-sheets';
import { HEADER_FILL, HEADER_TEXT } from './style';
import { linesOf } from './summary-heights';
import type { Formula, SheetSpec } from './types';

export const PLAN_HEADER_ROW = 3;
export const PLAN_FIRST_ROW = 4;

/** The plan sheet's columns (1-based); from person on they are hidden helpers. */
export const PLAN_COL = {
  number: 1,
  id: 2,
  name: 3,
  competency: 4,
  displayed: 5,
  expected: 6,
  goal: 7,
  indicators: 8,
  method: 9,
  period: 10,
  measure: 11,
  /** Of list row j: the person (row of the score sheet's people) and the competency (1–5). */
  person: 12,
  competencyIndex: 13,
  /** Of person row i: pairs below expectation of the people above, and sort key. */
  before: 14,
  key: 15,
  /** Of person row i: pairs below expectation among its competencies 1…c (five columns). */
  upTo: 16,
} as const;

export const PLAN_HEADERS = [
  'ลำดับ',
  'รหัส',
  'ชื่อ-สกุล',
  'สมรรถนะที่ต้องพัฒนา',
  'ระดับที่แสดงออก',
  'ระดับที่คาดหวัง',
  'เป้าหมาย (ระดับที่คาดหวัง)',
  'พฤติกรรมบ่งชี้ของระดับที่คาดหวัง',
  'วิธีการพัฒนา',
  'ระยะเวลา',
  'การวัดผล',
  'คนที่',
  'สมรรถนะที่',
  'จำนวนก่อนหน้า',
  'ลำดับค้นหา',
  ...COMPETENCY_CODES.map((_, i) => `สะสมถึงสมรรถนะที่ ${i + 1}`),
];

const WIDTHS = [7, 9, 26, 26, 10, 10, 30, 60, 30, 16, 24, ...Array(4 + COMPETENCY_CODES.length).fill(8)];

/**
 * Lines a row of the list needs: the list is live, so a row may show any level of the set — as
 * tall as the longest goal and indicators of the set's dictionary, never less than 5.
 */
function listLines(input: TemplateInput): number {
  let most = 5;
  for (const code of COMPETENCY_CODES) {
    for (const l of getCompetency(input.set, code).levels) {
      most = Math.max(
        most,
        linesOf(indicatorsText(l), WIDTHS[PLAN_COL.indicators - 1]!),
        linesOf(`ระดับ ${l.level} ${l.title}`, WIDTHS[PLAN_COL.goal - 1]!),
      );
    }
  }
  return most;
}

/** Whether the template gets a plan sheet: only when its values are levels (not ratings 1–5). */
export function hasPlanSheet(input: TemplateInput): boolean {
  return METHOD_RULES[input.method].usesExpected;
}

export function planSheet(input: TemplateInput): SheetSpec {
  const people = personRowCount(input.rows.length, input.spareRows);
  const n = COMPETENCY_CODES.length;
  const pairs = people * n;
  const first = PLAN_FIRST_ROW;
  const last = first + pairs - 1;
  const lastPerson = first + people - 1;
  const letter = (col: number) => columnLetter(col);
  /** Column-absolute, row-relative: the cell of this column in the formula's own row. */
  const here = (col: number) => `$${letter(col)}${first}`;
  const fixed = (col: number, row: number) => `$${letter(col)}$${row}`;
  const column = (col: number, to = lastPerson, cols = 1) =>
    `${fixed(col, first)}:${fixed(col + cols - 1, to)}`;
  const score = (row: number, col: number, rows = 1, cols = 1) => absRef(SHEETS.score, row, col, rows, cols);
  const L = layoutOf(input);
  // With self-assessment, each level column is followed by its self column: every other column.
  const stride = L.withSelf ? 2 : 1;
  const levels = score(FIRST_PERSON_ROW, L.competency.ACH, people, L.competency.TW - L.competency.ACH + 1);
  const expecteds = score(FIRST_PERSON_ROW, L.firstExpected, people, n);
  const plans = score(FIRST_PERSON_ROW, L.firstPlan, people, n * PLAN_TEXTS.length);
  const dict = dictionaryRows(input.set);
  const dictEnd = Math.max(...COMPETENCY_CODES.map((c) => dict[c].first + dict[c].count - 1));
  const titles = absRef(SHEETS.dictionary, 1, DICT_COL.title, dictEnd);
  const indicators = absRef(SHEETS.dictionary, 1, DICT_COL.indicators, dictEnd);
  // Row of level 0 (the lowest) of each competency in the dictionary sheet, minus one for INDEX.
  const base = COMPETENCY_CODES.map((c) => {
    const min = Math.min(...getCompetency(input.set, c).levels.map((l) => l.level));
    return dict[c].first - min;
  });

  // Of person row i (its score-sheet row is relative, so it moves with the fill).
  const scoreHere = (col: number) => `${quoteSheet(SHEETS.score)}!$${letter(col)}${FIRST_PERSON_ROW}`;
  const below = (code: (typeof COMPETENCY_CODES)[number]) =>
    `IF(${belowExpected(scoreHere(L.competency[code]), scoreHere(L.expected[code]))},1,0)`;
  const upTo = COMPETENCY_CODES.map((code, i) => ({
    f: i === 0 ? below(code) : `${here(PLAN_COL.upTo + i - 1)}+${below(code)}`,
  }));
  const lastUpTo = PLAN_COL.upTo + n - 1;
  // before + i / (2 × (people + 1)): strictly increasing, and below before + ½.
  const key = { f: `${here(PLAN_COL.before)}+(ROW()-${first - 1})/${2 * (people + 1)}` };
  // Written on the row below the first, so `here` is the row above: its before and its count.
  const beforeNext = `${here(PLAN_COL.before)}+${here(lastUpTo)}`;
  const total = `${fixed(PLAN_COL.before, lastPerson)}+${fixed(lastUpTo, lastPerson)}`;

  // Of list row j = ROW() − (first − 1).
  const j = `(ROW()-${first - 1})`;
  const person = here(PLAN_COL.person);
  const comp = here(PLAN_COL.competencyIndex);
  const shown = (f: string): Formula => ({ f: `IF(${person}="","",${f})` });
  /** The plan text typed on the score sheet for this pair, or empty (never INDEX's 0 for a blank). */
  const typedAt = (t: (typeof PLAN_TEXTS)[number]) =>
    `INDEX(${plans},${person},(${comp}-1)*${PLAN_TEXTS.length}+${PLAN_TEXTS.indexOf(t) + 1})`;
  const typed = (t: (typeof PLAN_TEXTS)[number]) => shown(`IF(${typedAt(t)}="","",${typedAt(t)})`);
  const expected = `INDEX(${expecteds},${person},${comp})`;
  const dictRow = `CHOOSE(${comp},${base.join(',')})+${expected}`;
  const typedGoal = `IF(${typedAt('goal')}="","",${typedAt('goal')})`;
  const list: Formula[] = [
    shown(j),
    shown(`INDEX(${score(FIRST_PERSON_ROW, L.id, people)},${person})`),
    shown(`INDEX(${score(FIRST_PERSON_ROW, L.name, people)},${person})`),
    shown(`CHOOSE(${comp},${COMPETENCY_CODES.map((c) => `"${competencyName(input.set, c)}"`).join(',')})`),
    shown(`INDEX(${levels},${person},(${comp}-1)*${stride}+1)`),
    shown(expected),
    shown(`IF(${typedGoal}<>"",${typedGoal},"ระดับ "&${expected}&" "&INDEX(${titles},${dictRow}))`),
    shown(`INDEX(${indicators},${dictRow})`),
    typed('method'),
    typed('period'),
    typed('measure'),
    { f: `IF(${j}>${total},"",MATCH(${j}-0.5,${column(PLAN_COL.key)},1))` },
    {
      f: `IF(${person}="","",MATCH(${j}-INDEX(${column(PLAN_COL.before)},${person}),INDEX(${column(PLAN_COL.upTo, lastPerson, n)},${person},0),0))`,
    },
  ];

  const lastCol = letter(PLAN_COL.measure);
  // Printed: as many rows as the people given can fill (spare rows are for people added by hand).
  const printedLast = first + Math.max(input.rows.length, 1) * n - 1;
  return {
    name: SHEETS.plan,
    columns: WIDTHS.map((width, i) => (i + 1 >= PLAN_COL.person ? { width, hidden: true } : { width })),
    blocks: [
      {
        row: 1,
        col: 1,
        cells: [
          ['แผนพัฒนารายบุคคล — สมรรถนะที่ต่ำกว่าระดับที่คาดหวัง', ...Array(PLAN_HEADERS.length - 1).fill(null)],
          [
            `รายการนี้คำนวณจากชีต "${SHEETS.score}" ทันที เป้าหมายมาจากพจนานุกรม; พิมพ์เป้าหมาย วิธีการพัฒนา ระยะเวลา และการวัดผลในคอลัมน์แผนพัฒนาของแต่ละคนทางขวาของชีต "${SHEETS.score}" แล้วรายการนี้และแบบสรุปจะแสดงตาม`,
            ...Array(PLAN_HEADERS.length - 1).fill(null),
          ],
          PLAN_HEADERS,
        ],
      },
      { row: first, col: 1, cells: [list], fillDown: pairs },
      { row: first, col: PLAN_COL.before, cells: [[{ f: '0' }]] },
      ...(people > 1
        ? [{ row: first + 1, col: PLAN_COL.before, cells: [[{ f: beforeNext }]], fillDown: people - 1 }]
        : []),
      { row: first, col: PLAN_COL.key, cells: [[key, ...upTo]], fillDown: people },
    ],
    frozen: { rows: PLAN_HEADER_ROW, columns: 0 },
    styles: [
      { range: 'A1', bold: true, size: 18 },
      {
        range: `A${PLAN_HEADER_ROW}:${letter(lastUpTo)}${PLAN_HEADER_ROW}`,
        bold: true,
        background: HEADER_FILL,
        color: HEADER_TEXT,
        wrap: true,
        valign: 'middle',
      },
      { range: `A${first}:${lastCol}${last}`, wrap: true, valign: 'top' },
      { range: `A${first}:A${last}`, align: 'center' },
      { range: `${letter(PLAN_COL.displayed)}${first}:${letter(PLAN_COL.expected)}${last}`, align: 'center' },
    ],
    rowHeights: [
      { row: PLAN_HEADER_ROW, count: 1, lines: 2 },
      { row: first, count: pairs, lines: listLines(input) },
    ],
    merges: [`A1:${lastCol}1`, `A2:${lastCol}2`],
    validations: [],
    conditionalFormats: [],
    protectedRanges: [
      `A${first}:${lastCol}${last}`,
      `${letter(PLAN_COL.person)}${first}:${letter(PLAN_COL.competencyIndex)}${last}`,
      `${letter(PLAN_COL.before)}${first}:${letter(lastUpTo)}${lastPerson}`,
    ],
    print: {
      orientation: 'landscape',
      fitWidth: 1,
      fitHeight: 0,
      area: `A1:${lastCol}${printedLast}`,
      repeatRows: { first: PLAN_HEADER_ROW, last: PLAN_HEADER_ROW },
      footer: `${SHEETS.plan} · หน้า {page} จาก {pages}`,
    },
  };
}
