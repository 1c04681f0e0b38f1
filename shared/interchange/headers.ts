/**
 * The column headers a person's table may carry (CSV, tab-separated text, a workbook's sheet), as
 * data: every name HR lists, the template and our own writer use for each field. Headers are
 * compared as a person reads them: spaces, zero-width characters, dashes of any kind and dots do
 * not count ("ชื่อ - นามสกุล" = "ชื่อ-นามสกุล" = "ชื่อนามสกุล").
 */
import { COMPETENCY_ALIASES, competencyFromLabel, getCompetency } from '../dictionary';
import { COMPETENCY_CODES, type CompetencyCode, type SetId } from '../dictionary/types';
import { cleanText, matchKey } from '../text/normalize';
import type { PlanText } from './types';

/** Person fields that one column holds. */
export type Field = 'id' | 'name' | 'positionType' | 'positionLevel' | 'achievement';

export interface FieldHeaders {
  /** The header our writers use (Thai), and the one messages name. */
  th: string;
  /** The interchange key, accepted as a header too. */
  key: string;
  aliases: readonly string[];
  /** A number (0–100) rather than text. */
  numeric?: true;
}

export const FIELD_HEADERS: Record<Field, FieldHeaders> = {
  id: { th: 'รหัส', key: 'id', aliases: ['รหัส', 'รหัสบุคคล', 'รหัสพนักงาน', 'เลขประจำตัว'] },
  name: {
    th: 'ชื่อ-สกุล',
    key: 'name',
    aliases: ['ชื่อ-สกุล', 'ชื่อ-นามสกุล', 'ชื่อ - สกุล', 'ชื่อ - นามสกุล', 'ชื่อและนามสกุล', 'ชื่อ', 'ชื่อผู้รับการประเมิน'],
  },
  positionType: { th: 'ประเภทตำแหน่ง', key: 'positionType', aliases: ['ประเภทตำแหน่ง', 'ประเภท'] },
  positionLevel: {
    th: 'ระดับตำแหน่ง',
    key: 'positionLevel',
    aliases: ['ระดับตำแหน่ง', 'ระดับ', 'กลุ่มงาน'],
  },
  achievement: {
    th: 'ผลสัมฤทธิ์',
    key: 'achievement',
    aliases: ['ผลสัมฤทธิ์', 'ผลสัมฤทธิ์ของงาน', 'คะแนนผลสัมฤทธิ์', 'คะแนนผลสัมฤทธิ์ของงาน'],
    numeric: true,
  },
};

/**
 * Columns that stand in for a field when the table has no column of that field: a running number
 * for the id, the position as HR writes it (a line name, often with its level word) for the
 * position, and a name split into title, first name and surname.
 */
export const STAND_IN_HEADERS = {
  /** The id, when there is no รหัส column. */
  sequence: ['ลำดับ', 'ลำดับที่', 'ที่', 'เลขที่', 'no'],
  /** The position's line name ("นักวิเคราะห์นโยบายและแผน", "…ชำนาญการพิเศษ"). */
  position: ['ตำแหน่ง', 'ชื่อตำแหน่ง', 'ตำแหน่งในสายงาน', 'ตำแหน่งในการบริหาร', 'position'],
  namePrefix: ['คำนำหน้า', 'คำนำหน้าชื่อ'],
  surname: ['นามสกุล', 'สกุล'],
} as const;

/** Headers of columns that are not input: computed by the template, its hidden helpers, or HR's own notes. */
export const IGNORED_HEADERS: readonly string[] = [
  // computed by the template
  'คะแนนสมรรถนะ',
  'คะแนนรวม',
  'ผลการประเมิน',
  // the template's hidden helpers
  'รหัสตำแหน่ง',
  'คะแนนดิบสมรรถนะ',
  // what HR lists carry beside the people
  'หมายเหตุ',
  'สังกัด',
  'หน่วยงาน',
  'ส่วนราชการ',
  'กอง',
  'ฝ่าย',
  'กลุ่ม',
  'เลขที่ตำแหน่ง',
  'เลขประจำตำแหน่ง',
];

/**
 * Columns holding one value per competency besides the level: their header is a prefix and a
 * competency ("ระดับที่คาดหวัง การมุ่งผลสัมฤทธิ์", "evidence.ACH"). The plan's four texts are a family
 * each, so one row holds at most one plan entry per competency.
 */
export const COMPETENCY_FAMILIES = [
  'expected',
  'self',
  'evidence',
  'plan.goal',
  'plan.method',
  'plan.period',
  'plan.measure',
] as const;
export type CompetencyFamily = (typeof COMPETENCY_FAMILIES)[number];

/** The family holding each text of a plan entry. */
export const PLAN_FAMILIES = {
  goal: 'plan.goal',
  method: 'plan.method',
  period: 'plan.period',
  measure: 'plan.measure',
} as const satisfies Record<PlanText, CompetencyFamily>;

export interface FamilyHeaders {
  /** The prefix our writers put before the competency's name (Thai), and the one messages name. */
  th: string;
  /** Other prefixes accepted; the family's own key ("evidence", "plan.goal") is accepted too. */
  prefixes: readonly string[];
  /** Whole numbers (levels) rather than free text. */
  numeric?: true;
}

