/**
 * Every name a core competency goes by on forms and in spreadsheets: the OCSC names, the seed's
 * names, the BMA names in DPIS, short forms and English. Used to recognise a competency from a
 * label or a column header. Codes differ between sets in DPIS (101 is ACH in OCSC and ING in BMA),
 * so a number alone never identifies a competency.
 */
import { matchKey } from '../text/normalize';
import { COMPETENCY_CODES, type CompetencyCode } from './types';

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

/** Aliases as match keys, longest first, so the most specific name wins. */
const KEYS: readonly { key: string; code: CompetencyCode }[] = COMPETENCY_CODES.flatMap((code) =>
  COMPETENCY_ALIASES[code].map((a) => ({ key: matchKey(a), code })),
).sort((a, b) => b.key.length - a.key.length);

/** The competency a label or header names ("1. การมุ่งผลสัมฤทธิ์ (ACH)", "คุณธรรมจริยธรรม"), or null. */
export function competencyFromLabel(label: string): CompetencyCode | null {
  const k = matchKey(label);
  if (!k) return null;
  const upper = label.trim().toUpperCase();
  if ((COMPETENCY_CODES as readonly string[]).includes(upper)) return upper as CompetencyCode;
  for (const { key, code } of KEYS) if (k.includes(key)) return code;
  return null;
}
