/**
 * The summary sheet (แบบสรุป): one person, chosen by a dropdown of the score sheet's ids, laid out
 * as the printed appraisal form an office files (one portrait A4 page): who, the competency table,
 * the count of competencies by how far they are from the expected level (the OCSC form's table), the
 * achievement part, the total and band, the development plan and the signature lines; each
 * competency's evidence beside it (row heights: summary-heights.ts). Every value is a live formula over
 * the score sheet, so editing a level there or a weight in ตั้งค่า changes the summary at once.
 */
import { getCompetency, getSet } from '../dictionary';
import { COMPETENCY_CODES, type CompetencyCode } from '../dictionary/types';
import { type Method, PLAN_TEXTS } from '../interchange/types';
import { METHOD_RULES } from '../rules/scoring';
import { toThaiDigits } from '../text/normalize';
import { absRef, cellA1, columnLetter, rangeA1 } from './a1';
import * as F from './formulas';
import {
  cell,
  competencyName,
  dictionaryRows,
  type InputRow,
  layoutOf,
  METHOD_LABELS,
  type TemplateInput,
} from './input';
import {
  DICT_COL,
  FIRST_PERSON_ROW,
  personRowCount,
  type ScoreLayout,
  SETTINGS_ROW,
  SHEETS,
  SUMMARY_SHEET_LIMIT,
} from './layout';
import { FONT, INPUT_FILL, TABLE_HEAD_FILL } from './style';
import { C, ID_ROW, LAST, WIDTHS } from './summary-columns';
import { evidenceLines, planRowLines } from './summary-heights';
import type { Block, Cell, RangeStyle, RowHeights, SheetSpec } from './types';

/** The labels the summary prints, shared with the PDF of `samatthana print`. */
export const SUMMARY_LABELS = {
  title: 'แบบสรุปผลการประเมินสมรรถนะหลัก',
  id: 'รหัส',
  name: 'ชื่อ-สกุล ผู้รับการประเมิน',
  position: 'ตำแหน่ง',
  round: 'รอบการประเมิน',
  competencies: 'สมรรถนะหลัก',
  tableHead: {
    no: 'ลำดับ',
    name: 'สมรรถนะหลัก',
    expected: 'ระดับที่คาดหวัง',
    displayed: { level: 'ระดับที่ประเมินได้', rating: 'คะแนนที่ประเมิน (1–5)' },
    points: 'คะแนนที่ได้',
    result: 'ผลการประเมิน (ถ่วงน้ำหนัก)',
    evidence: 'ระบุเหตุการณ์/พฤติกรรม (ที่ผู้รับการประเมินแสดงออก)',
  },
  sum: 'รวม',
  plan: 'แผนพัฒนารายบุคคล',
  planHead: {
    competency: 'สมรรถนะที่ต้องพัฒนาและเป้าหมาย',
    method: 'วิธีการพัฒนา',
    period: 'ระยะเวลา',
    measure: 'การวัดผล',
  },
  goal: 'เป้าหมาย',
  countHead: { rule: 'หลักเกณฑ์', count: 'จำนวน', multiplier: 'ตัวคูณ', points: 'คะแนน' },
  countTotal: 'ผลรวมของคะแนนสมรรถนะทั้งหมด',
  summary: 'สรุปผลการประเมิน',
  summaryHead: {
    part: 'องค์ประกอบการประเมิน',
    score: 'คะแนน (เต็ม ๑๐๐)',
    weight: 'น้ำหนัก (ร้อยละ)',
    result: 'คะแนนถ่วงน้ำหนัก',
  },
  achievement: 'ผลสัมฤทธิ์ของงาน',
  competency: 'พฤติกรรมการปฏิบัติราชการ (สมรรถนะหลัก)',
  total: 'รวม',
  band: 'ผลการประเมิน',
  signers: ['ผู้รับการประเมิน', 'ผู้ประเมิน', 'ผู้บังคับบัญชาเหนือขึ้นไป'],
  sign: 'ลงชื่อ ......................................................',
  blankName: '(......................................................)',
  signPosition: 'ตำแหน่ง ...................................................',
  date: 'วันที่ ........ เดือน ........................ พ.ศ. ............',
} as const;

