/**
 * A draft development plan (แผนพัฒนารายบุคคล) from the gaps: one row per competency whose displayed
 * level is below the expected one. The goal is the expected level's title and indicators from the
 * dictionary (errata applied); method, period and measure are the person's own plan entry's texts,
 * else empty, for the evaluator to write.
 */
import { getCompetency, getLevel } from '../dictionary';
import { COMPETENCY_CODES, type CompetencyCode, type SetId } from '../dictionary/types';
import { missingCompetencies } from '../interchange/resolve';
import type { Method, Person } from '../interchange/types';
import { expectedFor, METHOD_RULES } from './scoring';

export interface PlanGoal {
  level: number;
  title: string;
  indicators: string[];
}

export interface PlanRow {
  competency: CompetencyCode;
  expected: number;
  displayed: number;
  goal: PlanGoal;
  method: string;
  period: string;
  measure: string;
}

/** Whether the method's values are levels that can be compared with the expected ones. */
export function planApplies(method: Method): boolean {
  return METHOD_RULES[method].usesExpected;
}

/** The plan rows of a person; none without a gap, none under a method whose values are not levels. */
export function draftPlan(person: Person, ctx: { set: SetId; method: Method }): PlanRow[] {
  if (!planApplies(ctx.method)) return [];
  const expected = expectedFor(person, ctx.set);
  return COMPETENCY_CODES.flatMap((code) => {
    const displayed = person.competencies[code];
    const want = expected[code];
    if (displayed === undefined || displayed >= want) return [];
    const level = getLevel(ctx.set, code, want);
    const entry = person.plan?.find((e) => e.competency === code);
    return [
      {
        competency: code,
        expected: want,
        displayed,
        goal: { level: want, title: level?.title ?? '', indicators: [...(level?.indicators ?? [])] },
        method: entry?.method ?? '',
        period: entry?.period ?? '',
        measure: entry?.measure ?? '',
      },
    ];
  });
}

/**
 * Where a person stands against the expected levels: the gaps among the competencies assessed,
 * and the competencies not assessed yet. Only a person with nothing missing and no gap meets every
 * expectation; one with competencies missing may still have gaps there, so nothing is claimed.
 */
export interface PlanStanding {
  rows: PlanRow[];
  missing: CompetencyCode[];
  /** Every competency assessed and none below its expected level. */
  meetsAll: boolean;
}

export function planStanding(person: Person, ctx: { set: SetId; method: Method }): PlanStanding {
  const rows = draftPlan(person, ctx);
  const missing = missingCompetencies(person);
  return { rows, missing, meetsAll: rows.length === 0 && missing.length === 0 };
}

/** What a person not fully assessed still lacks, Thai: "ยังไม่ได้ประเมิน" or "ยังไม่มีระดับของ …". */
export function notAssessedText(set: SetId, missing: readonly CompetencyCode[]): string {
  return missing.length === COMPETENCY_CODES.length
    ? 'ยังไม่ได้ประเมิน'
    : `ยังไม่มีระดับของ${missing.map((c) => getCompetency(set, c).nameTh).join(', ')}`;
}

/**
 * What the plan of a person not fully assessed says of itself, Thai, or null when nothing is missing:
 * with rows, that it may be incomplete; without, that nothing can be said yet of what is below expectation.
 */
export function incompletePlanNote(
  set: SetId,
  missing: readonly CompetencyCode[],
  hasRows: boolean,
): string | null {
  if (!missing.length) return null;
  const lacks = notAssessedText(set, missing);
  const what = missing.length === COMPETENCY_CODES.length ? lacks : `ยังประเมินไม่ครบ: ${lacks}`;
  return hasRows ? `${what} แผนนี้จึงอาจยังไม่ครบ` : `${what} จึงยังบอกไม่ได้ว่ามีสมรรถนะใดต่ำกว่าระดับที่คาดหวัง`;
}

/** The goal as one text (the plan entry's `goal`, a form's textarea): level and title, then the indicators. */
export function goalText(goal: PlanGoal): string {
  return [`ระดับ ${goal.level} ${goal.title}`, ...goal.indicators.map((i) => `- ${i}`)].join('\n');
}

/** A row of a printed plan: the person's own texts, the goal drafted from the dictionary where none is written. */
export interface PrintedPlanRow {
  competency: CompetencyCode;
  goal: string;
  method: string;
  period: string;
  measure: string;
}

/**
 * What a person's printed summary lists as the development plan: every competency with a plan entry
 * or below its expected level, in the competencies' order, as the template's summary sheet does.
 * The goal is the entry's own, else the expected level and its title (the indicators are left to
 * the plan sheet, to keep the summary one page).
 */
export function printedPlan(person: Person, ctx: { set: SetId; method: Method }): PrintedPlanRow[] {
  let drafts: PlanRow[] = [];
  try {
    drafts = draftPlan(person, ctx);
  } catch {
    // An unknown position has no expected levels: only the entries written are listed.
  }
  return COMPETENCY_CODES.flatMap((code) => {
    const entry = person.plan?.find((e) => e.competency === code);
    const draft = drafts.find((d) => d.competency === code);
    if (!draft && !(entry?.goal || entry?.method || entry?.period || entry?.measure)) return [];
    const goal = entry?.goal || (draft ? `ระดับ ${draft.goal.level} ${draft.goal.title}` : '');
    return [
      {
        competency: code,
        goal,
        method: entry?.method ?? '',
        period: entry?.period ?? '',
        measure: entry?.measure ?? '',
      },
    ];
  });
}

/**
 * The person with a goal in every plan entry, for a form's plan row: the entry's own goal, else
 * the competency's name and the goal the printed plan drafts ("การทำงานเป็นทีม ระดับ 3 …"). A form's
 * goal box (DPIS's ความรู้/ทักษะ/สมรรถนะที่ต้องได้รับการพัฒนา) is required and is what the form lists
 * a saved row by, so a row without one could neither be saved nor be recognised once saved.
 */
export function withPlanGoals(person: Person, ctx: { set: SetId; method: Method }): Person {
  if (!person.plan?.some((e) => !e.goal?.trim())) return person;
  const printed = printedPlan(person, ctx);
  const plan = person.plan.map((e) => {
    if (e.goal?.trim()) return e;
    const name = getCompetency(ctx.set, e.competency).nameTh;
    const drafted = printed.find((r) => r.competency === e.competency)?.goal;
    return { ...e, goal: drafted ? `${name} ${drafted}` : name };
  });
  return { ...person, plan };
}
