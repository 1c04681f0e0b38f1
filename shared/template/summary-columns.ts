/** The summary sheet's columns and the id row, shared by its builder and its row-height estimate. */
/**
 * Printed columns A–G, then hidden helpers: H holds the person's row in the score sheet (in the id
 * row) and, beside each competency, the running count of competencies the plan lists; I–L hold
 * that competency's plan texts, for the plan table to pick by that count.
 */
export const C = {
  no: 1,
  name: 2,
  expected: 3,
  displayed: 4,
  points: 5,
  result: 6,
  evidence: 7,
  helper: 8,
  goal: 9,
  method: 10,
  period: 11,
  measure: 12,
} as const;
export const LAST = C.evidence;
export const ID_ROW = 3;
export const WIDTHS = [6, 30, 11, 11, 10, 15, 30, 8, 8, 8, 8, 8];
