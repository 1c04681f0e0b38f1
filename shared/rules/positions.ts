/**
 * Position types and levels (ประเภท / ระดับตำแหน่ง) and their DPIS codes. Forms print position names
 * with prefixes and spacing ("ระดับชำนาญการ", "อำนวยการ ระดับต้น", "บริหารระดับสูง") or as a code
 * ("K2"): all of them resolve to one code here, and anything else is an error, never level 0.
 */
import { cleanText, matchKey } from '../text/normalize';

// biome-ignore format: a table
export type PositionCode =
  | 'O1' | 'O2' | 'O3' | 'O4'
  | 'K1' | 'K2' | 'K3' | 'K4' | 'K5'
  | 'D1' | 'D2' | 'M1' | 'M2'
  | 'E1' | 'E2' | 'E3' | 'E4' | 'E5' | 'E7'
  | 'S1' | 'S2' | 'S3';

export interface Position {
  code: PositionCode;
  /** ประเภทตำแหน่ง as printed on forms (for government employees: พนักงานราชการ). */
  type: string;
  /** ระดับตำแหน่ง (for government employees: the job group, กลุ่มงาน…). */
  level: string;
  /** The DPIS PER_LEVEL name. */
  nameTh: string;
}

const GOV = 'พนักงานราชการ';

// Source: DPIS PER_LEVEL names (shared/dictionary/source/ocsc-core-competencies.th.json, expectedLevels.levelNames).
export const POSITIONS: readonly Position[] = [
  { code: 'O1', type: 'ทั่วไป', level: 'ปฏิบัติงาน', nameTh: 'ประเภททั่วไป ระดับปฏิบัติงาน' },
  { code: 'O2', type: 'ทั่วไป', level: 'ชำนาญงาน', nameTh: 'ประเภททั่วไป ระดับชำนาญงาน' },
  { code: 'O3', type: 'ทั่วไป', level: 'อาวุโส', nameTh: 'ประเภททั่วไป ระดับอาวุโส' },
  { code: 'O4', type: 'ทั่วไป', level: 'ทักษะพิเศษ', nameTh: 'ประเภททั่วไป ระดับทักษะพิเศษ' },
  { code: 'K1', type: 'วิชาการ', level: 'ปฏิบัติการ', nameTh: 'ประเภทวิชาการ ระดับปฏิบัติการ' },
  { code: 'K2', type: 'วิชาการ', level: 'ชำนาญการ', nameTh: 'ประเภทวิชาการ ระดับชำนาญการ' },
  { code: 'K3', type: 'วิชาการ', level: 'ชำนาญการพิเศษ', nameTh: 'ประเภทวิชาการ ระดับชำนาญการพิเศษ' },
  { code: 'K4', type: 'วิชาการ', level: 'เชี่ยวชาญ', nameTh: 'ประเภทวิชาการ ระดับเชี่ยวชาญ' },
  { code: 'K5', type: 'วิชาการ', level: 'ทรงคุณวุฒิ', nameTh: 'ประเภทวิชาการ ระดับทรงคุณวุฒิ' },
  { code: 'D1', type: 'อำนวยการ', level: 'ต้น', nameTh: 'ประเภทอำนวยการ ระดับต้น' },
  { code: 'D2', type: 'อำนวยการ', level: 'สูง', nameTh: 'ประเภทอำนวยการ ระดับสูง' },
  { code: 'M1', type: 'บริหาร', level: 'ต้น', nameTh: 'ประเภทบริหาร ระดับต้น' },
  { code: 'M2', type: 'บริหาร', level: 'สูง', nameTh: 'ประเภทบริหาร ระดับสูง' },
  { code: 'E1', type: GOV, level: 'กลุ่มงานบริการ', nameTh: 'กลุ่มงานบริการ' },
  { code: 'E2', type: GOV, level: 'กลุ่มงานเทคนิค', nameTh: 'กลุ่มงานเทคนิค' },
  { code: 'E3', type: GOV, level: 'กลุ่มงานบริหารทั่วไป', nameTh: 'กลุ่มงานบริหารทั่วไป' },
  { code: 'E4', type: GOV, level: 'กลุ่มงานวิชาชีพเฉพาะ', nameTh: 'กลุ่มงานวิชาชีพเฉพาะ' },
  { code: 'E5', type: GOV, level: 'กลุ่มงานเชี่ยวชาญเฉพาะ', nameTh: 'กลุ่มงานเชี่ยวชาญเฉพาะ' },
  { code: 'E7', type: GOV, level: 'กลุ่มงานเทคนิคพิเศษ', nameTh: 'กลุ่มงานเทคนิคพิเศษ' },
  { code: 'S1', type: GOV, level: 'กลุ่มงานเชี่ยวชาญพิเศษ ระดับทั่วไป', nameTh: 'กลุ่มงานเชี่ยวชาญพิเศษ (ระดับทั่วไป)' },
  { code: 'S2', type: GOV, level: 'กลุ่มงานเชี่ยวชาญพิเศษ ระดับประเทศ', nameTh: 'กลุ่มงานเชี่ยวชาญพิเศษ (ระดับประเทศ)' },
  { code: 'S3', type: GOV, level: 'กลุ่มงานเชี่ยวชาญพิเศษ ระดับสากล', nameTh: 'กลุ่มงานเชี่ยวชาญพิเศษ (ระดับสากล)' },
];

