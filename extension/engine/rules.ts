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

/**
 * Elements that name what follows them (a table, a section): headings and captions, whatever their
 * text. Any other element before it holding no control counts as a heading ("a bar": a styled div,
 * a table row of its own) when its text is a short line that names a competency or a person.
 */
export const HEADING_ELEMENTS = 'h1,h2,h3,h4,h5,h6,[role=heading],caption';
/** The longest text read as a bar above a table or section. */
export const HEADING_LINE = 80;
/**
 * A cell text that names an item of a row (a competency, a person, another form's item) rather than
 * a number or a mark: it holds a letter. A row with two or more such cells, each before its own
 * controls, sets items side by side (ก. 1 … | 5 | [level] || ข. 1 … | 5 | [level]), and each control
 * reads only its own item's cells.
 */
export const ITEM_LABEL = /[A-Za-z\u0E01-\u0E2E]/;

/** Elements never read as headings: table parts and legends (their own evidence), labels, scripts. */
export const NOT_HEADINGS =
  'td,th,tr,thead,tbody,tfoot,colgroup,col,legend,label,option,script,style,template,button';

/**
 * The appraisee's own column (DPIS `SHOW_KC_SELF`, "ผลการประเมินตนเอง") beside the evaluator's: read
 * on a box's own label, column headers and name. Never filled with the evaluator's levels.
 */
export const SELF_WORDS = /ตนเอง|self/i;

/** A column header over the cells that hold a person's id (not a position number, not a row number). */
export const ID_HEADER = /รหัส|เลขประจำตัว|\bid\b|employee/i;
/** Column headers whose cells are never a person's id, even when they look like one. */
export const NOT_ID_HEADER = /ตำแหน่ง|ลำดับ|position|^no\.?$/i;
/** A column header over the cells that hold a person's name. */
export const NAME_HEADER = /ชื่อ|name/i;
/** A cell text that is an id: letters then digits ("P001", "B0012"), or a long number (not a row number). */
export const ID_TEXT = /^(?:[A-Za-z]{1,4}[-/]?\d{2,}|\d{4,}|\d[\d-]{5,}\d)$/;

/**
 * What a never-saved form puts in every level box: a zero ("0", "0.00"). Such a box is skipped
 * without overwrite with its own reason, as it may be the page's default rather than a level given.
 */
export const ZERO_VALUE = /^0(?:\.0+)?$/;

/**
 * A text area for the evidence beside a competency: DPIS's `SHOW_KC_REMARK` (titled
 * "ระบุเหตุการณ์/พฤติกรรม"), the BMA form's column "ระบุเหตุการณ์/พฤติกรรม (ที่ผู้รับการประเมินแสดงออก)".
 * Read on its own label or title, its column header, then the label cell of its row.
 */
export const EVIDENCE_WORDS = /เหตุการณ์|พฤติกรรม|หลักฐาน|evidence|behaviou?r/i;
/** A development plan (แผนพัฒนา, IDP; DPIS part 4's IPIP): said by a plan box's label or a heading above it. */
export const PLAN_WORDS = /พัฒนา|develop|\bIDP\b|\bIPIP\b/i;
/**
 * The texts of a plan row, by the words of a box's label, first match first: DPIS part 4's
 * "ช่วงเวลาที่ต้องการพัฒนา", "วิธีการวัดผลในการพัฒนา", "วิธีการพัฒนา", "ความรู้ ทักษะ สมรรถนะ
 * ที่ต้องได้รับการพัฒนา".
 */
export const PLAN_PARTS: readonly { part: 'goal' | 'method' | 'period' | 'measure'; words: RegExp }[] = [
  { part: 'period', words: /ช่วงเวลา|ระยะเวลา|กำหนดเวลา|period|timeline|timeframe/i },
  { part: 'measure', words: /วัดผล|ประเมินผล|ตัวชี้วัด|measure|evaluat/i },
  { part: 'method', words: /วิธี(?:การ)?พัฒนา|รูปแบบการพัฒนา|กิจกรรม|method/i },
  { part: 'goal', words: /ที่ต้อง(?:ได้รับการ)?พัฒนา|เป้าหมาย|ความรู้|ทักษะ|สมรรถนะ|goal|competenc/i },
];
