/**
 * Errata: the only place where the source text is corrected. Each entry replaces `original` with
 * `corrected` in one field of one competency (and level); the original stays available in the
 * dictionary (`titleOriginal`, `indicatorsOriginal`, `nameOriginal`, `definitionOriginal`).
 * Sources of the corrections (docs/dictionary.md): DPIS's admin/php_scripts/kpi_competence.php, BMA
 * branch = "DPIS-BMA"; its alter_table.php COMPETENCY_LEVEL/INFO rows = "ก.พ. 2548".
 * Every entry must match its field at least once; the dictionary build fails otherwise.
 */
import type { CompetencyCode, SetId } from './types';

export interface Erratum {
  set: SetId;
  code: CompetencyCode;
  field: 'name' | 'definition' | 'title' | 'indicators';
  /** Required for title and indicators. */
  level?: number;
  original: string;
  corrected: string;
  reason: string;
}

const DPIS_BMA = 'DPIS-BMA (kpi_competence.php)';
const OCSC_2548 = 'ตาราง ก.พ. 2548 (alter_table.php)';
const SPACE = 'ช่องว่างแทรกกลางคำจากการคัดลอกเอกสาร (stray space from text extraction)';

const bma = (
  code: CompetencyCode,
  field: Erratum['field'],
  level: number | undefined,
  original: string,
  corrected: string,
  reason: string,
): Erratum => ({
  set: 'bma',
  code,
  field,
  ...(level === undefined ? {} : { level }),
  original,
  corrected,
  reason,
});