const BY_CODE = new Map(POSITIONS.map((p) => [p.code, p]));

/** Words that forms put around position names and that never change the meaning. */
const NOISE = /ประเภทตำแหน่ง|ระดับตำแหน่ง|ตำแหน่ง|ประเภท|ระดับ|พนักงานราชการ|กลุ่มงาน|[()[\]:,-]/g;

function core(s: string): string {
  return matchKey(s).replace(NOISE, '');
}

/** Every accepted spelling, reduced to its core: type+level, and the level alone where unambiguous. */
const INDEX = (() => {
  const map = new Map<string, PositionCode | 'ambiguous'>();
  const add = (key: string, code: PositionCode) => {
    const had = map.get(key);
    map.set(key, had && had !== code ? 'ambiguous' : code);
  };
  for (const p of POSITIONS) {
    const level = core(p.level);
    add(p.type === GOV ? level : core(p.type) + level, p.code);
    add(level, p.code);
  }
  return map;
})();

/** Level words a position may end in, as HR writes them after the line name ("นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ"). */
const LEVEL_SUFFIXES = (() => {
  const out: { key: string; code: PositionCode | 'ambiguous' }[] = [];
  for (const [key, code] of INDEX) {
    const p = code === 'ambiguous' ? null : BY_CODE.get(code)!;
    // Government-employee groups are named with กลุ่มงาน, which core() drops; they are never a suffix.
    if (p?.type === GOV) continue;
    out.push({ key, code });
  }
  return out.sort((a, b) => b.key.length - a.key.length);
})();

const TYPE_KEYS = new Set(POSITIONS.filter((p) => p.type !== GOV).map((p) => core(p.type)));

/** How a position may be written, for a message about one that could not be read. */
export const POSITION_FORMS =
  'ประเภทและระดับ เช่น "วิชาการ" กับ "ชำนาญการ" หรือ "อำนวยการ ระดับต้น", ' +
  'ชื่อตำแหน่งตามด้วยระดับ เช่น "นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ" หรือ "เจ้าพนักงานพัสดุอาวุโส", ' +
  'กลุ่มงานของพนักงานราชการ เช่น "กลุ่มงานบริการ" หรือรหัส DPIS เช่น K2';

export class UnknownPositionError extends Error {
  constructor(
    readonly positionType: string,
    readonly positionLevel: string,
    readonly ambiguous = false,
  ) {
    const shown =
      [positionType, positionLevel]
        .map((s) => cleanText(s))
        .filter(Boolean)
        .join(' / ') || 'ว่าง';
    super(
      ambiguous
        ? `ตำแหน่ง "${shown}" ระบุได้มากกว่าหนึ่งตำแหน่ง (เช่น ระดับต้นมีทั้งอำนวยการและบริหาร) — ระบุประเภทด้วย; เขียนได้แบบ ${POSITION_FORMS}`
        : `ไม่รู้จักตำแหน่ง "${shown}" — เขียนได้แบบ ${POSITION_FORMS}`,
    );
    this.name = 'UnknownPositionError';
  }
}

/** A team repeats a handful of positions: resolve each spelling once. */
const RESOLVED = new Map<string, PositionCode>();

/** Resolves a position as printed on a form (type and level, either may be a DPIS code) to its code. */
export function positionCode(positionType = '', positionLevel = ''): PositionCode {
  const key = `${positionType}\u0000${positionLevel}`;
  let code = RESOLVED.get(key);
  if (!code) {
    code = resolvePosition(positionType, positionLevel);
    if (RESOLVED.size < 10_000) RESOLVED.set(key, code);
  }
  return code;
}

function resolvePosition(positionType: string, positionLevel: string): PositionCode {
  for (const raw of [positionLevel, positionType]) {
    const code = cleanText(raw).toUpperCase() as PositionCode;
    if (BY_CODE.has(code)) return code;
  }
  const type = core(positionType);
  const level = core(positionLevel);
  // A level alone ("ชำนาญการ") is enough when it names one position; a given type is never ignored.
  const exact = INDEX.get(level.startsWith(type) ? level : type + level);
  if (exact && exact !== 'ambiguous') return exact;
  // HR writes the line name where the type would go, or before the level word in one text:
  // the longest level word the text ends in decides, and it must agree with a type that is given.
  const knownType = TYPE_KEYS.has(type) ? type : null;
  const text = knownType ? level : type + level;
  const suffix = LEVEL_SUFFIXES.find((s) => text.endsWith(s.key));
  if (suffix) {
    if (suffix.code === 'ambiguous') {
      if (knownType) {
        const typed = INDEX.get(knownType + suffix.key);
        if (typed && typed !== 'ambiguous') return typed;
      }
      throw new UnknownPositionError(positionType, positionLevel, true);
    }
    if (!knownType || core(position(suffix.code).type) === knownType) return suffix.code;
  }
  throw new UnknownPositionError(positionType, positionLevel, exact === 'ambiguous');
}

export function position(code: PositionCode): Position {
  return BY_CODE.get(code)!;
}
