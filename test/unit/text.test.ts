import { describe, expect, it } from 'vitest';
import {
  cleanText,
  displayWidth,
  foldThaiDigits,
  matchKey,
  parseThaiInt,
  parseThaiNumber,
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
