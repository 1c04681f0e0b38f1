/**
 * Text areas beside the levels (EVIDENCE_WORDS, PLAN_WORDS, PLAN_PARTS): the evidence written for a
 * competency, the appraisee's self-assessment (only when asked), and the rows of a development plan —
 * in DPIS's shapes (part 2.2's rows, part 4's one-row entry form with its list of saved rows) and
 * in a plan table with a row per competency. Same rules as levels: nothing over a value without
 * overwrite, exact undo, nothing for text areas that are not ours.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { fill, scan, undo } from '../../../extension/engine';
import type { Person } from '../../../shared/interchange/types';

afterEach(() => {
  document.body.replaceChildren();
});

const value = (sel: string) => (document.querySelector(sel) as HTMLInputElement | HTMLTextAreaElement).value;

const row = (n: number, name: string, remark = '', self = '') => `
  <tr><td>${n}</td><td>${name}</td><td>1</td>
    <td><input name="SHOW_KC_SELF[${n}]" id="SHOW_KC_SELF${n}" value="${self}" size="5" maxlength="4"></td>
    <td><input name="SHOW_KC_EVALUATE[${n}]" id="SHOW_KC_EVALUATE${n}" value="" size="5" maxlength="4"></td>
    <td><textarea name="SHOW_KC_REMARK[${n}]" id="r${n}" title="ระบุเหตุการณ์/พฤติกรรม">${remark}</textarea></td></tr>`;
const dpis = (rows: string) => `
  <form name="form1"><table>
    <tr><td>ลำดับ</td><td>สมรรถนะ</td><td>ระดับ<br>ที่คาดหวัง</td><td>ผลการประเมิน<br>ตนเอง</td>
      <td>ผลการประเมิน<br>สมรรถนะ</td><td>เหตุการณ์/พฤติกรรม</td></tr>
    ${rows}
  </table>
  <p>ความเห็นของผู้บังคับบัญชา<br><textarea id="comment" name="comment"></textarea></p></form>`;

const person: Person = {
  id: 'P1',
  name: 'นายก',
  competencies: { ACH: 3, SERV: 2 },
  self: { ACH: 4, SERV: 2 },
  evidence: { ACH: 'ติดตามงาน\nทุกสัปดาห์', SERV: 'ตอบคำถามผู้รับบริการ' },
};

describe('evidence beside each competency (DPIS SHOW_KC_REMARK)', () => {
  test('scan names each box for its row, a comment box is not ours', () => {
    document.body.innerHTML = dpis(row(1, 'การมุ่งผลสัมฤทธิ์') + row(2, 'การบริการที่ดี'));
    const evidence = scan().fields.filter((f) => f.purpose === 'evidence');
    expect(evidence.map((f) => [f.competency, f.control, f.selector])).toEqual([
      ['ACH', 'textarea', '#r1'],
      ['SERV', 'textarea', '#r2'],
    ]);
  });

  test('fills the text with its line breaks, reports it as evidence; undo puts back exactly what was there', () => {
    document.body.innerHTML = dpis(row(1, 'การมุ่งผลสัมฤทธิ์') + row(2, 'การบริการที่ดี'));
    const r = fill({ people: [person] });
    expect(r.filled.filter((f) => f.purpose === 'evidence')).toEqual([
      { competency: 'ACH', evaluatee: 'P1', purpose: 'evidence', from: '', to: 'ติดตามงาน\nทุกสัปดาห์' },
      { competency: 'SERV', evaluatee: 'P1', purpose: 'evidence', from: '', to: 'ตอบคำถามผู้รับบริการ' },
    ]);
    expect(value('#r1')).toBe('ติดตามงาน\nทุกสัปดาห์');
    expect(value('#comment')).toBe('');
    expect(undo(JSON.parse(JSON.stringify(r))).restored).toBe(r.undo.length);
    expect([value('#r1'), value('#r2'), value('#SHOW_KC_EVALUATE1')]).toEqual(['', '', '']);
  });

  test('a box holding a text is left without overwrite, replaced with it; the same text is "already there"', () => {
    document.body.innerHTML = dpis(
      row(1, 'การมุ่งผลสัมฤทธิ์', 'เขียนไว้เอง') + row(2, 'การบริการที่ดี', 'ตอบคำถามผู้รับบริการ'),
    );
    const r = fill({ people: [person] });
    expect(
      r.skipped.filter((s) => s.purpose === 'evidence').map((s) => [s.competency, s.code, s.reason]),
    ).toEqual([
      ['ACH', 'has-value', 'มีค่าอยู่แล้ว: เขียนไว้เอง'],
      ['SERV', 'same', 'มีค่านี้อยู่แล้ว'],
    ]);
    expect(value('#r1')).toBe('เขียนไว้เอง');
    undo(r);
    const o = fill({ people: [person], overwrite: true });
    expect(o.filled.find((f) => f.purpose === 'evidence')).toMatchObject({ from: 'เขียนไว้เอง' });
    expect(value('#r1')).toBe('ติดตามงาน\nทุกสัปดาห์');
    undo(o);
    expect(value('#r1')).toBe('เขียนไว้เอง');
  });

  test('a text longer than the box takes is not cut; a person without evidence leaves the boxes unreported', () => {
    document.body.innerHTML = dpis(row(1, 'การมุ่งผลสัมฤทธิ์'));
    document.querySelector('#r1')!.setAttribute('maxlength', '5');
    const r = fill({ people: [person] });
    expect(r.skipped.find((s) => s.purpose === 'evidence')).toMatchObject({ code: 'too-long' });
    expect(value('#r1')).toBe('');
    const { evidence: _e, ...plain } = person;
    const p = fill({ people: [plain] });
    expect([...p.filled, ...p.skipped, ...p.missing].some((e) => e.purpose)).toBe(false);
  });

  test('where the page has evidence boxes, an evidence text without one is reported missing; where it has none, not', () => {
    document.body.innerHTML = dpis(row(1, 'การมุ่งผลสัมฤทธิ์'));
    const r = fill({ people: [person] });
    expect(r.missing).toEqual([
      { competency: 'SERV', evaluatee: 'P1' },
      { competency: 'SERV', evaluatee: 'P1', purpose: 'evidence' },
    ]);
    document.body.innerHTML = '<label>การมุ่งผลสัมฤทธิ์ <input id="a"></label>';
    expect(fill({ people: [person] }).missing).toEqual([{ competency: 'SERV', evaluatee: 'P1' }]);
  });

  test('a column header says it: "หลักฐาน" over a text area in a competency row', () => {
    document.body.innerHTML = `<table><tr><th>สมรรถนะ</th><th>ระดับ</th><th>หลักฐาน / ตัวอย่างพฤติกรรม</th></tr>
      <tr><td>การทำงานเป็นทีม</td><td><input id="l"></td><td><textarea id="e"></textarea></td></tr></table>`;
    const r = fill({
      people: [{ id: 'P9', name: 'ข', competencies: { TW: 2 }, evidence: { TW: 'ช่วยเพื่อน' } }],
    });
    expect(r.filled.map((f) => [f.competency, f.purpose ?? 'level', f.to])).toEqual([
      ['TW', 'level', '2'],
      ['TW', 'evidence', 'ช่วยเพื่อน'],
    ]);
  });
});

describe('the self-assessment column (SHOW_KC_SELF): only when asked', () => {
  test("without fillSelf it is never touched; with it, the person's own levels in the page's format, undone exactly", () => {
    document.body.innerHTML = dpis(row(1, 'การมุ่งผลสัมฤทธิ์', '', '2.00') + row(2, 'การบริการที่ดี', '', '2.00'));
    const plain = fill({ people: [person], overwrite: true });
    expect([...plain.filled, ...plain.skipped].some((e) => e.purpose === 'self')).toBe(false);
    expect(value('#SHOW_KC_SELF1')).toBe('2.00');
    undo(plain);
    const r = fill({ people: [person], fillSelf: true, overwrite: true });
    expect(r.filled.filter((f) => f.purpose === 'self')).toEqual([
      { competency: 'ACH', evaluatee: 'P1', purpose: 'self', from: '2.00', to: '4.00' },
    ]);
    expect(r.skipped.filter((f) => f.purpose === 'self')).toEqual([
      { competency: 'SERV', evaluatee: 'P1', purpose: 'self', reason: 'มีค่านี้อยู่แล้ว', code: 'same' },
    ]);
    expect(value('#SHOW_KC_EVALUATE1')).toBe('3');
    undo(r);
    expect([value('#SHOW_KC_SELF1'), value('#SHOW_KC_SELF2'), value('#SHOW_KC_EVALUATE1')]).toEqual([
      '2.00',
      '2.00',
      '',
    ]);
  });

  test('fillSelf without self data changes nothing there; a bad fillSelf is refused before the page is touched', () => {
    document.body.innerHTML = dpis(row(1, 'การมุ่งผลสัมฤทธิ์'));
    const { self: _s, ...noSelf } = person;
    const r = fill({ people: [noSelf], fillSelf: true });
    expect(r.filled.some((f) => f.purpose === 'self')).toBe(false);
    expect(() => fill({ people: [person], fillSelf: 'yes' as unknown as boolean })).toThrow(/fillSelf/);
    // The person's texts are checked as the rest of the input: a number is no evidence, a plan row names its competency.
    const bad = { ...person, evidence: { ACH: 5 }, plan: [{ goal: 'x' }] } as unknown as Person;
    expect(() => fill({ people: [bad] })).toThrow(/evidence\.ACH[\s\S]*plan\[0\]/);
    expect(value('#SHOW_KC_EVALUATE1')).toBe('3');
  });
});

/** DPIS part 4 as its page draws it: one entry form, then the list of the rows saved so far. */
const part4 = (saved: string[], goal = '') => `
  <div>ส่วนที่ 4. แผนพัฒนาผลการปฏิบัติงานรายบุคคล</div>
  <form name="form1"><table>
    <tr><td>ลำดับที่ :</td><td><input name="DEVELOP_SEQ" value="${saved.length + 1}" readonly></td></tr>
    <tr><td>* ความรู้ ทักษะ สมรรถนะ<br>ที่ต้องได้รับการพัฒนา :</td><td><textarea name="DEVELOP_COMPETENCE">${goal}</textarea></td></tr>
    <tr><td>วิธีการพัฒนา :</td><td><textarea name="DEVELOP_METHOD"></textarea></td></tr>
    <tr><td>ช่วงเวลาที่ต้องการพัฒนา :</td><td><textarea name="DEVELOP_INTERVAL"></textarea></td></tr>
    <tr><td>วิธีการวัดผลในการพัฒนา :</td><td><textarea name="DEVELOP_EVALUATE"></textarea></td></tr>
    <tr><td colspan="2"><input name="Submit2" type="submit" value="เพิ่มข้อมูล"></td></tr>
  </table>
  ${
    saved.length
      ? `<table><tr><td>ความรู้ ทักษะ สมรรถนะ<br>ที่ต้องได้รับการพัฒนา</td><td>วิธีการพัฒนา</td><td>ช่วงเวลาที่ต้องการพัฒนา</td></tr>
        ${saved.map((g) => `<tr><td>&nbsp;${g}</td><td>&nbsp;อบรม</td><td>&nbsp;2569</td></tr>`).join('')}</table>`
      : ''
  }</form>`;

