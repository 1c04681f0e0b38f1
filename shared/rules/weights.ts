/** Weights of the two components (ผลสัมฤทธิ์ของงาน / พฤติกรรมการปฏิบัติราชการ). */
import { cleanText } from '../text/normalize';

export interface Weights {
  achievement: number;
  competency: number;
}

export const DEFAULT_WEIGHTS: Readonly<Weights> = { achievement: 70, competency: 30 };

/** Why a weights pair is unusable, or null when it is fine. */
export function weightsProblem(w: Weights): string | null {
  for (const [k, v] of Object.entries(w)) {
    const what = k === 'achievement' ? 'ผลสัมฤทธิ์ของงาน' : 'สมรรถนะ';
    if (!Number.isFinite(v) || v < 0 || v > 100) return `น้ำหนัก${what}ต้องอยู่ระหว่าง 0 ถึง 100 (ได้ ${v})`;
  }
  // Compare in hundredths so 33.33 + 66.67 adds up exactly.
  if (Math.round(w.achievement * 100) + Math.round(w.competency * 100) !== 10000) {
    return `น้ำหนักต้องรวมกันได้ 100 (ได้ ${w.achievement} + ${w.competency})`;
  }
  return null;
}

/** Parses "70/30" (ASCII or Thai digits) into weights; throws with a Thai message on anything else. */
export function parseWeights(text: string): Weights {
  const m = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(cleanText(text));
  if (!m) throw new Error(`รูปแบบน้ำหนักไม่ถูกต้อง "${text}" — ใช้เช่น 70/30 (ผลสัมฤทธิ์ของงาน/สมรรถนะ)`);
  const w = { achievement: Number(m[1]), competency: Number(m[2]) };
  const problem = weightsProblem(w);
  if (problem) throw new Error(problem);
  return w;
}
