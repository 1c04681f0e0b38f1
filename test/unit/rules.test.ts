import { describe, expect, it } from 'vitest';
import type { Person } from '../../shared/interchange/types';
import {
  BMA_BANDS,
  bandFor,
  expectedLevel,
  formatThaiDate,
  fraction,
  METHOD_RULES,
  OCSC_BANDS,
  POSITIONS,
  parseThaiDate,
  parseWeights,
  positionCode,
  ratio,
  round,
  roundDates,
  roundLabel,
  roundOf,
  scorePerson,
  UnknownPositionError,
  weightsProblem,
} from '../../shared/rules';

const W = { achievement: 70, competency: 30 };
const person = (over: Partial<Person>): Person => ({
  id: 'P1',
  name: 'นางสาวสมศรี ใจดี',
  positionType: 'วิชาการ',
  positionLevel: 'ชำนาญการ',
  competencies: { ACH: 2, SERV: 3, EXP: 1, ING: 0, TW: 2 },
  ...over,
});

describe('worked examples of docs/scoring-rules.md', () => {
  it('gap: วิชาการ ชำนาญการ, displayed 2 3 1 0 2 → 3 3 2 1 3 = 12 → 24.00', () => {
    const s = scorePerson(person({ achievement: 80 }), {
      set: 'ocsc',
      method: 'gap',
      weights: W,
      bands: OCSC_BANDS,
    });
    expect(s.expected).toEqual({ ACH: 2, SERV: 2, EXP: 2, ING: 2, TW: 2 });
    expect(s.points).toEqual({ ACH: 3, SERV: 3, EXP: 2, ING: 1, TW: 3 });
    expect(s.competencyScore).toBe(24);
    // total: achievement 80 → 56.00 + 24.00 = 80.00
    expect(s.achievementScore).toBe(56);
    expect(s.total).toBe(80);
    expect(s.band).toBe('ดีมาก');
  });

  it('rating: 4 5 3 4 4 → 20 / 25 × 30 = 24.00', () => {
    const s = scorePerson(person({ competencies: { ACH: 4, SERV: 5, EXP: 3, ING: 4, TW: 4 } }), {
      set: 'ocsc',
      method: 'rating',
      weights: W,
      bands: OCSC_BANDS,
    });
    expect(s.competencyScore).toBe(24);
    expect(s.total).toBeNull();
    expect(s.band).toBeNull();
  });

  it('bma-points: expected 3, displayed 3 4 2 1 0 → 4 5 3 2 0 = 14 → 16.80', () => {
    const s = scorePerson(
      person({ positionLevel: 'ชำนาญการพิเศษ', competencies: { ACH: 3, SERV: 4, EXP: 2, ING: 1, TW: 0 } }),
      { set: 'bma', method: 'bma-points', weights: W, bands: BMA_BANDS },
    );
    expect(s.points).toEqual({ ACH: 4, SERV: 5, EXP: 3, ING: 2, TW: 0 });
    expect(s.competencyScore).toBe(16.8);
  });

  it('11 / 15 × 30 is exactly 22.00, not 21.99 or 22.000000000000004', () => {
    // expected 3; points 3 3 3 2 0 = 11 of 15
    const s = scorePerson(
      person({ positionLevel: 'ชำนาญการพิเศษ', competencies: { ACH: 3, SERV: 3, EXP: 3, ING: 2, TW: 0 } }),
      {
        set: 'ocsc',
        method: 'gap',
        weights: W,
        bands: OCSC_BANDS,
      },
    );
    expect(s.competencyScore).toBe(22);
    expect(s.competencyScore.toFixed(2)).toBe('22.00');
  });
});

describe('points by method (computed by hand)', () => {
  it.each([
    [5, 2, 3],
    [2, 2, 3],
    [1, 2, 2],
    [0, 2, 1],
    [0, 3, 0],
    [1, 5, 0],
  ])('gap: displayed %i, expected %i → %i', (d, e, p) => expect(METHOD_RULES.gap.points(d, e)).toBe(p));

  it.each([
    [0, 1, 0],
    [1, 1, 4],
    [2, 1, 5],
    [1, 2, 3],
    [1, 3, 2],
    [6, 3, 5],
    [1, 5, 0],
  ])('bma-points: displayed %i, expected %i → %i (DPIS scale 6 table)', (d, e, p) =>
    expect(METHOD_RULES['bma-points'].points(d, e)).toBe(p),
  );
});

