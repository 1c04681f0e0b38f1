/**
 * Where one behaviour ends and the next begins inside the seed's level paragraphs. The seed runs
 * indicators together ("…อย่างถูกต้องแสดงออกว่า…"); DPIS-BMA stores the same behaviours one per
 * line (admin/php_scripts/kpi_competence.php, BKK branch; docs/dictionary.md). Each entry is the opening words of
 * the 2nd, 3rd … indicator as the seed writes them; a paragraph break in the seed also starts one.
 * The parser fails if an opening is not found, so the seed and this table cannot drift apart.
 */
import type { CompetencyCode } from './types';

export const INDICATOR_BREAKS: Record<CompetencyCode, Record<number, readonly string[]>> = {
  ACH: {
    1: ['มีความมานะอดทน', 'มีความรับผิดชอบในงาน', 'แสดงออกว่า'],
    2: ['กำหนดเป้าหมายหรือขั้นตอน', 'มีความละเอียดรอบคอบ'],
    3: ['เสนอ หรือทดลองวิธีการ', 'พัฒนาหรือปรับเปลี่ยนระบบ'],
    4: ['ลงมือกระทำการ'],
    5: [],
  },
  SERV: {
    1: ['ให้บริการด้วยอัธยาศัยไมตรี'],
    2: ['แจ้งให้ผู้รับบริการทราบ', 'ประสานงานภายในหน่วยงาน'],
    3: ['คอยดูแลให้ผู้รับบริการ'],
    4: ['คอยให้ข้อมูล', 'ให้บริการที่เกินความคาดหวัง'],
    5: ['ให้คำแนะนำที่เป็นประโยชน์'],
    6: ['ปฏิบัติตนเป็นที่ปรึกษา', 'สามารถให้ความเห็นส่วนตัว'],
  },
  EXP: {
    1: ['หมั่นทดลองวิธีการ', 'ติดตามเทคโนโลยี'],
    3: ['สามารถนำวิชาการ', 'ส่งเสริมความรู้ใหม่ๆ'],
    4: ['สามารถนำความรู้เชิงบูรณาการ', 'ขวนขวายหา'],
    5: ['ให้การสนับสนุน', 'มีวิสัยทัศน์'],
  },
  ING: {
    1: ['แสดงความคิดเห็น'],
    2: ['มีจิตสำนึก'],
    3: ['เสียสละความสุขสบาย'],
    4: ['ตัดสินใจในหน้าที่'],
    5: [],
  },
  TW: {
    1: ['รายงานให้สมาชิก'],
    2: ['เอื้อเพื่อเผื่อแผ่', 'กล่าวถึงเพื่อร่วมงาน'],
    3: ['ประมวลความคิดเห็น', 'ประสานและส่งเสริม'],
    4: ['แสดงน้ำใจในเหตุวิกฤติ', 'รักษามาตรภาพ'],
    5: ['ช่วยประสานรอยร้าว', 'ประสานสัมพันธ์ ส่งเสริมขวัญ'],
  },
};