const planned: Person = {
  id: 'P2',
  name: 'นางข',
  competencies: { EXP: 1, TW: 1 },
  plan: [
    {
      competency: 'EXP',
      goal: 'ความเชี่ยวชาญ ระดับ 2',
      method: 'อบรม',
      period: 'เม.ย.–ก.ย. 2569',
      measure: 'สอบ',
    },
    { competency: 'TW', goal: 'การทำงานเป็นทีม ระดับ 2', method: 'ทำงานกลุ่ม' },
  ],
};
const plan = (name: string) => value(`[name=${name}]`);

describe('DPIS part 4: one plan row at a time', () => {
  test('the first row goes into the four boxes; the next waits for the row to be saved', () => {
    document.body.innerHTML = part4([]);
    const r = fill({ people: [planned] });
    expect(r.filled.map((f) => [f.competency, f.part, f.to])).toEqual([
      ['EXP', 'goal', 'ความเชี่ยวชาญ ระดับ 2'],
      ['EXP', 'method', 'อบรม'],
      ['EXP', 'period', 'เม.ย.–ก.ย. 2569'],
      ['EXP', 'measure', 'สอบ'],
    ]);
    expect(r.skipped).toEqual([
      expect.objectContaining({ competency: 'TW', purpose: 'plan', code: 'next-row' }),
    ]);
    expect(plan('DEVELOP_SEQ')).toBe('1');
    undo(r);
    expect(
      ['DEVELOP_COMPETENCE', 'DEVELOP_METHOD', 'DEVELOP_INTERVAL', 'DEVELOP_EVALUATE'].map(plan),
    ).toEqual(['', '', '', '']);
  });

  test('after the first row is saved (listed below the form), the next row is filled; the saved one is said so', () => {
    document.body.innerHTML = part4(['ความเชี่ยวชาญ ระดับ 2']);
    const r = fill({ people: [planned] });
    expect(r.filled.map((f) => [f.competency, f.part])).toEqual([
      ['TW', 'goal'],
      ['TW', 'method'],
    ]);
    expect(plan('DEVELOP_INTERVAL')).toBe('');
    expect(r.skipped).toEqual([
      expect.objectContaining({ competency: 'EXP', purpose: 'plan', code: 'same' }),
    ]);
    const s = scan(document, { people: [planned] });
    expect(s.fields.filter((f) => f.purpose === 'plan').map((f) => [f.competency, f.part])).toEqual([
      ['TW', 'goal'],
      ['TW', 'method'],
      ['TW', 'period'],
      ['TW', 'measure'],
    ]);
    // Without the people, which row the boxes take cannot be told.
    expect(scan().fields.filter((f) => f.purpose === 'plan')).toEqual([]);
  });

  test('a saved row opened for editing (its goal in the box) keeps its row; without overwrite the goal is the same', () => {
    document.body.innerHTML = part4(['ความเชี่ยวชาญ ระดับ 2'], 'ความเชี่ยวชาญ ระดับ 2');
    const r = fill({ people: [planned] });
    expect(r.filled.map((f) => [f.competency, f.part])).toEqual([
      ['EXP', 'method'],
      ['EXP', 'period'],
      ['EXP', 'measure'],
    ]);
    expect(r.skipped.map((s) => [s.competency, s.part, s.code])).toEqual([
      ['EXP', 'goal', 'same'],
      ['TW', undefined, 'next-row'],
    ]);
  });
});

