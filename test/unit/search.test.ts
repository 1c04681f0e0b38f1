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
