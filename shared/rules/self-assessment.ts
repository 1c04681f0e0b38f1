/**
 * The evaluator's value beside the appraisee's own (ผลการประเมินตนเอง), in plain Thai words, so a
 * difference is said in text and never by colour alone.
 */
import type { Method } from '../interchange/types';

/** What one step of the method's values is called: a level, or a point of a 1–5 rating. */
export function valueUnit(method: Method): 'ระดับ' | 'คะแนน' {
  return method === 'rating' ? 'คะแนน' : 'ระดับ';
}

/** How the evaluator's value stands against the self-assessment; undefined while either is missing. */
export function selfComparison(
  method: Method,
  evaluator: number | undefined,
  self: number | undefined,
): string | undefined {
  if (evaluator === undefined || self === undefined) return undefined;
  if (evaluator === self) return 'ตรงกับที่ประเมินตนเอง';
  const side = evaluator < self ? 'ต่ำกว่า' : 'สูงกว่า';
  return `${side}ที่ประเมินตนเอง ${Math.abs(evaluator - self)} ${valueUnit(method)}`;
}
