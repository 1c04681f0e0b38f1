/**
 * The development-plan sheet (แผนพัฒนา): a live list of every person and competency whose displayed
 * level on the score sheet is below the expected level, with the goal (the expected level's title
 * and indicators, read from the dictionary sheet, unless a goal is typed) and the method, period
 * and measure typed in that person's plan columns on the score sheet, so the texts follow the list.
 *
 * No FILTER or other dynamic arrays (Excel 2016, LibreOffice 7.4): hidden helper columns hold, for
 * each (person row, competency) pair k, a flag "below expectation" and the running count of flags;
 * list row j finds its pair with MATCH(j, running counts, 0), the first pair whose count reaches j.
 * Rows of the list and pairs share sheet rows, so both are as many as the score sheet's rows × 5.
 */
import { getCompetency } from '../dictionary';
import { COMPETENCY_CODES } from '../dictionary/types';
import { PLAN_TEXTS } from '../interchange/types';
import { METHOD_RULES } from '../rules/scoring';
import { absRef, columnLetter } from './a1';
import { competencyName, dictionaryRows, layoutOf, type TemplateInput } from './input';
import { DICT_COL, FIRST_PERSON_ROW, personRowCount, SHEETS } from './layout';
import { indicatorsText } from './reference-sheets';
import { HEADER_FILL, HEADER_TEXT } from './style';
import { linesOf } from './summary-heights';
import type { Cell, SheetSpec } from './types';

export const PLAN_HEADER_ROW = 3;
export const PLAN_FIRST_ROW = 4;

/** The plan sheet's columns (1-based); match, flag and count are hidden helpers. */
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
  match: 12,
  flag: 13,
  count: 14,
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
  'ลำดับคู่',
  'ต่ำกว่าที่คาดหวัง',
  'นับสะสม',
];

const WIDTHS = [7, 9, 26, 26, 10, 10, 30, 60, 30, 16, 24, 8, 8, 8];

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
  const letter = (col: number) => columnLetter(col);
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
  const counts = `$${letter(PLAN_COL.count)}$${first}:$${letter(PLAN_COL.count)}$${last}`;

  const rows: Cell[][] = [];
  for (let k = 1; k <= pairs; k++) {
    const r = first + k - 1;
    const m = `$${letter(PLAN_COL.match)}${r}`;
    const person = `INT((${m}-1)/${n})+1`;
    const comp = `MOD(${m}-1,${n})+1`;
    const shown = (f: string) => ({ f: `IF(ISNUMBER(${m}),${f},"")` });
    /** The plan text typed on the score sheet for this pair, or empty (never INDEX's 0 for a blank). */
    const typed = (t: (typeof PLAN_TEXTS)[number]) => {
      const v = `INDEX(${plans},${person},(${comp}-1)*${PLAN_TEXTS.length}+${PLAN_TEXTS.indexOf(t) + 1})`;
      return shown(`IF(${v}="","",${v})`);
    };
    const expected = `INDEX(${expecteds},${person},${comp})`;
    const dictRow = `CHOOSE(${comp},${base.join(',')})+${expected}`;
    const pr = FIRST_PERSON_ROW + Math.floor((k - 1) / n);
    const code = COMPETENCY_CODES[(k - 1) % n]!;
    const goalAt = `INDEX(${plans},${person},(${comp}-1)*${PLAN_TEXTS.length}+1)`;
    const typedGoal = `IF(${goalAt}="","",${goalAt})`;
    const lv = score(pr, L.competency[code]);
    const ex = score(pr, L.expected[code]);
    rows.push([
      shown(String(k)),
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
      { f: `IFERROR(MATCH(${k},${counts},0),"")` },
      { f: `IF(AND(ISNUMBER(${lv}),ISNUMBER(${ex})),IF(${lv}<${ex},1,0),0)` },
      {
        f:
          k === 1
            ? `$${letter(PLAN_COL.flag)}${r}`
            : `$${letter(PLAN_COL.count)}${r - 1}+$${letter(PLAN_COL.flag)}${r}`,
      },
    ]);
  }
  const lastCol = letter(PLAN_COL.measure);
  // Printed: as many rows as the people given can fill (spare rows are for people added by hand).
  const printedLast = first + Math.max(input.rows.length, 1) * n - 1;
  return {
    name: SHEETS.plan,
    columns: WIDTHS.map((width, i) => (i + 1 >= PLAN_COL.match ? { width, hidden: true } : { width })),
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
      { row: first, col: 1, cells: rows },
    ],
    frozen: { rows: PLAN_HEADER_ROW, columns: 0 },
    styles: [
      { range: 'A1', bold: true, size: 18 },
      {
        range: `A${PLAN_HEADER_ROW}:${letter(PLAN_COL.count)}${PLAN_HEADER_ROW}`,
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
      `${letter(PLAN_COL.match)}${first}:${letter(PLAN_COL.count)}${last}`,
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