describe('expected levels', () => {
  it.each([
    ['ทั่วไป', 'ปฏิบัติงาน', 1, 1],
    ['ทั่วไป', 'อาวุโส', 2, 2],
    ['ทั่วไป', 'ทักษะพิเศษ', 3, 3],
    ['วิชาการ', 'ชำนาญการพิเศษ', 3, 3],
    ['วิชาการ', 'เชี่ยวชาญ', 4, 3],
    ['วิชาการ', 'ทรงคุณวุฒิ', 5, 3],
    ['อำนวยการ', 'สูง', 4, 3],
    ['บริหาร', 'ต้น', 4, 3],
    ['บริหาร', 'สูง', 5, 3],
    ['พนักงานราชการ', 'กลุ่มงานวิชาชีพเฉพาะ', 3, 3],
    ['พนักงานราชการ', 'กลุ่มงานเชี่ยวชาญเฉพาะ', 4, 3],
    ['กลุ่มงานเชี่ยวชาญพิเศษ', 'ระดับสากล', 5, 3],
  ])('%s %s → ocsc %i, bma %i (capped at 3)', (t, l, ocsc, bma) => {
    const code = positionCode(t, l);
    expect(expectedLevel('ocsc', code)).toBe(ocsc);
    expect(expectedLevel('bma', code)).toBe(bma);
  });

  it('normalises position names printed with prefixes, spacing, zero-width characters, and DPIS codes', () => {
    expect(positionCode('ประเภทวิชาการ', 'ระดับชำนาญการ')).toBe('K2');
    expect(positionCode('', 'อำนวยการ ระดับต้น')).toBe('D1');
    expect(positionCode('', 'บริหารระดับสูง')).toBe('M2');
    expect(positionCode('วิชาการ', 'ประเภทวิชาการ ระดับชำนาญ\u200Bการพิเศษ')).toBe('K3');
    expect(positionCode('', 'K2')).toBe('K2');
    expect(positionCode('o4', '')).toBe('O4');
    expect(positionCode('พนักงานราชการ', 'กลุ่มงาน บริการ')).toBe('E1');
    expect(positionCode('', 'ชำนาญการ')).toBe('K2');
  });

  it('refuses an unknown or ambiguous position instead of guessing', () => {
    expect(() => positionCode('ทั่วไป', 'ชำนาญการ')).toThrow(UnknownPositionError);
    expect(() => positionCode('', 'ต้น')).toThrow(UnknownPositionError);
    expect(() => positionCode('', 'ต้น')).toThrow(/"ต้น" ระบุได้มากกว่าหนึ่งตำแหน่ง.*อำนวยการ ระดับต้น/);
    expect(() => positionCode('', '')).toThrow(UnknownPositionError);
    expect(() => positionCode('ลูกจ้าง', 'ประจำ')).toThrow(UnknownPositionError);
  });

  it('knows every DPIS position code', () => {
    expect(POSITIONS.map((p) => p.code)).toHaveLength(22);
    for (const p of POSITIONS) expect(positionCode(p.type, p.level)).toBe(p.code);
  });

  it('honours a person’s own expected levels over the table', () => {
    const s = scorePerson(
      person({ expected: { ACH: 1, SERV: 1, EXP: 1, ING: 1, TW: 1 }, positionLevel: 'ไม่มี' }),
      {
        set: 'ocsc',
        method: 'gap',
        weights: W,
        bands: OCSC_BANDS,
      },
    );
    expect(s.points).toEqual({ ACH: 3, SERV: 3, EXP: 3, ING: 2, TW: 3 });
  });
});

describe('rounding', () => {
  it('rounds half away from zero on exact decimals', () => {
    expect(round(fraction(0.125))).toBe(0.13);
    expect(round(fraction(-0.125))).toBe(-0.13);
    expect(round(fraction(47.775))).toBe(47.78);
    expect(round(fraction(1.005))).toBe(1.01); // 1.005 in binary is below 1.005; the decimal is what counts
    expect(round(ratio(2, 3))).toBe(0.67);
    expect(round(ratio(-1, 3))).toBe(-0.33);
    expect(round(fraction(1e-7))).toBe(0);
  });

  it('reads numbers through their shortest decimal form', () => {
    expect(fraction(80.05)).toEqual({ num: 8005n, den: 100n });
    expect(fraction(1e21)).toEqual({ num: 10n ** 21n, den: 1n });
    expect(() => fraction(Number.NaN)).toThrow(RangeError);
  });
});

