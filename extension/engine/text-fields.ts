/**
 * Text areas beside the levels: the evidence written for a competency (เหตุการณ์/พฤติกรรม, DPIS's
 * `SHOW_KC_REMARK`) and the texts of a development-plan row (DPIS part 4: `DEVELOP_COMPETENCE`,
 * `DEVELOP_METHOD`, `DEVELOP_INTERVAL`, `DEVELOP_EVALUATE`). What a box is for is read from its own
 * label, its column header, then the label cell of its row (rules.ts); a text area that says none of
 * it (a KPI, a comment) is not ours.
 *
 * A plan row whose competency the page does not show (DPIS's entry form takes one row at a time
 * and saves it with its own button) takes the person's next plan entry that the page does not list
 * as saved yet.
 */
import type { CompetencyCode } from '../../shared/dictionary/types';
import type { Person, PlanEntry, PlanText } from '../../shared/interchange/types';
import { cleanText } from '../../shared/text/normalize';
import type { Candidate, Collector } from './collect';
import { VISIBLE_CONTROLS } from './dom';
import type { Field } from './match';
import { EVIDENCE_WORDS, PLAN_PARTS, PLAN_WORDS } from './rules';

export type TextPurpose = { purpose: 'evidence' } | { purpose: 'plan'; part: PlanText };

/** The texts that say what a text area is for, nearest first: its label, its column, its row's label cell. */
function labelsOf(c: Candidate, col: Collector): string[] {
  const own = c.el.closest('td,th');
  const rowLabels = c.rows[0]
    ? col.tables
        .textCells(c.rows[0])
        .filter((cell) => cell !== own && !cell.querySelector(VISIBLE_CONTROLS))
        .map((cell) => col.text.get(cell))
    : [];
  return [c.own, c.headerTexts[0] ?? '', ...rowLabels].filter(Boolean);
}

/** What a text area is for (evidence, or which text of a plan row), or null when it is not ours. */
export function textPurpose(c: Candidate, col: Collector): TextPurpose | null {
  const labels = labelsOf(c, col);
  const planned = [...labels, ...c.legends, ...c.headings].some((t) => PLAN_WORDS.test(t));
  for (const label of labels) {
    const part = PLAN_PARTS.find((p) => p.words.test(label));
    if (part && planned) return { purpose: 'plan', part: part.part };
    if (EVIDENCE_WORDS.test(label)) return { purpose: 'evidence' };
  }
  return null;
}

/** A plan box whose competency the page does not show: the entry it takes depends on the person. */
export type PlanBox = Omit<Field, 'competency'> & { part: PlanText };

/** The same text, as a person reads it (spacing and line breaks aside). */
const sameText = (a: string, b: string) => cleanText(a) === cleanText(b);

/**
 * Plan boxes grouped into the rows they make up: the boxes of one table row when it holds two
 * parts or more (a plan table with blank rows), else those of one form (an entry form), page order.
 */
function planRows(boxes: readonly PlanBox[]): PlanBox[][] {
  const rows = new Map<Node, PlanBox[]>();
  const perRow = new Map<Element, number>();
  for (const b of boxes) if (b.row) perRow.set(b.row, (perRow.get(b.row) ?? 0) + 1);
  for (const b of boxes) {
    const el = b.els[0]!;
    const key: Node =
      b.row && (perRow.get(b.row) ?? 0) > 1 ? b.row : ((el as HTMLTextAreaElement).form ?? el.ownerDocument);
    rows.set(key, [...(rows.get(key) ?? []), b]);
  }
  return [...rows.values()];
}

/** Whether the page lists an entry as saved already: a table cell (no controls in it) reading its goal. */
function savedOnPage(entry: PlanEntry, doc: Document, col: Collector): boolean {
  const goal = entry.goal ?? '';
  if (!cleanText(goal)) return false;
  for (const cell of doc.querySelectorAll('td,th')) {
    if (!cell.querySelector(VISIBLE_CONTROLS) && sameText(col.text.get(cell), goal)) return true;
  }
  return false;
}

export interface PlanPlacement {
  /** The boxes with the competency of the entry each row takes. */
  fields: Field[];
  /** The person's entries no row of the page takes now: on the page already, or for the next row. */
  saved: PlanEntry[];
  later: PlanEntry[];
}

/**
 * Which of a person's plan entries each row of unnamed plan boxes takes: the entry whose goal its
 * goal box already holds (a saved row opened for editing), else the next entry that neither a
 * named row (`named`: competencies the page shows plan boxes for) nor the page's list of saved rows
 * has.
 */
export function placePlans(
  boxes: readonly PlanBox[],
  person: Person,
  named: ReadonlySet<CompetencyCode>,
  col: Collector,
): PlanPlacement {
  const entries = (person.plan ?? []).filter((e) => !named.has(e.competency));
  const rows = planRows(boxes);
  const held = rows.map((row) => {
    const box = row.find((b) => b.part === 'goal')?.els[0] as HTMLTextAreaElement | undefined;
    return box?.value.trim() ? entries.find((e) => sameText(e.goal ?? '', box.value)) : undefined;
  });
  const doc = boxes[0]?.els[0]?.ownerDocument;
  const saved = entries.filter((e) => !held.includes(e) && !!doc && savedOnPage(e, doc, col));
  const open = entries.filter((e) => !held.includes(e) && !saved.includes(e));
  const fields: Field[] = [];
  rows.forEach((row, i) => {
    const entry = held[i] ?? open.shift();
    if (entry) for (const b of row) fields.push({ ...b, competency: entry.competency });
  });
  return { fields, saved, later: open };
}