/**
 * The rows of the count table: each row counts the competencies that earn `points`. For the gap
 * method these are the OCSC form's rows (at or above the expected level ×3, one level below ×2, …).
 */
export function countRows(method: Method): { label: string; points: number }[] {
  switch (method) {
    case 'gap':
      return [
        { label: 'จำนวนสมรรถนะที่มีระดับสูงกว่าหรือเท่ากับระดับที่คาดหวัง', points: 3 },
        { label: 'จำนวนสมรรถนะที่มีระดับต่ำกว่าระดับที่คาดหวัง ๑ ระดับ', points: 2 },
        { label: 'จำนวนสมรรถนะที่มีระดับต่ำกว่าระดับที่คาดหวัง ๒ ระดับ', points: 1 },
        { label: 'จำนวนสมรรถนะที่มีระดับต่ำกว่าระดับที่คาดหวัง ๓ ระดับขึ้นไป', points: 0 },
      ];
    case 'bma-points':
      return [
        { label: 'จำนวนสมรรถนะที่มีระดับสูงกว่าระดับที่คาดหวังตั้งแต่ ๑ ระดับ', points: 5 },
        { label: 'จำนวนสมรรถนะที่มีระดับเท่ากับระดับที่คาดหวัง', points: 4 },
        { label: 'จำนวนสมรรถนะที่มีระดับต่ำกว่าระดับที่คาดหวัง ๑ ระดับ', points: 3 },
        { label: 'จำนวนสมรรถนะที่มีระดับต่ำกว่าระดับที่คาดหวัง ๒ ระดับ', points: 2 },
        { label: 'จำนวนสมรรถนะที่มีระดับต่ำกว่าระดับที่คาดหวัง ๓ ระดับ', points: 1 },
        { label: 'จำนวนสมรรถนะที่ไม่แสดงออก (ระดับ ๐) หรือต่ำกว่าระดับที่คาดหวัง ๔ ระดับขึ้นไป', points: 0 },
      ];
    case 'rating':
      return [5, 4, 3, 2, 1].map((points) => ({
        label: `จำนวนสมรรถนะที่ได้คะแนน ${toThaiDigits(points)}`,
        points,
      }));
  }
}

/** A summary sheet builder: appends rows top to bottom and collects their styles and merges. */
class Layout {
  row = 1;
  /** Rows A–G from row 1, written as one block (one call in Sheets, however many rows). */
  readonly grid: Cell[][] = [];
  readonly styles: RangeStyle[] = [];
  readonly merges: string[] = [];
  readonly heights: RowHeights[] = [];

  /** Writes one row of cells from column A; `lines` is its height in lines of text. */
  put(cells: Cell[], lines = 1, size?: number): number {
    const r = this.row++;
    this.grid.push([...cells, ...Array<Cell>(LAST - cells.length).fill(null)]);
    this.height(r, lines, size);
    return r;
  }

  /**
   * A row whose height depends on the texts of the people shown: its own entry, never run with its
   * neighbours, so the number of calls in Sheets is the same whatever the texts are.
   */
  putText(cells: Cell[], lines: number): number {
    this.alone.add(this.row);
    return this.put(cells, lines);
  }

  /** Rows that neither join nor start a run of heights. */
  private readonly alone = new Set<number>();

  gap(lines = 0.5): void {
    this.put([], lines);
  }

  /** Runs of equal heights become one entry (one call in Sheets). */
  private height(row: number, lines: number, size?: number): void {
    const prev = this.heights.at(-1);
    const last = prev ? prev.row + prev.count - 1 : 0;
    if (
      prev &&
      !this.alone.has(last) &&
      !this.alone.has(row) &&
      last + 1 === row &&
      prev.lines === lines &&
      prev.size === size
    )
      prev.count++;
    else this.heights.push({ row, count: 1, lines, ...(size ? { size } : {}) });
  }

  merge(row: number, col: number, cols: number): void {
    this.merges.push(rangeA1(row, col, 1, cols));
  }

  style(range: string, s: Omit<RangeStyle, 'range'>): void {
    this.styles.push({ range, ...s });
  }
}

const setting = (row: number) => absRef(SHEETS.settings, row, 2);

