/**
 * The engine's matching rules, kept as data (after DuckDuckGo autofill's matching configuration):
 * what counts as a control we may fill, what is unrelated, which words mark a level box, a points
 * box or a box for something else. (The titles that precede Thai names are shared/text/person-name.ts.)
 * Texts are compared after cleanText (Thai digits folded to ASCII).
 */

/** Input types that can hold a level or points. Everything else (password, date, file…) is never touched. */
export const INPUT_TYPES: readonly string[] = ['radio', 'checkbox', 'text', 'number', 'tel', ''];

/** Controls of something other than the appraisal (search, sign-in, accounts), by name, id, autocomplete or placeholder. */
export const UNRELATED_ATTRIBUTES =
  /search|query|keyword|login|user.?name|user.?id|passw|e-?mail|captcha|otp|token/i;
/** … by the control's own label. */
export const UNRELATED_LABEL = /ค้นหา|ชื่อผู้ใช้|รหัสผ่าน|เข้าสู่ระบบ|อีเมล|search|log ?in|sign ?in|password|username/i;
/** Containers whose controls are never ours (a search form or landmark of any element). */
export const UNRELATED_CONTAINERS = '[role=search]';

/**
 * Text and select boxes next to a level that hold something else: the expected level, weights,
 * totals, remarks. Checked on the box's own label, column header and name before the words below.
 */
export const NOT_A_VALUE =
  /คาดหวัง|ที่ต้องการ|น้ำหนัก|หมายเหตุ|เหตุการณ์|ความเห็น|ข้อเสนอแนะ|เหตุผล|รวม|เฉลี่ย|ร้อยละ|expect|target|weight|comment|remark|note|total|sum|average/i;
/** A box for points (คะแนน): filled with the points the scoring method gives the level. */
export const POINTS_WORDS = /คะแนน|score|point/i;
/** A text box this wide (size or maxlength) holds a sentence, unless its label says ระดับ or คะแนน. */
export const WIDE_BOX = 12;
/** A box for the level (ระดับ): filled with the displayed level itself. Also the default. */
export const LEVEL_WORDS = /ระดับ|level|evaluate/i;
/** The column or label of the expected level the page shows beside a box. */
export const EXPECTED_WORDS = /คาดหวัง|ที่ต้องการ|expected|target/i;

/** "ระดับ 3", "ระดับที่ 3", "Level 3" anywhere in a text. */
export const LEVEL_WORD = /(?:ระดับ(?:ที่)?|level)\s*[:.]?\s*(\d{1,2})(?!\d)/i;
/** OCSC titles above level 1 begin "แสดงสมรรถนะระดับที่ N และ…": that is level N + 1. */
export const LEVEL_ABOVE = /^แสดงสมรรถนะ\s*ระดับ(?:ที่)?\s*(\d)\s*และ/;
/** A text that is only a number, or starts with one followed by a separator: "3", "(3)", "3 - …". */
export const LEVEL_NUMBER = /^\(?(\d{1,2})\)?(?:\s*[.:)\-–]\s*.*|\.)?$/;

/** A placeholder option: "-- เลือก --", "กรุณาเลือก", "Select…", or nothing. */
export const PLACEHOLDER = /^$|เลือก|select|choose|^[-–—\s.]+$/i;
