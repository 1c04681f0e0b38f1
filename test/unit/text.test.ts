import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanText,
  displayWidth,
  foldThaiDigits,
  matchKey,
  oneLine,
  parseThaiInt,
  parseThaiNumber,
  SHOWS_TEXT,
  toThaiDigits,
} from '../../shared/text/normalize';

describe('Thai text normalisation', () => {
  it('folds Thai digits both ways', () => {
    expect(foldThaiDigits('ระดับ ๓ ปี ๒๕๖๙')).toBe('ระดับ 3 ปี 2569');
    expect(toThaiDigits('2569')).toBe('๒๕๖๙');
    expect(toThaiDigits(80.25)).toBe('๘๐.๒๕');
  });

  it('removes zero-width characters and a BOM, collapses spaces, and composes NFC', () => {
    expect(cleanText('\uFEFF ซื่อ\u200Bสัตย์\u00A0 สุจริต ')).toBe('ซื่อสัตย์ สุจริต');
    // e + combining acute → é (NFC)
    expect(cleanText('e\u0301')).toBe('\u00e9');
  });

  it('makes match keys without any spaces', () => {
    expect(matchKey('ประ สิทธิภาพ')).toBe(matchKey('ประสิทธิภาพ'));
    expect(matchKey('Achievement  Motivation')).toBe('achievementmotivation');
  });

  it('parses numbers written with either digit set and refuses anything else', () => {
    expect(parseThaiInt('๓')).toBe(3);
    expect(parseThaiInt(' 12 ')).toBe(12);
    expect(parseThaiInt('3.5')).toBeNull();
    expect(parseThaiNumber('๘๐.๕')).toBe(80.5);
    expect(parseThaiNumber('80,5')).toBeNull();
    expect(parseThaiNumber('')).toBeNull();
    expect(parseThaiNumber('1e3')).toBeNull();
  });

  it('measures display width without vowels and tone marks above or below', () => {
    expect(displayWidth('ซื่อสัตย์')).toBe(5);
    expect(displayWidth('abc')).toBe(3);
  });
});

describe('SHOWS_TEXT, the schema pattern of text that is not empty', () => {
  const shows = new RegExp(SHOWS_TEXT, 'u');
  it('matches exactly the strings cleanText leaves something of', () => {
    for (const blank of [
      '',
      ' ',
      '\u200b\u200c\u200d',
      ' \ufeff\u2060 ',
      '\u00ad',
      '\u0000\u001f',
      '\ud800',
      '\u00a0\u3000',
    ])
      expect([blank, shows.test(blank)]).toEqual([blank, false]);
    for (const text of ['ก', ' x ', '\u200bแบบ', '😀', '๓'])
      expect([text, shows.test(text)]).toEqual([text, true]);
    const piece = fc.constantFrom(
      ' ',
      '\t',
      '\u200b',
      '\u00ad',
      '\ufeff',
      '\u0007',
      '\ud800',
      '\udc00',
      'ก',
      'a',
      '\u0e31',
      '😀',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const s = parts.join('');
        expect(shows.test(s)).toBe(cleanText(s) !== '');
      }),
    );
  });
});

describe('oneLine: a text as one line of a list', () => {
  it('joins lines and cuts long texts, never between a Thai letter and its marks or after a leading vowel', () => {
    expect(oneLine('ติดตามงาน\nทุกสัปดาห์')).toBe('ติดตามงาน ทุกสัปดาห์');
    expect(oneLine('แสดงความพยายามในการปฏิบัติหน้าที่ราชการให้ดี')).toBe('แสดงความพยายามในการปฏิบัติหน้าที่ราชการ…');
    // Cut at 3 would leave "กี" without its tone mark: the cut moves back before the letter.
    expect(oneLine('กกกี่วัน', 3)).toBe('กก…');
    expect(oneLine('กกเก', 3)).toBe('กก…');
    expect(oneLine('สั้น', 40)).toBe('สั้น');
  });
});