const THAI_DIGITS = '"๐","๑","๒","๓","๔","๕","๖"';

/**
 * The hidden helpers beside one competency row: the running count of competencies the plan lists
 * (those with a plan text, or below the expected level), then the goal (the text typed, else the
 * expected level's title from the dictionary sheet), method, period and measure.
 */
function planHelper(
  input: TemplateInput,
  S: ScoreLayout,
  pick: (col: number) => string,
  code: CompetencyCode,
  r: number,
  firstRow: boolean,
): Cell[] {
  const [e, d] = [cellA1(r, C.expected), cellA1(r, C.displayed)];
  const letter = columnLetter;
  const texts = PLAN_TEXTS.map((t) => pick(S.plan[code][t]));
  const [goal, method, period, measure] = texts as [string, string, string, string];
  let fromDictionary = '""';
  if (METHOD_RULES[input.method].usesExpected) {
    const dict = dictionaryRows(input.set)[code];
    const min = Math.min(...getCompetency(input.set, code).levels.map((l) => l.level));
    const titles = absRef(SHEETS.dictionary, dict.first, DICT_COL.title, dict.count);
    fromDictionary = `IF(${F.belowExpected(d, e)},"ระดับ "&CHOOSE(${e}+1,${THAI_DIGITS})&" "&INDEX(${titles},${e}+${1 - min}),"")`;
  }
  const own = (c: number) => `${letter(c)}${r}`;
  const listed = `IF(OR(${[C.goal, C.method, C.period, C.measure].map((c) => `${own(c)}<>""`).join(',')}),1,0)`;
  return [
    { f: firstRow ? listed : `${listed}+${letter(C.helper)}${r - 1}` },
    { f: `IF(${goal}<>"",${goal},${fromDictionary})` },
    { f: method },
    { f: period },
    { f: measure },
  ];
}

/** What every part of one summary sheet builds on: its layout grid and how it reads the score sheet. */
interface Form {
  input: TemplateInput;
  L: Layout;
  /** The score sheet's columns. */
  S: ScoreLayout;
  /** A score sheet column's whole range of people. */
  scoreCol: (c: number) => string;
  /** The hidden cell holding the person's row in the score sheet. */
  index: string;
  /** The person's value in a score sheet column, or empty (never the 0 INDEX gives for a blank). */
  pick: (c: number) => string;
  /** The hidden helpers H–L, by row: written as one block. */
  hidden: Map<number, Cell[]>;
}

const THAI_CENTRE = { thaiDigits: true, align: 'center' } as const;
const TABLE_HEAD = {
  bold: true,
  background: TABLE_HEAD_FILL,
  wrap: true,
  align: 'center',
  valign: 'middle',
} as const;

function section(L: Layout, label: string): void {
  const r = L.put([label]);
  L.merge(r, 1, LAST);
  L.style(rangeA1(r, 1), { bold: true });
}