describe('DPIS part 4: plan entries written without a goal', () => {
  // A plan from the template or a CSV often has only method and period: the goal is a formula there.
  const noGoals: Person = {
    id: 'P3',
    name: 'นางค',
    positionType: 'วิชาการ',
    positionLevel: 'ชำนาญการ',
    competencies: { ACH: 2, SERV: 2, EXP: 1, ING: 2, TW: 1 },
    plan: [
      { competency: 'EXP', method: 'อบรม', period: '2569' },
      { competency: 'TW', method: 'ทำงานกลุ่ม' },
    ],
  };

  test('the required goal box gets the competency and its expected level, so the row can be saved and found again', () => {
    document.body.innerHTML = part4([]);
    const first = fill({ people: [noGoals] });
    const goal = plan('DEVELOP_COMPETENCE');
    expect(goal).toMatch(/^การสั่งสมความเชี่ยวชาญในงานอาชีพ ระดับ 2 \S/);
    expect(first.filled.map((f) => [f.competency, f.part])).toEqual([
      ['EXP', 'goal'],
      ['EXP', 'method'],
      ['EXP', 'period'],
    ]);
    // Once the page lists that row as saved, the next fill takes the next entry.
    document.body.innerHTML = part4([goal]);
    const next = fill({ people: [noGoals] });
    expect(next.filled.map((f) => [f.competency, f.part])).toEqual([
      ['TW', 'goal'],
      ['TW', 'method'],
    ]);
    expect(plan('DEVELOP_COMPETENCE')).toMatch(/^ความร่วมแรงร่วมใจ ระดับ 2 \S/);
  });
});

describe('a plan table with a row per competency', () => {
  test('each row takes the entry of its competency; an entry without a row is missing', () => {
    document.body.innerHTML = `<h3>แผนพัฒนารายบุคคล (IDP)</h3><table>
      <tr><th>สมรรถนะที่ต้องพัฒนา</th><th>วิธีการพัฒนา</th><th>ระยะเวลา</th><th>การวัดผล</th></tr>
      <tr><td>การสั่งสมความเชี่ยวชาญในงานอาชีพ</td><td><textarea id="m"></textarea></td><td><textarea id="p"></textarea></td><td><textarea id="e"></textarea></td></tr>
    </table>`;
    const r = fill({ people: [planned] });
    expect(r.filled.map((f) => [f.competency, f.part, f.to])).toEqual([
      ['EXP', 'method', 'อบรม'],
      ['EXP', 'period', 'เม.ย.–ก.ย. 2569'],
      ['EXP', 'measure', 'สอบ'],
    ]);
    expect(r.missing.filter((m) => m.purpose === 'plan')).toEqual([
      { competency: 'TW', evaluatee: 'P2', purpose: 'plan' },
    ]);
  });
});