describe('bands', () => {
  it('picks the first band whose minimum the total reaches', () => {
    expect(bandFor(90, OCSC_BANDS)).toBe('ดีเด่น');
    expect(bandFor(89.99, OCSC_BANDS)).toBe('ดีมาก');
    expect(bandFor(59.99, OCSC_BANDS)).toBe('ต้องปรับปรุง');
    expect(bandFor(75, BMA_BANDS)).toBe('เป็นที่ยอมรับได้');
    expect(bandFor(50, [{ label: 'ผ่าน', min: 60 }])).toBeNull();
    expect(
      bandFor(70, [
        { label: 'ต่ำ', min: 0 },
        { label: 'สูง', min: 70 },
      ]),
    ).toBe('สูง');
  });

  it('decides the band on the rounded total', () => {
    const s = scorePerson(
      person({ achievement: 79.99, competencies: { ACH: 2, SERV: 2, EXP: 2, ING: 2, TW: 2 } }),
      {
        set: 'ocsc',
        method: 'gap',
        weights: { achievement: 50, competency: 50 },
        bands: OCSC_BANDS,
      },
    );
    // 79.99 × 0.5 = 39.995, + 15/15 × 50 = 89.995 exactly → 90.00: ดีเด่น, not ดีมาก
    expect(s.total).toBe(90);
    expect(s.band).toBe('ดีเด่น');
  });
});

describe('weights', () => {
  it('parses 70/30 and Thai digits, refuses sums other than 100', () => {
    expect(parseWeights('70/30')).toEqual({ achievement: 70, competency: 30 });
    expect(parseWeights('๕๐ / ๕๐')).toEqual({ achievement: 50, competency: 50 });
    expect(parseWeights('33.33/66.67')).toEqual({ achievement: 33.33, competency: 66.67 });
    expect(() => parseWeights('60/30')).toThrow(/100/);
    expect(() => parseWeights('70-30')).toThrow(/รูปแบบ/);
    // Thai words for the two parts, not the JSON keys.
    expect(() => parseWeights('70-30')).toThrow('ใช้เช่น 70/30 (ผลสัมฤทธิ์ของงาน/สมรรถนะ)');
    expect(weightsProblem({ achievement: 120, competency: -20 })).toBe(
      'น้ำหนักผลสัมฤทธิ์ของงานต้องอยู่ระหว่าง 0 ถึง 100 (ได้ 120)',
    );
  });

  it('50/50 for probation changes the total', () => {
    const s = scorePerson(person({ achievement: 80 }), {
      set: 'ocsc',
      method: 'gap',
      weights: { achievement: 50, competency: 50 },
      bands: OCSC_BANDS,
    });
    expect(s.competencyScore).toBe(40);
    expect(s.total).toBe(80);
  });
});

describe('rounds and Buddhist-era dates', () => {
  it('names the fiscal year by the year it ends in', () => {
    expect(roundOf(new Date(2025, 9, 1))).toEqual({ fiscalYear: 2569, round: 1 });
    expect(roundOf(new Date(2026, 2, 31))).toEqual({ fiscalYear: 2569, round: 1 });
    expect(roundOf(new Date(2026, 3, 1))).toEqual({ fiscalYear: 2569, round: 2 });
    expect(roundOf(new Date(2026, 8, 30))).toEqual({ fiscalYear: 2569, round: 2 });
    expect(roundOf(new Date(2026, 10, 25))).toEqual({ fiscalYear: 2570, round: 1 });
  });

  it('gives the dates of a round', () => {
    const { start, end } = roundDates(2569, 1);
    expect(formatThaiDate(start)).toBe('1 ต.ค. 2568');
    expect(formatThaiDate(end)).toBe('31 มี.ค. 2569');
    expect(roundLabel(2569, 2)).toBe('รอบที่ 2 ปีงบประมาณ 2569 (1 เม.ย. 2569 – 30 ก.ย. 2569)');
  });

  it.each([
    ['25/11/2569', [2026, 10, 25]],
    ['๒๕/๑๑/๒๕๖๙', [2026, 10, 25]],
    ['25 พ.ย. 2569', [2026, 10, 25]],
    ['๒๕ พฤศจิกายน ๒๕๖๙', [2026, 10, 25]],
    ['2569-11-25', [2026, 10, 25]],
    ['25/11/2026', [2026, 10, 25]],
  ])('reads %s', (text, [y, m, d]) => {
    expect(parseThaiDate(text)).toEqual(new Date(y!, m!, d!));
  });

  it.each(['31/02/2569', '25 foo 2569', 'yesterday', ''])('refuses %s', (text) => {
    expect(parseThaiDate(text)).toBeNull();
  });
});