/** Title, then who: the id dropdown (row 3), name, position and round. Returns the name's row. */
function whoPart({ input, L, pick, hidden, scoreCol, S }: Form, id: Cell): number {
  const set = getSet(input.set);
  const title = L.put([SUMMARY_LABELS.title], 1, FONT.size + 4);
  L.merge(title, 1, LAST);
  L.style(rangeA1(title, 1), { bold: true, size: FONT.size + 4, align: 'center' });
  const sub = L.put([`${set.nameTh} · วิธีคำนวณ: ${METHOD_LABELS[input.method]}`]);
  L.merge(sub, 1, LAST);
  L.style(rangeA1(sub, 1), { align: 'center' });

  // Who: label in A–B, value in C–G.
  const who = (label: string, value: Cell, merge = true) => {
    const r = L.put([label, null, value]);
    L.merge(r, 1, 2);
    if (merge) L.merge(r, 3, LAST - 2);
    L.style(rangeA1(r, 1), { bold: true });
    return r;
  };
  const idRow = who(SUMMARY_LABELS.id, id, false);
  if (idRow !== ID_ROW) throw new Error('the id row moved');
  const idCell = `$${columnLetter(C.expected)}$${ID_ROW}`;
  hidden.set(idRow, [{ f: `IF(${idCell}="","",IFERROR(MATCH(${idCell},${scoreCol(S.id)},0),""))` }]);
  L.style(rangeA1(idRow, 3), { background: INPUT_FILL, bold: true, align: 'center' });
  const nameRow = who(SUMMARY_LABELS.name, { f: pick(S.name) });
  const [type, level] = [pick(S.positionType), pick(S.positionLevel)];
  who(SUMMARY_LABELS.position, { f: `IF(${type}="",${level},IF(${level}="",${type},${type}&" "&${level}))` });
  const roundRow = L.put([
    SUMMARY_LABELS.round,
    null,
    { f: `IF(${setting(SETTINGS_ROW.round)}="","",${setting(SETTINGS_ROW.round)})` },
    { f: `IF(${setting(SETTINGS_ROW.fiscalYear)}="","",${setting(SETTINGS_ROW.fiscalYear)})` },
  ]);
  L.merge(roundRow, 1, 2);
  L.merge(roundRow, 4, LAST - 3);
  L.style(rangeA1(roundRow, 1), { bold: true });
  L.style(rangeA1(roundRow, 3), { numberFormat: '"รอบที่ "0', thaiDigits: true, align: 'left' });
  L.style(rangeA1(roundRow, 4), { numberFormat: '"ปีงบประมาณ "0', thaiDigits: true, align: 'left' });
  L.gap();
  return nameRow;
}

/**
 * The competency table: per competency its expected and displayed level, points, weighted result
 * and evidence, with the plan helpers beside it; then the sum. Returns its first row and sum row.
 */
function competencyTable(form: Form, shown: readonly InputRow[]): { first: number; sum: number } {
  const { input, L, S, pick, hidden } = form;
  const rule = METHOD_RULES[input.method];
  section(L, SUMMARY_LABELS.competencies);
  const H = SUMMARY_LABELS.tableHead;
  const head = L.put(
    [
      H.no,
      H.name,
      H.expected,
      input.method === 'rating' ? H.displayed.rating : H.displayed.level,
      H.points,
      H.result,
      H.evidence,
    ],
    2,
  );
  L.style(rangeA1(head, 1, 1, LAST), TABLE_HEAD);
  const first = L.row;
  const count = COMPETENCY_CODES.length;
  const perCompetency = (code: CompetencyCode, i: number): Cell[] => {
    const r = first + i;
    const [e, d, p] = [cellA1(r, C.expected), cellA1(r, C.displayed), cellA1(r, C.points)];
    const needs = rule.usesExpected ? `OR(${d}="",${e}="")` : `${d}=""`;
    return [
      toThaiDigits(i + 1),
      competencyName(input.set, code),
      { f: pick(S.expected[code]) },
      { f: pick(S.competency[code]) },
      { f: `IF(${needs},"",${F.pointsOf(input.method, d, e)})` },
      { f: `IF(${p}="","",${p}/${rule.max}*${F.W_COMPETENCY}/${count})` },
      { f: pick(S.evidence[code]) },
    ];
  };
  COMPETENCY_CODES.forEach((code, i) => {
    L.putText(perCompetency(code, i), evidenceLines(input, code, shown));
  });
  COMPETENCY_CODES.forEach((code, i) => {
    hidden.set(first + i, planHelper(input, S, pick, code, first + i, i === 0));
  });
  const points = rangeA1(first, C.points, count);
  const sum = L.put([
    SUMMARY_LABELS.sum,
    null,
    null,
    null,
    { f: `IF(COUNT(${points})<${count},"",SUM(${points}))` },
    { f: pick(S.competencyScore) },
    null,
  ]);
  L.merge(sum, 1, 4);
  L.style(rangeA1(first, 1, count), { align: 'center', valign: 'top' });
  L.style(rangeA1(first, C.name, count), { wrap: true, valign: 'top' });
  L.style(rangeA1(first, C.expected, count, 3), { ...THAI_CENTRE, numberFormat: '0', valign: 'top' });
  L.style(rangeA1(first, C.result, count), { ...THAI_CENTRE, numberFormat: '0.00', valign: 'top' });
  L.style(rangeA1(first, C.evidence, count), { wrap: true, valign: 'top' });
  L.style(rangeA1(sum, 1), { bold: true, align: 'right' });
  L.style(rangeA1(sum, C.points), { ...THAI_CENTRE, bold: true, numberFormat: '0' });
  L.style(rangeA1(sum, C.result), { ...THAI_CENTRE, bold: true, numberFormat: '0.00' });
  L.style(rangeA1(head, 1, sum - head + 1, LAST), { border: true });
  L.gap();
  return { first, sum };
}