export const ERRATA: readonly Erratum[] = [
  // การมุ่งผลสัมฤทธิ์
  bma('ACH', 'indicators', 1, 'ตรงต่อ เวลา', 'ตรงต่อเวลา', SPACE),
  bma('ACH', 'indicators', 1, 'การสูญเสียเปล่า', 'การสูญเปล่า', `สะกดผิด; ${DPIS_BMA} และ ${OCSC_2548}`),
  bma('ACH', 'title', 2, 'ผล สัมฤทธิ์', 'ผลสัมฤทธิ์', SPACE),
  bma('ACH', 'indicators', 2, 'ผู้อื่น บังคับ', 'ผู้อื่นบังคับ', SPACE),
  bma('ACH', 'indicators', 2, 'ความถูกต้อง ของงาน', 'ความถูกต้องของงาน', SPACE),
  bma('ACH', 'indicators', 3, 'ประ สิทธิภาพ', 'ประสิทธิภาพ', SPACE),
  bma('ACH', 'indicators', 3, 'กรม/ กอง', 'กรม/กอง', SPACE),
  bma('ACH', 'indicators', 3, 'และมี ประสิทธิภาพ', 'และมีประสิทธิภาพ', SPACE),
  bma('ACH', 'indicators', 4, 'ดีกว่า เดิม', 'ดีกว่าเดิม', SPACE),
  bma('ACH', 'indicators', 4, 'เห็นได้ ชัด', 'เห็นได้ชัด', SPACE),
  bma('ACH', 'indicators', 5, 'ภารกิจขอหน่วยงาน', 'ภารกิจของหน่วยงาน', `ตกตัวอักษร "ของ"; ${DPIS_BMA}`),
  // การบริการที่ดี
  bma('SERV', 'indicators', 1, 'ข้อ ร้องเรียน', 'ข้อร้องเรียน', SPACE),
  bma('SERV', 'indicators', 3, 'ปิดการะ', 'ปัดภาระ', `สะกดผิด ("ไม่แก้ตัว หรือปัดภาระ"); ${DPIS_BMA}`),
  bma(
    'SERV',
    'indicators',
    4,
    'ให้ความเวลาและความพยายามพิเศษ',
    'ให้เวลาและความพยายามพิเศษ',
    `คำเกิน "ความ"; ${OCSC_2548}`,
  ),
  bma('SERV', 'title', 6, 'ที่ปรึกษาที่รับบริการวางใจ', 'ที่ปรึกษาที่ผู้รับบริการวางใจ', `ตกคำ "ผู้"; ${DPIS_BMA}`),
  // การสั่งสมความเชี่ยวชาญในงานอาชีพ
  bma(
    'EXP',
    'name',
    undefined,
    'การส่งเสริมความเชี่ยวชาญในงานอาชีพ',
    'การสั่งสมความเชี่ยวชาญในงานอาชีพ',
    "ชื่อสมรรถนะตามรายการต้นเรื่องและทุกแหล่ง (the name every source and the seed's own list use)",
  ),
  bma('EXP', 'definition', undefined, 'เพื่อส่งเสริมพัฒนา ศักยภาพ', 'เพื่อสั่งสม พัฒนาศักยภาพ', OCSC_2548),
  bma(
    'EXP',
    'title',
    3,
    'นำความรู้วิทยากร',
    'นำความรู้ วิทยาการ',
    `"วิทยากร" (ผู้บรรยาย) ใช้แทน "วิทยาการ"; ${DPIS_BMA}`,
  ),
  bma(
    'EXP',
    'indicators',
    3,
    'ผลกระทบของวิทยากร',
    'ผลกระทบของวิทยาการ',
    `"วิทยากร" ใช้แทน "วิทยาการ"; ${DPIS_BMA}`,
  ),
  bma('EXP', 'indicators', 3, 'ส่งเสริมความรู้ใหม่ๆ', 'สั่งสมความรู้ใหม่ๆ', DPIS_BMA),
  bma('EXP', 'indicators', 3, 'เล็งเห็น ประโยชน์', 'เล็งเห็นประโยชน์', SPACE),
  bma('EXP', 'indicators', 4, 'ขวนขวายหา ความรู้', 'ขวนขวายหาความรู้', SPACE),
  bma('EXP', 'indicators', 5, 'จะพัฒนา ความเชี่ยวชาญ', 'จะพัฒนาความเชี่ยวชาญ', SPACE),
  bma('EXP', 'indicators', 5, 'ต่อ การปฏิบัติงาน', 'ต่อการปฏิบัติงาน', SPACE),
  bma('EXP', 'indicators', 5, 'วิทยากรใหม่ๆ', 'วิทยาการใหม่ๆ', `"วิทยากร" ใช้แทน "วิทยาการ"; ${DPIS_BMA}`),
  // จริยธรรม
  bma(
    'ING',
    'definition',
    undefined,
    'มากกว่า ประโยชน์ส่วนตน',
    'มากกว่าประโยชน์ส่วนตน',
    'ต้นฉบับขึ้นย่อหน้าใหม่กลางประโยค (the source breaks the sentence with a blank line)',
  ),
  bma('ING', 'title', 1, 'ชื่อสัตย์', 'ซื่อสัตย์', `สะกดผิด; ${DPIS_BMA}`),
  bma('ING', 'indicators', 1, 'ชื่อสัตย์', 'ซื่อสัตย์', `สะกดผิด; ${DPIS_BMA}`),
  bma('ING', 'indicators', 2, 'พุดอย่างไร', 'พูดอย่างไร', `สะกดผิด; ${DPIS_BMA}`),
  bma('ING', 'indicators', 2, 'อุทิศร่างกายแรงใจ', 'อุทิศแรงกายแรงใจ', `${DPIS_BMA} และ ${OCSC_2548}`),
  bma('ING', 'title', 3, 'มั่นในหลักการ', 'ยึดมั่นในหลักการ', `ตกคำ "ยึด"; ${OCSC_2548}`),
  // ความร่วมแรงร่วมใจ
  bma('TW', 'definition', undefined, 'มิใช่ในหัวหน้าทีม', 'มิใช่ในฐานะหัวหน้าทีม', `ตกคำ "ฐานะ"; ${OCSC_2548}`),
  bma('TW', 'indicators', 2, 'เอื้อเพื่อเผื่อแผ่', 'เอื้อเฟื้อเผื่อแผ่', `สะกดผิด; ${DPIS_BMA}`),
  bma('TW', 'indicators', 2, 'เพื่อร่วมงาน', 'เพื่อนร่วมงาน', `สะกดผิด; ${DPIS_BMA}`),
  bma('TW', 'indicators', 4, 'มาตรภาพ', 'มิตรภาพ', `สะกดผิด; ${DPIS_BMA}`),
  bma(
    'TW',
    'indicators',
    5,
    'ภารกิจใหญ่ๆ ให้อบอวลผล',
    'ภารกิจใหญ่น้อยต่างๆ ให้บรรลุผล',
    `ข้อความต้นฉบับถูกตัดท้ายและเพี้ยน (the source is cut off here); ตอนจบตาม ${DPIS_BMA} และ ${OCSC_2548}`,
  ),
];