export const FAMILY_HEADERS: Record<CompetencyFamily, FamilyHeaders> = {
  expected: { th: 'ระดับที่คาดหวัง', prefixes: ['คาดหวัง'], numeric: true },
  self: {
    th: 'ประเมินตนเอง',
    prefixes: ['ผลการประเมินตนเอง', 'ระดับประเมินตนเอง', 'ระดับที่ประเมินตนเอง', 'ประเมินตัวเอง'],
    numeric: true,
  },
  evidence: {
    th: 'เหตุการณ์/พฤติกรรม',
    prefixes: ['ระบุเหตุการณ์/พฤติกรรม', 'เหตุการณ์หรือพฤติกรรม', 'เหตุการณ์', 'พฤติกรรมที่แสดงออก', 'หลักฐาน'],
  },
  'plan.goal': {
    th: 'เป้าหมายการพัฒนา',
    prefixes: ['แผนพัฒนา เป้าหมาย', 'เป้าหมาย'],
  },
  'plan.method': { th: 'วิธีการพัฒนา', prefixes: ['แผนพัฒนา วิธีการพัฒนา', 'แผนพัฒนา วิธีการ', 'วิธีพัฒนา'] },
  'plan.period': {
    th: 'ระยะเวลาการพัฒนา',
    prefixes: ['แผนพัฒนา ระยะเวลา', 'ช่วงเวลาที่ต้องการพัฒนา', 'ช่วงเวลาการพัฒนา', 'ระยะเวลา', 'ช่วงเวลา'],
  },
  'plan.measure': {
    th: 'การวัดผลการพัฒนา',
    prefixes: ['แผนพัฒนา การวัดผล', 'วิธีการวัดผลในการพัฒนา', 'วิธีการวัดผล', 'การวัดผล', 'วัดผล'],
  },
};

/** The Thai header of a family's column for a competency: "เหตุการณ์/พฤติกรรม การมุ่งผลสัมฤทธิ์". */
export function familyHeader(family: CompetencyFamily, code: CompetencyCode, set: SetId): string {
  return `${FAMILY_HEADERS[family].th} ${getCompetency(set, code).nameTh}`;
}

/** The English header of a family's column: "evidence.ACH", "plan.goal.ACH". */
export function familyKey(family: CompetencyFamily, code: CompetencyCode): string {
  return `${family}.${code}`;
}

export type Column =
  | { kind: 'field'; field: Field }
  | { kind: 'sequence' | 'position' | 'namePrefix' | 'surname' }
  | { kind: 'level'; code: CompetencyCode }
  | { kind: 'family'; family: CompetencyFamily; code: CompetencyCode }
  | { kind: 'ignored' };

/** A header as a person reads it: matchKey without dashes of any kind or dots. */
export function headerKey(s: string): string {
  return matchKey(s.replace(/^\uFEFF/, '')).replace(/[-\u2010-\u2015\u2212.·]/g, '');
}

const EXACT = new Map<string, Column>();
for (const [field, h] of Object.entries(FIELD_HEADERS) as [Field, FieldHeaders][]) {
  for (const a of [h.key, h.th, ...h.aliases]) EXACT.set(headerKey(a), { kind: 'field', field });
}
for (const [kind, aliases] of Object.entries(STAND_IN_HEADERS)) {
  for (const a of aliases) EXACT.set(headerKey(a), { kind } as Column);
}
for (const h of IGNORED_HEADERS) EXACT.set(headerKey(h), { kind: 'ignored' });
for (const code of COMPETENCY_CODES) EXACT.set(headerKey(code), { kind: 'level', code });

/** Every family prefix, longest first, so "ผลการประเมินตนเอง" is tried before a shorter one it starts with. */
const FAMILY_PREFIXES = COMPETENCY_FAMILIES.flatMap((family) => {
  const h = FAMILY_HEADERS[family];
  return [`${family}.`, family, h.th, ...h.prefixes].map((prefix) => ({
    family,
    prefix,
    key: headerKey(prefix),
  }));
}).sort((a, b) => b.key.length - a.key.length);

/** What a header names, or null when it names nothing this reader knows. */
export function columnFor(header: string): Column | null {
  const key = headerKey(header);
  // Blank headers hold nothing; "x-…" columns belong to whoever extends the format.
  if (!key || /^x-/i.test(cleanText(header))) return { kind: 'ignored' };
  const exact = EXACT.get(key);
  if (exact) return exact;
  for (const { family, key: p, prefix } of FAMILY_PREFIXES) {
    if (key.length > p.length && key.startsWith(p)) {
      const code =
        competencyFromLabel(key.slice(p.length)) ?? competencyFromLabel(header.slice(prefix.length));
      if (code) return { kind: 'family', family, code };
    }
  }
  const code = competencyFromLabel(header);
  return code ? { kind: 'level', code } : null;
}

/** The Thai headers a person may use, for a message about a column nobody knows. */
export function acceptedHeaders(set: SetId): string {
  const fields = (Object.keys(FIELD_HEADERS) as Field[]).map((f) => FIELD_HEADERS[f].th);
  const competencies = COMPETENCY_CODES.map((c) => getCompetency(set, c).nameTh);
  return (
    `${fields.join(', ')}, ${STAND_IN_HEADERS.sequence[0]}, ${STAND_IN_HEADERS.position[0]}` +
    ` และชื่อสมรรถนะ (${competencies.join(', ')} หรือชื่อย่อ เช่น ${COMPETENCY_CODES.map((c) => COMPETENCY_ALIASES[c][1]).join(', ')})`
  );
}

/** The header our writers give a column. */
export function headerFor(
  col: { kind: 'field'; field: Field } | { kind: 'level' | CompetencyFamily; code: CompetencyCode },
  set: SetId,
  thai: boolean,
): string {
  if (col.kind === 'field') return thai ? FIELD_HEADERS[col.field].th : FIELD_HEADERS[col.field].key;
  if (col.kind === 'level') return thai ? getCompetency(set, col.code).nameTh : col.code;
  return thai ? familyHeader(col.kind, col.code, set) : familyKey(col.kind, col.code);
}
