/**
 * The free texts a person may carry (evidence per competency, the development plan): one rule for
 * every reader. Texts are NFC with line breaks as LF; a blank text counts as absent (a CSV or a
 * sheet cannot tell the two apart); longer than MAX_TEXT characters, or with a control character
 * other than a line break, is refused.
 */
import { COMPETENCY_CODES } from '../dictionary/types';
import { cleanLongText, refusedCharacter } from '../text/normalize';
import type { Problem } from './errors';
import type { Locate } from './resolve';
import { type Person, PLAN_TEXTS, type PlanEntry } from './types';

/** In characters (code points), as the JSON Schema counts them. */
export const MAX_TEXT = 2000;

export function textProblem(text: string): string | null {
  const bad = refusedCharacter(text);
  if (bad) return `มีอักขระควบคุม ${bad} ในข้อความ (ขึ้นบรรทัดใหม่ได้ แต่อักขระควบคุมอื่นไม่ได้)`;
  const length = [...text].length;
  if (length > MAX_TEXT) return `ข้อความยาว ${length} ตัวอักษร เกิน ${MAX_TEXT}`;
  return null;
}

/** What an editor shows under a text: the problem, else how much of the limit it uses. */
export function textNote(text: string): { problem: string | null; note: string } {
  const problem = textProblem(text);
  return {
    problem,
    note:
      problem ?? `${[...text].length.toLocaleString('th-TH')} / ${MAX_TEXT.toLocaleString('th-TH')} ตัวอักษร`,
  };
}

const blank = (s: string) => s.trim() === '';

/** The person with their texts cleaned and blank ones dropped, and a problem for each refused text. */
export function resolveTexts(p: Person, i: number, locate: Locate): { person: Person; problems: Problem[] } {
  const problems: Problem[] = [];
  const check = (text: string, field: string) => {
    const message = textProblem(text);
    if (message) problems.push({ where: locate(i, field), message });
  };
  const person: Person = { ...p };
  delete person.evidence;
  delete person.plan;
  if (p.evidence) {
    const evidence: Person['evidence'] = {};
    for (const code of COMPETENCY_CODES) {
      const raw = p.evidence[code];
      if (raw === undefined) continue;
      const text = cleanLongText(raw);
      check(text, `evidence.${code}`);
      if (!blank(text)) evidence[code] = text;
    }
    if (Object.keys(evidence).length) person.evidence = evidence;
  }
  if (p.plan) {
    const plan: PlanEntry[] = [];
    const seen = new Set<string>();
    p.plan.forEach((entry, k) => {
      if (seen.has(entry.competency)) {
        problems.push({
          where: locate(i, `plan[${k}].competency`),
          message: `แผนพัฒนามี ${entry.competency} ซ้ำ (แต่ละสมรรถนะมีได้หนึ่งรายการ)`,
        });
      }
      seen.add(entry.competency);
      const out: PlanEntry = { competency: entry.competency };
      for (const key of PLAN_TEXTS) {
        const raw = entry[key];
        if (raw === undefined) continue;
        const text = cleanLongText(raw);
        check(text, `plan[${k}].${key}`);
        if (!blank(text)) out[key] = text;
      }
      if (PLAN_TEXTS.some((key) => out[key] !== undefined)) plan.push(out);
    });
    if (plan.length) person.plan = plan;
  }
  return { person, problems };
}
