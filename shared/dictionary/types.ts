/** The competency dictionary's shape (docs/dictionary.md; `sets --json` in docs/cli.md). */

export const SET_IDS = ['bma', 'ocsc'] as const;
export type SetId = (typeof SET_IDS)[number];

/** The set used when neither the file nor an option names one (docs/cli.md, docs/dictionary.md). */
export const DEFAULT_SET: SetId = 'bma';

/** How a set is named to a Thai reader: in every UI, the template and CLI text (never the code). */
export const SET_LABELS: Record<SetId, string> = {
  bma: 'ฉบับกรุงเทพมหานคร',
  ocsc: 'ฉบับ ก.พ.',
};

export function isSetId(id: unknown): id is SetId {
  return (SET_IDS as readonly unknown[]).includes(id);
}

/** The five core competencies, in this order in both sets. */
export const COMPETENCY_CODES = ['ACH', 'SERV', 'EXP', 'ING', 'TW'] as const;
export type CompetencyCode = (typeof COMPETENCY_CODES)[number];

export interface Correction {
  /** Where in the level or competency the text was corrected. */
  field: 'name' | 'definition' | 'title' | 'indicators';
  original: string;
  corrected: string;
  /** Thai first: why, and which source gives the corrected text. */
  reason: string;
}

export interface Level {
  level: number;
  title: string;
  /** Present only where the errata table corrected the source's title. */
  titleOriginal?: string;
  /** Separate behaviours (พฤติกรรมบ่งชี้), in the source's order. */
  indicators: string[];
  /** Present only where the errata table corrected an indicator: the source's text, one per indicator. */
  indicatorsOriginal?: string[];
  /** The level is absent from the source; its text, if any, comes from `textSource`. */
  missingFromSource?: true;
  /** Where this level's text comes from when it is not the set's own source. */
  textSource?: string;
  /** Every correction applied to this level, with its reason. */
  corrections?: Correction[];
}

export interface Competency {
  code: CompetencyCode;
  /** The code this set uses in DPIS (PER_COMPETENCE.CP_CODE). Differs between sets: never match by it alone. */
  dpisCode: string;
  nameTh: string;
  nameOriginal?: string;
  nameEn: string;
  definition: string;
  definitionOriginal?: string;
  levels: Level[];
}

export interface CompetencySet {
  id: SetId;
  nameTh: string;
  nameEn: string;
  /** Where the text comes from. */
  source: string;
  competencies: Competency[];
}
