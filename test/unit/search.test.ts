import { describe, expect, it } from 'vitest';
import { searchIndicators } from '../../shared/search';

const top = (q: string, set?: 'bma' | 'ocsc') => searchIndicators(q, set ? { set } : {})[0];

describe('indicator search', () => {
  it('finds the level whose title matches, best first', () => {
    expect(top('เต็มใจช่วยเหลือ', 'bma')).toMatchObject({
      set: 'bma',
      competency: 'SERV',
      level: 3,
      title: 'เต็มใจช่วยเหลือ',
    });
  });

  it('ranks a title hit above an indicator hit and returns the matching indicator text', () => {
    const hits = searchIndicators('มิตรภาพ', { set: 'bma' });
    expect(hits[0]).toMatchObject({ competency: 'TW', level: 4 });
    expect(hits[0]!.text).toMatch(/^รักษามิตรภาพ/);
  });

  it('finds the corrected text when the query uses the source’s misspelling', () => {
    expect(top('ชื่อสัตย์สุจริต', 'bma')).toMatchObject({ competency: 'ING', level: 1, title: 'ซื่อสัตย์สุจริต' });
    expect(top('รักษามาตรภาพ', 'bma')).toMatchObject({ competency: 'TW', level: 4 });
    expect(top('ปิดการะ', 'bma')).toMatchObject({ competency: 'SERV', level: 3 });
    expect(top('ให้อบอวลผล', 'bma')).toMatchObject({ competency: 'TW', level: 5 });
  });

  it('ignores spacing and zero-width characters', () => {
    expect(top('ปัด ภาระ', 'bma')).toMatchObject({ competency: 'SERV', level: 3 });
    expect(top('เต็ม\u200Bใจ\u200Cช่วย เหลือ', 'bma')).toMatchObject({ competency: 'SERV', level: 3 });
  });

  it('reads "ระดับ ๓" with Thai or ASCII digits as a level, and competency names as filters', () => {
    const thai = searchIndicators('จริยธรรม ระดับ ๒', { set: 'bma' });
    const ascii = searchIndicators('จริยธรรม ระดับ 2', { set: 'bma' });
    expect(thai).toEqual(ascii);
    expect(thai[0]).toMatchObject({ competency: 'ING', level: 2 });
    expect(thai.every((h) => h.level === 2)).toBe(true);
  });

  it('searches both sets unless one is named, and honours the limit', () => {
    const both = searchIndicators('ทีม', { limit: 100 });
    expect(new Set(both.map((h) => h.set))).toEqual(new Set(['bma', 'ocsc']));
    expect(searchIndicators('ทีม', { limit: 2 })).toHaveLength(2);
  });

  it('requires every word of the query to match', () => {
    expect(searchIndicators('มิตรภาพ ลูกค้าต่างประเทศ')).toEqual([]);
    expect(searchIndicators('   ')).toEqual([]);
  });
});

describe('indicator search forgives typing', () => {
  const levels = (q: string) =>
    searchIndicators(q, { limit: 50 }).map((h) => `${h.set} ${h.competency} ${h.level}`);

  it.each([
    ['บริการทีดี', 'บริการที่ดี', 'a missing tone mark'],
    ['ทำงานเปนทีม', 'ทำงานเป็นทีม', 'a missing ็'],
    ['มุ่งผลสำฤทธิ์', 'มุ่งผลสัมฤทธิ์', 'ำ typed for ัม'],
    ['เชียวชาญ', 'เชี่ยวชาญ', 'a missing tone mark'],
    ['บริการที่ดี้', 'บริการที่ดี', 'an extra tone mark'],
    ['ทำงานเป้นทีม', 'ทำงานเป็นทีม', 'a wrong tone mark'],
    ['เตมใจช่วยเหลือ', 'เต็มใจช่วยเหลือ', 'a missing ็'],
    ['เชยวชาญ', 'เชี่ยวชาญ', 'a missing vowel and tone mark'],
    ['แต็มใจช่วยเหลือ', 'เต็มใจช่วยเหลือ', 'a wrong leading vowel'],
    ['ซื่อสัตย์สูจริต', 'ซื่อสัตย์สุจริต', 'a long vowel for a short one'],
    ['รับฟังความคิดเหนและประสาน', 'รับฟังความคิดเห็นและประสาน', 'two words, one mistyped'],
  ])('"%s" finds what "%s" finds (%s)', (typed, right) => {
    const want = levels(right);
    expect(want.length).toBeGreaterThan(0);
    expect(levels(typed)).toEqual(want);
    const loose = searchIndicators(typed)[0]!;
    expect(loose.score).toBeLessThan(20);
    expect(searchIndicators(right)[0]!.score).toBeGreaterThanOrEqual(20);
  });

  it('ranks every hit spelt as typed above the hits found by forgiving the spelling', () => {
    const hits = searchIndicators('ทีม', { limit: 500 });
    const exact = hits.filter((h) => h.score >= 20);
    const loose = hits.filter((h) => h.score < 20);
    expect(exact.length).toBeGreaterThan(0);
    expect(loose.length).toBeGreaterThan(0); // e.g. "ที่มา": ที่ม is ทีม without its tone mark
    expect(hits.slice(0, exact.length)).toEqual(exact);
    expect(exact.every((h) => h.text.includes('ทีม') || h.competency === 'TW')).toBe(true);
  });

  it('never compares a word of fewer than three consonants by its consonants alone (ทีม is not ทำมา)', () => {
    expect(searchIndicators('ทีม', { limit: 500 }).every((h) => h.score >= 10)).toBe(true);
  });

  it('still requires every word to match, forgiving or not', () => {
    expect(searchIndicators('มิตรภาพ ลูกค้าต่างประเทศ')).toEqual([]);
    expect(searchIndicators('บริการทีดี ลูกค้าต่างประเทศ')).toEqual([]);
  });

  it('puts a competency’s level first for "จริยธรรม 3" and "ING 3"', () => {
    for (const q of ['จริยธรรม 3', 'ING 3', 'ing ๓', 'จริยธรรม ระดับ 3']) {
      const hits = searchIndicators(q);
      expect(
        hits.slice(0, 2).map((h) => `${h.set} ${h.competency} ${h.level}`),
        q,
      ).toEqual(['bma ING 3', 'ocsc ING 3']);
    }
    expect(top('ทำงานเปนทีม 2', 'ocsc')).toMatchObject({ competency: 'TW', level: 2 });
  });
});
