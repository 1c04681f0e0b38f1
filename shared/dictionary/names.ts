/**
 * Every name a core competency goes by on forms and in spreadsheets: the OCSC names, the seed's
 * names, the BMA names in DPIS, short forms and English. Used to recognise a competency from a
 * label or a column header. Codes differ between sets in DPIS (101 is ACH in OCSC and ING in BMA),
 * so a number alone never identifies a competency.
 */
import { matchKey } from '../text/normalize';
import { COMPETENCY_CODES, type CompetencyCode, SET_LABELS, type SetId } from './types';

/** Each competency's names, full name first, then the short form that messages suggest. */
export const COMPETENCY_ALIASES: Record<CompetencyCode, readonly string[]> = {
  ACH: ['การมุ่งผลสัมฤทธิ์', 'มุ่งผลสัมฤทธิ์', 'Achievement Motivation'],
  SERV: ['การบริการที่ดี', 'บริการที่ดี', 'จิตบริการ', 'Service Mind'],
  EXP: [
    'การสั่งสมความเชี่ยวชาญในงานอาชีพ',
    'สั่งสมความเชี่ยวชาญ',
    'ความเชี่ยวชาญในงานอาชีพ',
    'การส่งเสริมความเชี่ยวชาญในงานอาชีพ', // the seed's misspelt heading (errata.ts): read, never suggested
    'Expertise',
  ],
  ING: [
    'การยึดมั่นในความถูกต้องชอบธรรม และจริยธรรม',
    'ยึดมั่นในความถูกต้องชอบธรรม',
    'คุณธรรมจริยธรรม',
    'จริยธรรม',
    'Integrity',
  ],
  TW: ['ความร่วมแรงร่วมใจ', 'ร่วมแรงร่วมใจ', 'การทำงานเป็นทีม', 'ทำงานเป็นทีม', 'Teamwork'],
};

/**
 * Names that only one set gives a competency, so a header holding one tells which set a file is
 * for: the OCSC set's ING and TW names against the BMA set's TW name. The other names are taken as
 * either set's: ACH and EXP are the same in both, and "บริการที่ดี" / "การบริการที่ดี" and
 * "จริยธรรม" are what people of either set write for SERV and ING.
 */
export const SET_OWN_NAMES: Record<SetId, Partial<Record<CompetencyCode, readonly string[]>>> = {
  bma: { TW: ['ความร่วมแรงร่วมใจ', 'ร่วมแรงร่วมใจ'] },
  ocsc: {
    ING: ['การยึดมั่นในความถูกต้องชอบธรรม และจริยธรรม', 'ยึดมั่นในความถูกต้องชอบธรรม'],
    TW: ['การทำงานเป็นทีม', 'ทำงานเป็นทีม'],
  },
};

/** What a title above a table says to name a set: its Thai label, and how the template's title names it. */
export const SET_TITLE_NAMES: Record<SetId, readonly string[]> = {
  bma: [SET_LABELS.bma],
  ocsc: [SET_LABELS.ocsc, 'สมรรถนะหลัก ก.พ.'],
};

/** Which set owns a name, by its match key. */
const OWNER = new Map<string, SetId>();
for (const set of Object.keys(SET_OWN_NAMES) as SetId[]) {
  for (const names of Object.values(SET_OWN_NAMES[set])) for (const n of names) OWNER.set(matchKey(n), set);
}

/** Aliases as match keys, longest first, so the most specific name wins. */
const KEYS: readonly { key: string; code: CompetencyCode; set: SetId | null }[] = COMPETENCY_CODES.flatMap(
  (code) =>
    COMPETENCY_ALIASES[code].map((a) => ({ key: matchKey(a), code, set: OWNER.get(matchKey(a)) ?? null })),
).sort((a, b) => b.key.length - a.key.length);

/**
 * The competency a label or header names ("1. การมุ่งผลสัมฤทธิ์ (ACH)", "คุณธรรมจริยธรรม"), and the one
 * set whose own name it is (SET_OWN_NAMES), or null for a name either set uses; null when it names none.
 */
export function competencyName(label: string): { code: CompetencyCode; set: SetId | null } | null {
  const k = matchKey(label);
  if (!k) return null;
  const upper = label.trim().toUpperCase();
  if ((COMPETENCY_CODES as readonly string[]).includes(upper))
    return { code: upper as CompetencyCode, set: null };
  for (const { key, code, set } of KEYS) if (k.includes(key)) return { code, set };
  return null;
}

/** The competency a label or header names ("1. การมุ่งผลสัมฤทธิ์ (ACH)", "คุณธรรมจริยธรรม"), or null. */
export function competencyFromLabel(label: string): CompetencyCode | null {
  return competencyName(label)?.code ?? null;
}
