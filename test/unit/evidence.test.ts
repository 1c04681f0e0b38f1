import { describe, expect, it } from 'vitest';
import { getLevel } from '../../shared/dictionary';
import { indicatorsIn, indicatorsUpTo, toggleIndicator } from '../../shared/dictionary/indicators';
import { draftPlan, goalText } from '../../shared/rules/plan';

describe('indicators up to a level', () => {
  it('are cumulative, lowest level first, labelled with set, competency, level and title', () => {
    const list = indicatorsUpTo('ocsc', 'TW', 3);
    expect([...new Set(list.map((i) => i.level))]).toEqual([1, 2, 3]);
    const l2 = getLevel('ocsc', 'TW', 2)!;
    expect(list.filter((i) => i.level === 2)).toEqual(
      l2.indicators.map((text) => ({ set: 'ocsc', competency: 'TW', level: 2, title: l2.title, text })),
    );
    expect(indicatorsUpTo('bma', 'ACH', 0)).toEqual([]);
  });
});

describe('composing evidence by ticking indicators', () => {
  it('ticking appends a line, unticking removes only that line, the evaluator’s words stay', () => {
    let t = toggleIndicator('', 'ก', true);
    expect(t).toBe('ก');
    t = toggleIndicator(`${t}\nเขียนเอง: ส่งงานก่อนกำหนด\n\n`, 'ข', true);
    expect(t).toBe('ก\nเขียนเอง: ส่งงานก่อนกำหนด\nข');
    expect(toggleIndicator(t, 'ข', true)).toBe(t);
    expect(indicatorsIn(t, ['ก', 'ข', 'ค'])).toEqual(new Set(['ก', 'ข']));
    t = toggleIndicator(t, 'ก', false);
    expect(t).toBe('เขียนเอง: ส่งงานก่อนกำหนด\nข');
    expect(toggleIndicator(t, 'ค', false)).toBe(t);
  });
});

describe('draft plan', () => {
  const person = {
    id: 'A',
    name: 'ก',
    positionLevel: 'ชำนาญการ',
    competencies: { ACH: 1, SERV: 2, EXP: 3 },
    expected: { SERV: 3 },
    plan: [{ competency: 'SERV' as const, method: 'อบรม' }],
  };
  it('one row per competency below expectation (own expected levels override the table)', () => {
    const rows = draftPlan(person, { set: 'bma', method: 'gap' });
    expect(rows.map((r) => [r.competency, r.displayed, r.expected])).toEqual([
      ['ACH', 1, 2],
      ['SERV', 2, 3],
    ]);
    expect(rows[1]).toMatchObject({ method: 'อบรม', period: '', measure: '' });
    expect(rows[0]!.goal).toEqual({ level: 2, ...pickLevel('bma', 'ACH', 2) });
    expect(draftPlan(person, { set: 'bma', method: 'rating' })).toEqual([]);
  });
  it('the goal as one text: level and title, then each indicator', () => {
    const goal = draftPlan(person, { set: 'bma', method: 'gap' })[0]!.goal;
    expect(goalText(goal).split('\n')).toEqual([
      `ระดับ 2 ${goal.title}`,
      ...goal.indicators.map((i) => `- ${i}`),
    ]);
  });
});

function pickLevel(set: 'bma' | 'ocsc', code: 'ACH', level: number) {
  const l = getLevel(set, code, level)!;
  return { title: l.title, indicators: l.indicators };
}
