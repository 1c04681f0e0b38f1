import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thaiWords } from '../../scripts/thai-words-source';
import { splitThaiRun, thaiLineUnits } from '../../shared/text/thai-units';
import { THAI_WORDS } from '../../shared/text/thai-words.generated';

const shown = (text: string) =>
  thaiLineUnits(text)
    .map((u) => (u.keep ? `[${u.text}]` : u.text))
    .join('');

describe('Thai line units: where the panel may wrap', () => {
  it('keeps the words Firefox splits whole', () => {
    expect(shown('เลือกสมรรถนะ (และผู้รับการประเมิน')).toBe('[เลือก][สมรรถนะ] [(และ][ผู้รับ][การ][ประเมิน]');
    expect(splitThaiRun('มีความละเอียดรอบคอบ')).toEqual(['มี', 'ความ', 'ละเอียด', 'รอบคอบ']);
  });

  it('keeps an abbreviation with full stops as one word, but not the full stop after a sentence', () => {
    expect(shown('ฉบับ ก.พ. — สำนักงาน อ.ก.พ. เมื่อ พ.ศ. ๒๕๖๙')).toBe(
      '[ฉบับ] [ก.พ.] — [สำนักงาน] [อ.ก.พ.] [เมื่อ] [พ.ศ.] ๒๕๖๙',
    );
    expect(shown('เลือกไฟล์.')).toBe('[เลือก][ไฟล์.]');
  });

  it('keeps punctuation with its word, so no line begins with ":" or ")" nor ends with "("', () => {
    expect(shown('ไม่พบช่อง: เลือก (เฉพาะแบบฟอร์มตาราง)')).toBe(
      '[ไม่][พบ][ช่อง:] [เลือก] [(เฉพาะ][แบบ][ฟอร์ม][ตาราง)]',
    );
    expect(shown('“เลือกช่อง” แล้ว')).toBe('[“เลือก][ช่อง”] [แล้ว]');
  });

  it('keeps letters outside the word list together, so a name is one piece', () => {
    expect(splitThaiRun('ใบเฟิร์น')).toHaveLength(1);
    expect(thaiLineUnits('ใบเฟิร์น').map((u) => u.keep)).toEqual([true]);
  });

  it('never starts a piece with a mark or a following vowel, nor ends one with a leading vowel', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0x0e01, max: 0x0e4f }), { maxLength: 40 }), (codes) => {
        const run = String.fromCharCode(...codes).replace(/[^\u0E01-\u0E4F]/g, '');
        const pieces = splitThaiRun(run);
        expect(pieces.join('')).toBe(run);
        for (const [i, p] of pieces.entries()) {
          if (i > 0) expect(p).not.toMatch(/^[\u0E30-\u0E3A\u0E45-\u0E4E]/);
          if (i < pieces.length - 1) expect(p).not.toMatch(/[\u0E40-\u0E44]$/);
        }
      }),
    );
  });

  it('gives back any text unchanged when its pieces are joined', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        expect(
          thaiLineUnits(text)
            .map((u) => u.text)
            .join(''),
        ).toBe(text);
      }),
    );
  });

  it('leaves a long stretch outside the word list to the browser', () => {
    const typed = 'ฆฌฑฒฎฏฐฆฌฑฒฎฏฐ';
    expect(thaiLineUnits(typed).some((u) => u.keep)).toBe(false);
  });

  it('the word list holds every word of the texts we show (else: npm run gen)', () => {
    const listed = new Set(THAI_WORDS.split('\n'));
    expect(thaiWords().filter((w) => !listed.has(w))).toEqual([]);
  });
});
