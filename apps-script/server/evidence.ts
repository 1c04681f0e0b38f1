/**
 * Evidence for the selected row: what the sidebar's checklist needs (the person, the set, each
 * competency's level and evidence text), and the write of the texts back into that row's evidence
 * cells in one call. The checklist itself (which indicators, which are ticked) is shared/ logic
 * the sidebar runs.
 */
import { getCompetency } from '../../shared/dictionary';
import {
  COMPETENCY_CODES,
  type CompetencyCode,
  DEFAULT_SET,
  type SetId,
} from '../../shared/dictionary/types';
import { DEFAULT_METHOD, type Method, textProblem } from '../../shared/interchange';
import { FIRST_PERSON_ROW, mapHeader, readSettings, SHEETS, TemplateReadError } from '../../shared/template';
import { cleanLongText, cleanText, parseThaiNumber } from '../../shared/text/normalize';
import { readScoreSheet, readSmall } from './actions';
import type { SheetsAdapter, SheetValue } from './adapter';
import { sheetsValue } from './render';

export interface EvidenceCompetency {
  code: CompetencyCode;
  name: string;
  /** The displayed level or rating as a whole number, or null when the cell holds none. */
  level: number | null;
  text: string;
}

export interface SelectedEvidence {
  /** The sheet row (1-based) of the person. */
  row: number;
  id: string;
  name: string;
  set: SetId;
  method: Method;
  competencies: EvidenceCompetency[];
}

export interface EvidenceWrite {
  row: number;
  /** The id the row held when it was read: a row that now holds someone else is not written. */
  id: string;
  texts: Partial<Record<CompetencyCode, string>>;
}

const text = (v: SheetValue | undefined) => (v === undefined ? '' : cleanText(String(v)));

/** The template's evidence columns, or a Thai error saying to repair a template made before they existed. */
function evidenceColumns(cols: ReturnType<typeof mapHeader>): Record<CompetencyCode, number> {
  const missing = COMPETENCY_CODES.filter((c) => cols.evidence[c] === undefined);
  if (missing.length) {
    throw new TemplateReadError(
      `ชีต "${SHEETS.score}" ไม่มีคอลัมน์เหตุการณ์/พฤติกรรม: แม่แบบนี้สร้างก่อนมีคอลัมน์นี้ ให้ซ่อมแม่แบบ (แท็บ ส่งออก / ซ่อม) ก่อน`,
    );
  }
  return cols.evidence as Record<CompetencyCode, number>;
}

/** The person on the selected row of the score sheet, with each competency's level and evidence. */
export function selectedEvidence(adapter: SheetsAdapter): SelectedEvidence {
  const at = adapter.activeCell();
  if (!at || at.sheet !== SHEETS.score) {
    throw new TemplateReadError(`เลือกแถวของผู้รับการประเมินในชีต "${SHEETS.score}" ก่อน แล้วกดอ่านแถวที่เลือกอีกครั้ง`);
  }
  const { values, headerRow } = readScoreSheet(adapter);
  const cols = mapHeader(values[headerRow - 1]!);
  const evidence = evidenceColumns(cols);
  const line = values[at.row - 1];
  const id = text(line?.[cols.id - 1]);
  if (at.row < Math.max(FIRST_PERSON_ROW, headerRow + 1) || !line || !id) {
    throw new TemplateReadError(`แถว ${at.row} ไม่มีรหัสผู้รับการประเมิน: เลือกแถวที่มีรายชื่อ`);
  }
  const settings = readSettings(readSmall(adapter, SHEETS.settings, 9, 2));
  const set = settings.set ?? DEFAULT_SET;
  return {
    row: at.row,
    id,
    name: text(line[cols.name - 1]),
    set,
    method: settings.method ?? DEFAULT_METHOD,
    competencies: COMPETENCY_CODES.map((code) => {
      const raw = line[cols.competencies[code] - 1];
      const n = typeof raw === 'number' ? raw : parseThaiNumber(text(raw));
      return {
        code,
        name: getCompetency(set, code).nameTh,
        level: n !== null && Number.isInteger(n) ? n : null,
        text: String(line[evidence[code] - 1] ?? ''),
      };
    }),
  };
}

/**
 * Writes the evidence texts into the row's evidence cells: one setValues over the cells from the
 * first evidence column to the last (other cells in between are written back as they were). Texts
 * are checked as the interchange checks them; nothing is written when one is refused.
 */
export function writeEvidence(adapter: SheetsAdapter, w: EvidenceWrite): { written: number } {
  const { values, formulas, headerRow } = readScoreSheet(adapter);
  const cols = mapHeader(values[headerRow - 1]!);
  const evidence = evidenceColumns(cols);
  const line = values[w.row - 1];
  if (w.row <= headerRow || text(line?.[cols.id - 1]) !== cleanText(w.id)) {
    throw new TemplateReadError(
      `แถว ${w.row} ไม่ใช่ของรหัส ${w.id} แล้ว (ชีตเปลี่ยนไป): กดอ่านแถวที่เลือกใหม่ ยังไม่ได้บันทึกอะไร`,
    );
  }
  const set = readSettings(readSmall(adapter, SHEETS.settings, 9, 2)).set ?? DEFAULT_SET;
  const texts: Partial<Record<CompetencyCode, string>> = {};
  const problems: string[] = [];
  for (const code of COMPETENCY_CODES) {
    const raw = w.texts[code];
    if (raw === undefined) continue;
    const t = cleanLongText(raw);
    const problem = textProblem(t);
    if (problem) problems.push(`${getCompetency(set, code).nameTh}: ${problem}`);
    texts[code] = t;
  }
  if (problems.length) throw new TemplateReadError(`ยังไม่ได้บันทึก: ${problems.join(' · ')}`);
  const first = Math.min(...Object.values(evidence));
  const last = Math.max(...Object.values(evidence));
  // The span as the sheet holds it (a formula stays a formula), with the new texts in their cells.
  const span: SheetValue[] = [];
  for (let c = first; c <= last; c++) {
    const formula = formulas[w.row - 1]?.[c - 1];
    const v = line?.[c - 1] ?? '';
    span.push(formula || (typeof v === 'string' && v !== '' ? sheetsValue(v) : v));
  }
  for (const code of COMPETENCY_CODES) {
    const t = texts[code];
    if (t !== undefined) span[evidence[code] - first] = sheetsValue(t.trim() === '' ? null : t);
  }
  adapter.setValues(SHEETS.score, w.row, first, [span]);
  return { written: Object.keys(texts).length };
}
