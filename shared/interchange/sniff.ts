/**
 * What a file's bytes are, read from its content rather than its name: a workbook, JSON, text (CSV
 * or tab-separated), or something that is not text at all, with a message saying what it looks like
 * and what to do.
 */
import { isZip } from './xlsx';

export type FileKind = { kind: 'xlsx' } | { kind: 'text' } | { kind: 'not-text'; message: string };

const SAVE_AS = 'บันทึกจาก Excel / LibreOffice / Google Sheets เป็น .xlsx หรือ CSV UTF-8 แล้วลองใหม่';

/** Kind of a file by its first bytes. */
export function sniff(bytes: Uint8Array): FileKind {
  const head = bytes.subarray(0, 4096);
  const starts = (...b: number[]) => b.every((x, i) => head[i] === x);
  if (isZip(bytes)) return { kind: 'xlsx' };
  if (starts(0x25, 0x50, 0x44, 0x46))
    return { kind: 'not-text', message: `เป็นไฟล์ PDF ไม่ใช่ตารางรายชื่อ — ${SAVE_AS}` };
  if (starts(0xd0, 0xcf, 0x11, 0xe0))
    return { kind: 'not-text', message: `เป็นไฟล์ Excel รุ่นเก่า (.xls) ที่อ่านไม่ได้ — เปิดแล้ว${SAVE_AS}` };
  const bom16 = starts(0xff, 0xfe) || starts(0xfe, 0xff);
  if (!bom16) {
    // UTF-16 without a BOM: every other byte is the high byte of a character, 0x00 for ASCII and
    // 0x0E for Thai; no UTF-8 or windows-874 text looks like that.
    const high = [0, 0];
    let zeros = 0;
    let controls = 0;
    for (let i = 0; i < head.length; i++) {
      const b = head[i]!;
      if (b === 0) zeros++;
      else if (b < 9 || (b > 13 && b < 27) || (b > 27 && b < 32)) controls++;
      if (b === 0 || b === 0x0e) high[i % 2]!++;
    }
    const half = head.length / 2;
    if (zeros > 0 && head.length >= 4 && (high[0]! > half * 0.9 || high[1]! > half * 0.9)) {
      return {
        kind: 'not-text',
        message: `ดูเหมือนข้อความ UTF-16 ("Unicode text") ที่ไม่มีเครื่องหมาย BOM จึงอ่านไม่ได้แน่ชัด — ${SAVE_AS}`,
      };
    }
    // A stray NUL in a text file is tolerated (it reads as a space); a binary file is full of them.
    if (zeros + controls > head.length / 50 + 2) {
      return { kind: 'not-text', message: `ไม่ใช่ไฟล์ข้อความหรือสมุดงาน Excel (เป็นไฟล์ไบนารี) — ${SAVE_AS}` };
    }
  }
  return { kind: 'text' };
}
