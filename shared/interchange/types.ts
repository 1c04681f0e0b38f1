/** Assessment interchange, version 1 (docs/interchange.md). The JSON Schema in assessment.schema.json is the same contract. */
import type { CompetencyCode, SetId } from '../dictionary/types';
import type { Band } from '../rules/bands';
import type { Weights } from '../rules/weights';

export const FORMAT = 'samatthana/assessment';
export const VERSION = 1;

export const METHODS = ['gap', 'rating', 'bma-points'] as const;
export type Method = (typeof METHODS)[number];

export const DEFAULT_METHOD: Method = 'gap';

/** How a method is named to a Thai reader (never the code). */
export const METHOD_LABELS: Record<Method, string> = {
  gap: 'เทียบระดับที่คาดหวัง',
  rating: 'ให้คะแนน 1–5',
  'bma-points': 'ตารางคะแนน กทม.',
};

export function isMethod(m: unknown): m is Method {
  return (METHODS as readonly unknown[]).includes(m);
}

export type CompetencyValues = Partial<Record<CompetencyCode, number>>;
export type CompetencyTexts = Partial<Record<CompetencyCode, string>>;

/** The texts of a development-plan entry, in the order forms ask for them. */
export const PLAN_TEXTS = ['goal', 'method', 'period', 'measure'] as const;
export type PlanText = (typeof PLAN_TEXTS)[number];

/** One row of the development plan (แผนพัฒนารายบุคคล): what to develop, how, when, how measured. */
export interface PlanEntry {
  competency: CompetencyCode;
  goal?: string;
  method?: string;
  period?: string;
  measure?: string;
}

export interface Person {
  id: string;
  name: string;
  positionType?: string;
  positionLevel?: string;
  /** Achievement score 0–100; without it total and band are null. */
  achievement?: number;
  /** Displayed level (gap, bma-points) or rating 1–5 (rating), per competency. */
  competencies: CompetencyValues;
  /** Overrides the expected-level table for this person. */
  expected?: CompetencyValues;
  /** The เหตุการณ์/พฤติกรรม written beside each competency: NFC, line breaks kept, ≤ 2,000 characters. */
  evidence?: CompetencyTexts;
  /** The appraisee's self-assessment, in the same range as `competencies`. */
  self?: CompetencyValues;
  /** The development plan: at most one entry per competency. */
  plan?: PlanEntry[];
}

export interface Round {
  /** Buddhist-era fiscal year, named by the year it ends in. */
  fiscalYear: number;
  round: 1 | 2;
}

export interface Assessment {
  format: typeof FORMAT;
  version: typeof VERSION;
  set?: SetId;
  method?: Method;
  round?: Round;
  weights?: Weights;
  bands?: Band[];
  people: Person[];
}

/** An assessment with every default filled in. */
export interface ResolvedAssessment extends Assessment {
  set: SetId;
  method: Method;
  weights: Weights;
  bands: Band[];
}