/** The count table: how many competencies earn each number of points, times those points. */
function countTable({ input, L, index }: Form, { first, sum }: { first: number; sum: number }): void {
  const points = rangeA1(first, C.points, COMPETENCY_CODES.length);
  const CH = SUMMARY_LABELS.countHead;
  const countHead = L.put([CH.rule, null, null, CH.count, CH.multiplier, CH.points]);
  L.merge(countHead, 1, 3);
  L.style(rangeA1(countHead, 1, 1, C.result), TABLE_HEAD);
  const countFirst = L.row;
  for (const row of countRows(input.method)) {
    const r = L.put(
      [
        row.label,
        null,
        null,
        { f: `IF(${index}="","",COUNTIF(${points},${row.points}))` },
        row.points,
        {
          f: `IF(${cellA1(L.row, C.displayed)}="","",${cellA1(L.row, C.displayed)}*${cellA1(L.row, C.points)})`,
        },
      ],
      2,
    );
    L.merge(r, 1, 3);
  }
  const countLast = L.row - 1;
  const countSum = L.put([
    SUMMARY_LABELS.countTotal,
    null,
    null,
    null,
    null,
    {
      f: `IF(${cellA1(sum, C.points)}="","",SUM(${rangeA1(countFirst, C.result, countLast - countFirst + 1)}))`,
    },
  ]);
  L.merge(countSum, 1, 5);
  L.style(rangeA1(countFirst, 1, countSum - countFirst + 1), { wrap: true });
  L.style(rangeA1(countFirst, C.displayed, countLast - countFirst + 1, 3), {
    ...THAI_CENTRE,
    numberFormat: '0',
  });
  L.style(rangeA1(countSum, 1), { bold: true, align: 'right' });
  L.style(rangeA1(countSum, C.result), { ...THAI_CENTRE, bold: true, numberFormat: '0' });
  L.style(rangeA1(countHead, 1, countSum - countHead + 1, C.result), { border: true });
  L.gap();
}

/** Achievement, competencies, total and band. */
function resultTable({ input, L, S, pick }: Form, sum: number): void {
  const rule = METHOD_RULES[input.method];
  const count = COMPETENCY_CODES.length;
  section(L, SUMMARY_LABELS.summary);
  const SH = SUMMARY_LABELS.summaryHead;
  const sumHead = L.put([SH.part, null, null, SH.score, SH.weight, SH.result], 2);
  L.merge(sumHead, 1, 3);
  L.style(rangeA1(sumHead, 1, 1, C.result), TABLE_HEAD);
  const part = (label: string, score: Cell, weight: Cell, result: Cell) => {
    const r = L.put([label, null, null, score, weight, result]);
    L.merge(r, 1, 3);
    return r;
  };
  const ach = L.row;
  const score = (r: number) => cellA1(r, C.displayed);
  const weight = (r: number) => cellA1(r, C.points);
  part(
    `๑. ${SUMMARY_LABELS.achievement}`,
    { f: pick(S.achievement) },
    { f: F.W_ACHIEVEMENT },
    { f: `IF(${score(ach)}="","",ROUND(${score(ach)}*${weight(ach)}/100+${F.NUDGE},2))` },
  );
  part(
    `๒. ${SUMMARY_LABELS.competency}`,
    {
      f: `IF(${cellA1(sum, C.points)}="","",ROUND(${cellA1(sum, C.points)}/${count * rule.max}*100+${F.NUDGE},2))`,
    },
    { f: F.W_COMPETENCY },
    { f: pick(S.competencyScore) },
  );
  const total = part(
    SUMMARY_LABELS.total,
    null,
    { f: `${F.W_ACHIEVEMENT}+${F.W_COMPETENCY}` },
    { f: pick(S.total) },
  );
  const band = L.put([SUMMARY_LABELS.band, null, null, { f: pick(S.band) }, null, null]);
  L.merge(band, 1, 3);
  L.merge(band, C.displayed, 3);
  L.style(rangeA1(ach, C.displayed, 2), { ...THAI_CENTRE, numberFormat: '0.00' });
  L.style(rangeA1(ach, C.points, 3), { ...THAI_CENTRE, numberFormat: '0.##' });
  L.style(rangeA1(ach, C.result, 3), { ...THAI_CENTRE, numberFormat: '0.00' });
  L.style(rangeA1(total, 1, 2), { bold: true, align: 'right' });
  L.style(rangeA1(total, C.result), { bold: true });
  L.style(rangeA1(band, C.displayed), { bold: true, align: 'center' });
  L.style(rangeA1(sumHead, 1, band - sumHead + 1, C.result), { border: true });
  L.gap();
}

