/**
 * The competency set a table of people shows by itself when its file does not state one (a CSV, an
 * HR list, a workbook without the template's settings sheet): the set whose own competency names
 * its headers use (SET_OWN_NAMES: "การทำงานเป็นทีม" is the OCSC set's, "ความร่วมแรงร่วมใจ" the BMA
 * set's), else the set a title row above the header names ("สมรรถนะหลัก ก.พ."). A table whose
 * headers hold only names both sets use (or codes) shows none, and so does one whose headers name
 * both sets. One rule for every reader and every caller: what a table that shows none is scored
 * with is the caller's choice (the CLI's default set; the side panel asks).
 */
import { competencyName, SET_TITLE_NAMES } from '../dictionary';
import { SET_IDS, SET_LABELS, type SetId } from '../dictionary/types';
import type { Problem } from '../problem';
import { columnFor, headerKey } from './headers';

export interface ShownSet {
  set: SetId;
  /** Where the file shows it: the header's or the title's place ("บรรทัด 1, คอลัมน์ 9"). */
  where: string;
  /** What shows it, as a person reads it: `หัวคอลัมน์ "การทำงานเป็นทีม" เป็นชื่อสมรรถนะของฉบับ ก.พ.`. */
  what: string;
}

/** A row of a table as text, with its number as the file shows it. */
export interface TextRow {
  line: number;
  cells: readonly string[];
}

const TITLE_KEYS = SET_IDS.map((set) => ({ set, keys: SET_TITLE_NAMES[set].map(headerKey) }));

/** The set one header names by a name of its own, or null. */
function headerSet(header: string): SetId | null {
  const col = columnFor(header);
  if (col?.kind !== 'level' && col?.kind !== 'family') return null;
  return competencyName(header)?.set ?? null;
}

/** The set one title names, or null (a title naming both names none). */
function titleSet(title: string): SetId | null {
  const key = headerKey(title);
  const named = TITLE_KEYS.filter(({ keys }) => keys.some((k) => key.includes(k)));
  return named.length === 1 ? named[0]!.set : null;
}

/**
 * The set a table shows: by its header row, else by its title rows; null when it shows none or both.
 * `at` names a place as the reader names it.
 */
export function setShown(
  header: TextRow,
  titles: readonly TextRow[],
  at: (line: number, col?: string) => string,
): ShownSet | null {
  const byHeader = header.cells.flatMap((h, i) => {
    const set = headerSet(h);
    return set
      ? [
          {
            set,
            where: at(header.line, `${i + 1}`),
            what: `หัวคอลัมน์ "${h}" เป็นชื่อสมรรถนะของ${SET_LABELS[set]}`,
          },
        ]
      : [];
  });
  const byTitle = titles.flatMap((row) =>
    row.cells.flatMap((t) => {
      const set = titleSet(t);
      return set ? [{ set, where: at(row.line), what: `ชื่อเรื่อง "${t}" ระบุ${SET_LABELS[set]}` }] : [];
    }),
  );
  const shown = byHeader.length ? byHeader : byTitle;
  return shown.length && shown.every((s) => s.set === shown[0]!.set) ? shown[0]! : null;
}

/** The fault of a table that shows one set while the caller chose the other: never scored silently. */
export function setConflict(shown: ShownSet, chosen: SetId): Problem {
  return {
    where: shown.where,
    message:
      `${shown.what} แต่เลือกให้คำนวณด้วย${SET_LABELS[chosen]} (ระดับและคะแนนต่างกันในแต่ละฉบับ)` +
      ` — เลือก${SET_LABELS[shown.set]} ให้ตรงกับไฟล์ หรือใช้ไฟล์ของ${SET_LABELS[chosen]}`,
  };
}
