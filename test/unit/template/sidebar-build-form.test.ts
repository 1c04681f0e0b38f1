/** The sidebar's build form as options: weights and year checked, people read, problems listed. */
import { describe, expect, it } from 'vitest';
import { type BuildForm, buildRequest } from '../../../apps-script/sidebar/build/form';

const form: BuildForm = { set: 'ocsc', method: 'gap', fiscalYear: '2569', round: 2, achievementWeight: '60' };

describe('buildRequest', () => {
  it('makes the options: weights that make 100, the round, the people read', () => {
    const r = buildRequest(form, {
      input: 'id,name,positionLevel,ACH,SERV,EXP,ING,TW\nP1,สมศรี,K2,1,2,3,2,1\n',
      name: 'x.csv',
    });
    expect(r.ok && r.options).toMatchObject({
      set: 'ocsc',
      method: 'gap',
      weights: { achievement: 60, competency: 40 },
      round: { fiscalYear: 2569, round: 2 },
      people: [{ id: 'P1', name: 'สมศรี' }],
    });
    expect(buildRequest(form, null)).toMatchObject({ ok: true, options: { people: [] } });
  });

  it('refuses a weight or a year that is not one, and lists every problem of the people', () => {
    expect(buildRequest({ ...form, achievementWeight: '101' }, null)).toMatchObject({
      ok: false,
      status: 'น้ำหนักผลสัมฤทธิ์ต้องเป็นตัวเลข 0–100',
    });
    expect(buildRequest({ ...form, fiscalYear: '2026x' }, null)).toMatchObject({ ok: false });
    const bad = buildRequest(form, {
      input: 'id,name,positionLevel,ACH,SERV,EXP,ING,TW\nP1,สมศรี,K2,9,2,3,2,1\n',
      name: 'x.csv',
    });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.length).toBeGreaterThan(0);
  });
});