/**
 * The development plan: each competency with a plan text or below its expected level, in order.
 * Plan row j takes the competency whose running count (hidden beside the competency rows, from
 * `first`) first reaches j.
 */
function planTable({ input, L, hidden }: Form, first: number, shown: readonly InputRow[]): void {
  const count = COMPETENCY_CODES.length;
  section(L, SUMMARY_LABELS.plan);
  const PH = SUMMARY_LABELS.planHead;
  const planHead = L.put([PH.competency, null, PH.method, null, null, PH.period, PH.measure], 2);
  L.merge(planHead, 1, 2);
  L.merge(planHead, 3, 3);
  L.style(rangeA1(planHead, 1, 1, LAST), TABLE_HEAD);
  const planFirst = L.row;
  const helperCol = (c: number) => `$${columnLetter(c)}$${first}:$${columnLetter(c)}$${first + count - 1}`;
  const planLines = planRowLines(input, shown);
  for (let j = 1; j <= count; j++) {
    const r = L.row;
    const m = `$${columnLetter(C.helper)}${r}`;
    const at = (c: number) => `INDEX(${helperCol(c)},${m})`;
    const listed = (f: string): Cell => ({ f: `IF(${m}="","",${f})` });
    L.putText(
      [
        listed(
          `INDEX(${helperCol(C.name)},${m})&IF(${at(C.goal)}="","",CHAR(10)&"${SUMMARY_LABELS.goal}: "&${at(C.goal)})`,
        ),
        null,
        listed(at(C.method)),
        null,
        null,
        listed(at(C.period)),
        listed(at(C.measure)),
      ],
      planLines[j - 1]!,
    );
    L.merge(r, 1, 2);
    L.merge(r, 3, 3);
    hidden.set(r, [{ f: `IFERROR(MATCH(${j},${helperCol(C.helper)},0),"")` }]);
  }
  L.style(rangeA1(planFirst, 1, count, LAST), { wrap: true, valign: 'top' });
  L.style(rangeA1(planHead, 1, count + 1, LAST), { border: true });
  L.gap(1);
}

/**
 * Signatures, each a line to sign, the name, the role and the date: the appraisee and the
 * evaluator side by side, the next supervisor below across the page.
 */
function signatures(L: Layout, nameRow: number): void {
  const [appraisee, evaluator, supervisor] = SUMMARY_LABELS.signers;
  const appraiseeName = {
    f: `IF(${cellA1(nameRow, 3)}="","${SUMMARY_LABELS.blankName}","( "&${cellA1(nameRow, 3)}&" )")`,
  };
  const signature = (who: string, person: Cell = SUMMARY_LABELS.blankName): Cell[] => [
    SUMMARY_LABELS.sign,
    person,
    who,
    SUMMARY_LABELS.date,
  ];
  const [left, right, below] = [
    signature(appraisee, appraiseeName),
    signature(evaluator),
    signature(supervisor),
  ];
  left.forEach((line, i) => {
    const r = L.put([line, null, null, null, right[i]!, null, null]);
    L.merge(r, 1, 4);
    L.merge(r, 5, 3);
    L.style(rangeA1(r, 1, 1, LAST), { align: 'center', ...(i === 2 ? { bold: true } : {}) });
  });
  L.gap(1);
  below.forEach((line, i) => {
    const r = L.put([line]);
    L.merge(r, 1, LAST);
    L.style(rangeA1(r, 1), { align: 'center', ...(i === 2 ? { bold: true } : {}) });
  });
}

