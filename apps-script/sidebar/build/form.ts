/**
 * The build form's values and how they become the server's build options: weights and the fiscal
 * year checked, the people read with shared/interchange so every problem is listed before anything
 * is written. No DOM: the panel shows what this returns.
 */
import type { SetId } from '../../../shared/dictionary/types';
import { ImportError, type Method, type Problem, parseAssessment } from '../../../shared/interchange';
import type { BuildOptions } from '../../server/actions';

export interface BuildForm {
  set: SetId;
  method: Method;
  fiscalYear: string;
  round: 1 | 2;
  /** As typed: 0–100; the competency weight is the rest of 100. */
  achievementWeight: string;
}

/** The people to build with: pasted text or a chosen file, as the interchange readers take them. */
export interface Source {
  input: Uint8Array | string;
  name: string;
}

/** The achievement weight as a number, or null when it is not one from 0 to 100. */
export function achievementWeight(form: BuildForm): number | null {
  const wa = Number(form.achievementWeight);
  return form.achievementWeight.trim() !== '' && Number.isFinite(wa) && wa >= 0 && wa <= 100 ? wa : null;
}

/** The competency weight that makes 100 with the achievement weight (two decimals). */
export function competencyWeight(achievement: number): number {
  return Math.round((100 - achievement) * 100) / 100;
}

export type BuildRequest =
  | { ok: true; options: Omit<BuildOptions, 'replace'> }
  | { ok: false; status: string; problems: Problem[] };

export function buildRequest(form: BuildForm, source: Source | null): BuildRequest {
  const wa = achievementWeight(form);
  if (wa === null) return { ok: false, status: 'น้ำหนักผลสัมฤทธิ์ต้องเป็นตัวเลข 0–100', problems: [] };
  const weights = { achievement: wa, competency: competencyWeight(wa) };
  const fy = Number(form.fiscalYear);
  if (!Number.isInteger(fy) || fy < 2500 || fy > 2700) {
    return { ok: false, status: 'ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2569', problems: [] };
  }
  let people: BuildOptions['people'] = [];
  if (source) {
    try {
      people = parseAssessment(source.input, source.name, {
        set: form.set,
        method: form.method,
        weights,
      }).people;
    } catch (err) {
      if (err instanceof ImportError) {
        return { ok: false, status: 'ยังไม่ได้สร้างแม่แบบ: รายชื่อมีจุดที่ต้องแก้', problems: err.problems };
      }
      throw err;
    }
  }
  return {
    ok: true,
    options: {
      set: form.set,
      method: form.method,
      weights,
      round: { fiscalYear: fy, round: form.round },
      people,
    },
  };
}
