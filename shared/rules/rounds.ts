/**
 * Appraisal rounds and Buddhist-era dates. Two rounds a fiscal year: round 1 = 1 Oct – 31 Mar,
 * round 2 = 1 Apr – 30 Sep. The fiscal year is Buddhist era and named by the year it ends in.
 */
import { cleanText } from '../text/normalize';

export const BE_OFFSET = 543;

export interface RoundOf {
  fiscalYear: number;
  round: 1 | 2;
}

/** The fiscal year (BE) and round a calendar date falls in. */
export function roundOf(date: Date): RoundOf {
  const y = date.getFullYear();
  const m = date.getMonth(); // 0 = January
  const fiscalCe = m >= 9 ? y + 1 : y;
  return { fiscalYear: fiscalCe + BE_OFFSET, round: m >= 9 || m <= 2 ? 1 : 2 };
}

/** The fiscal years an assessment may name (Buddhist era), as the interchange schema bounds them. */
export const FISCAL_YEARS = { min: 2500, max: 2700 } as const;

/**
 * Why a round as typed is unusable, or null when it is fine: the fiscal year a whole Buddhist-era
 * year within FISCAL_YEARS (a Common-era year is named, with the year it would be), the round 1 or 2.
 */
export function roundProblem(r: { fiscalYear: number; round: number }): string | null {
  const y = r.fiscalYear;
  if (!Number.isInteger(y) || y < FISCAL_YEARS.min || y > FISCAL_YEARS.max) {
    const ce = Number.isInteger(y) && y >= FISCAL_YEARS.min - BE_OFFSET && y <= FISCAL_YEARS.max - BE_OFFSET;
    const shown = Number.isNaN(y) ? 'ไม่ได้ระบุ' : `ได้ ${y}`;
    return ce
      ? `ปีงบประมาณต้องเป็นปี พ.ศ. (ได้ ${y} ซึ่งเป็นปี ค.ศ. — คือ พ.ศ. ${y + BE_OFFSET})`
      : `ปีงบประมาณต้องเป็นปี พ.ศ. ${FISCAL_YEARS.min}–${FISCAL_YEARS.max} (${shown})`;
  }
  if (r.round !== 1 && r.round !== 2) {
    const shown = Number.isNaN(r.round) ? 'ไม่ได้ระบุ' : `ได้ ${r.round}`;
    return `รอบการประเมินต้องเป็น 1 (1 ต.ค.–31 มี.ค.) หรือ 2 (1 เม.ย.–30 ก.ย.) (${shown})`;
  }
  return null;
}

/** A round number as a person types it: "1", "๒", "รอบที่ 1", "รอบ 2"; NaN for anything else. */
export function parseRoundNumber(text: string): number {
  const m = /^(?:รอบ(?:ที่)?\s*)?(\d+)$/.exec(cleanText(text));
  return m ? Number(m[1]) : Number.NaN;
}

/** First and last day of a round, as local dates. */
export function roundDates(fiscalYear: number, round: 1 | 2): { start: Date; end: Date } {
  const endCe = fiscalYear - BE_OFFSET;
  return round === 1
    ? { start: new Date(endCe - 1, 9, 1), end: new Date(endCe, 2, 31) }
    : { start: new Date(endCe, 3, 1), end: new Date(endCe, 8, 30) };
}

/** Thai label, e.g. "รอบที่ 1 ปีงบประมาณ 2569 (1 ต.ค. 2568 – 31 มี.ค. 2569)". */
export function roundLabel(fiscalYear: number, round: 1 | 2): string {
  const { start, end } = roundDates(fiscalYear, round);
  return `รอบที่ ${round} ปีงบประมาณ ${fiscalYear} (${formatThaiDate(start)} – ${formatThaiDate(end)})`;
}

const MONTHS = [
  ['มกราคม', 'ม.ค.'],
  ['กุมภาพันธ์', 'ก.พ.'],
  ['มีนาคม', 'มี.ค.'],
  ['เมษายน', 'เม.ย.'],
  ['พฤษภาคม', 'พ.ค.'],
  ['มิถุนายน', 'มิ.ย.'],
  ['กรกฎาคม', 'ก.ค.'],
  ['สิงหาคม', 'ส.ค.'],
  ['กันยายน', 'ก.ย.'],
  ['ตุลาคม', 'ต.ค.'],
  ['พฤศจิกายน', 'พ.ย.'],
  ['ธันวาคม', 'ธ.ค.'],
] as const;

export function formatThaiDate(d: Date): string {
  return `${d.getDate()} ${MONTHS[d.getMonth()]![1]} ${d.getFullYear() + BE_OFFSET}`;
}

/** A year as written: 4 digits ≥ 2400 are Buddhist era, otherwise Common era. Returns CE. */
function yearToCe(y: number): number {
  return y >= 2400 ? y - BE_OFFSET : y;
}

/**
 * Parses a date as Thai forms write it: "25/11/2569", "25-11-2569", "2569-11-25",
 * "25 พ.ย. 2569", "25 พฤศจิกายน ๒๕๖๙" (Thai or ASCII digits; BE or CE years). Null if not a date.
 */
export function parseThaiDate(text: string): Date | null {
  const parts = dateParts(cleanText(text));
  if (!parts) return null;
  const [d, m, y] = parts;
  const ce = yearToCe(y);
  const date = new Date(ce, m - 1, d);
  return date.getFullYear() === ce && date.getMonth() === m - 1 && date.getDate() === d ? date : null;
}

/** Day, month (1–12) and year as written, or null. */
function dateParts(t: string): [number, number, number] | null {
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (dmy) return [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return [Number(iso[3]), Number(iso[2]), Number(iso[1])];
  const named = /^(\d{1,2})\s*(\S+?)\s*(\d{4})$/.exec(t);
  if (!named) return null;
  const name = named[2]!.replace(/\s/g, '');
  const i = MONTHS.findIndex(
    ([full, abbr]) => full === name || abbr === name || abbr.replace(/\./g, '') === name,
  );
  return i < 0 ? null : [Number(named[1]), i + 1, Number(named[3])];
}