/**
 * The summary of the person whose id is in the id cell; `id` presets it (a sheet per person).
 * `shown` are the people it may show: its rows are tall enough for their evidence and plan texts.
 */
function summarySheet(input: TemplateInput, name: string, id: Cell, shown: readonly InputRow[]): SheetSpec {
  const S = layoutOf(input);
  const n = personRowCount(input.rows.length, input.spareRows);
  const scoreCol = (c: number) => absRef(SHEETS.score, FIRST_PERSON_ROW, c, n);
  // Row 3 holds the id dropdown in C and, hidden in H, the person's row in the score sheet.
  const index = `$${columnLetter(C.helper)}$${ID_ROW}`;
  const form: Form = {
    input,
    L: new Layout(),
    S,
    scoreCol,
    index,
    pick: (c) => `IF(${index}="","",IF(INDEX(${scoreCol(c)},${index})="","",INDEX(${scoreCol(c)},${index})))`,
    hidden: new Map(),
  };
  const { L } = form;
  const nameRow = whoPart(form, id);
  const table = competencyTable(form, shown);
  countTable(form, table);
  resultTable(form, table.sum);
  planTable(form, table.first, shown);
  signatures(L, nameRow);
  const end = L.row - 1;

  return {
    name,
    columns: WIDTHS.map((width, i) => ({ width, ...(i + 1 >= C.helper ? { hidden: true } : {}) })),
    blocks: [{ row: 1, col: 1, cells: L.grid }, helperBlock(form.hidden)],
    merges: L.merges,
    rowHeights: L.heights,
    styles: [{ range: rangeA1(1, 1, end, LAST), valign: 'middle' }, ...L.styles],
    validations: [
      {
        range: rangeA1(ID_ROW, 3),
        rule: { kind: 'range', source: scoreCol(S.id), strict: true },
        help: `เลือกรหัสของผู้รับการประเมินจากชีต "${SHEETS.score}" แล้วแบบสรุปจะแสดงคนนั้น`,
      },
    ],
    conditionalFormats: [],
    protectedRanges: [rangeA1(1, C.helper, end, C.measure - C.helper + 1)],
    hideGridlines: true,
    print: {
      orientation: 'portrait',
      fitWidth: 1,
      fitHeight: 1,
      area: rangeA1(1, 1, end, LAST),
      footer: `${name} · หน้า {page} จาก {pages}`,
    },
  };
}

/** The hidden helpers as one rectangle from their first row to their last, empty where a row has none. */
function helperBlock(hidden: Map<number, Cell[]>): Block {
  const rows = [...hidden.keys()];
  const [top, bottom] = [Math.min(...rows), Math.max(...rows)];
  const width = C.measure - C.helper + 1;
  const cells: Cell[][] = [];
  for (let r = top; r <= bottom; r++) {
    const line = hidden.get(r) ?? [];
    cells.push([...line, ...Array<Cell>(width - line.length).fill(null)]);
  }
  return { row: top, col: C.helper, cells };
}

/** A sheet name for a person's summary: at most 31 characters, none of : \ / ? * [ ]. */
export function summarySheetName(id: string, taken: Set<string>): string {
  const base = `สรุป ${id.replace(/[:\\/?*[\]']/g, '_')}`.slice(0, 28);
  let name = base;
  for (let k = 2; taken.has(name); k++) name = `${base}~${k}`;
  taken.add(name);
  return name;
}

/** The summary sheet (the first person shown), then one per person when `input.summaries` asks. */
export function summarySheets(input: TemplateInput): SheetSpec[] {
  const first = summarySheet(input, SHEETS.summary, cell(input.rows[0]?.id ?? null), input.rows);
  if (!input.summaries) return [first];
  const taken = new Set<string>(Object.values(SHEETS));
  return [
    first,
    ...input.rows
      .slice(0, SUMMARY_SHEET_LIMIT)
      .map((p) => summarySheet(input, summarySheetName(String(p.id ?? ''), taken), cell(p.id), [p])),
  ];
}
