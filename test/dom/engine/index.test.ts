import { afterEach, describe, expect, test } from 'vitest';
import { FillInputError, fill, scan } from '../../../extension/engine';
import type { Person } from '../../../shared/interchange/types';

afterEach(() => {
  document.body.replaceChildren();
});

const somsri: Person = {
  id: 'P001',
  name: 'นางสาวสมศรี ใจดี',
  positionType: 'วิชาการ',
  positionLevel: 'ชำนาญการ',
  competencies: { ACH: 2, SERV: 3, EXP: 1, ING: 0, TW: 2 },
};
const somchai: Person = {
  id: 'P002',
  name: 'นายสมชาย รักงาน',
  competencies: { ACH: 1, SERV: 1, EXP: 1, ING: 1, TW: 1 },
};

const SINGLE = `<h2>แบบประเมิน</h2>
  ${['การมุ่งผลสัมฤทธิ์', 'การบริการที่ดี', 'การสั่งสมความเชี่ยวชาญในงานอาชีพ', 'คุณธรรมจริยธรรม', 'การทำงานเป็นทีม']
    .map((n, i) => `<label>${n} <input id="c${i}"></label>`)
    .join('')}`;
const values = () => Array.from(document.querySelectorAll<HTMLInputElement>('input')).map((i) => i.value);

describe('scan', () => {
  test('lists the fields and the people a grid names', () => {
    document.body.innerHTML = `<table>
      <tr><th>ชื่อ</th><th>มุ่งผลสัมฤทธิ์</th><th>คะแนน บริการที่ดี</th></tr>
      <tr><td>นางสาว สมศรี ใจดี</td><td><input></td><td><input></td></tr>
      <tr><td>นาย สมชาย  รักงาน</td><td><input></td><td><input></td></tr></table>`;
    const r = scan();
    expect(r.evaluatees).toEqual(['นางสาว สมศรี ใจดี', 'นาย สมชาย รักงาน']);
    expect(r.fields[1]).toMatchObject({
      competency: 'SERV',
      control: 'text',
      valueKind: 'points',
      evaluatee: 'นางสาว สมศรี ใจดี',
    });
    expect(r.fields[0]!.selector).toBe(
      'html > body > table > tbody > tr:nth-of-type(2) > td:nth-of-type(2) > input',
    );
  });
});

describe('scan reports what each field shows now', () => {
  test('as fill reports it: a level as digits, empty when nothing is chosen', () => {
    document.body.innerHTML = `
      <label>การมุ่งผลสัมฤทธิ์ <select><option value="">-- เลือก --</option><option value="a">ระดับ 3</option><option value="b">ระดับ 4</option></select></label>
      <label>การบริการที่ดี <select><option value="">-- เลือก --</option><option>ระดับ 1</option></select></label>
      <label>การสั่งสมความเชี่ยวชาญในงานอาชีพ <input value="๓" size="2"></label>
      <fieldset><legend>คุณธรรมจริยธรรม</legend><label><input type="radio" name="i" value="x1"> ระดับ 1</label><label><input type="radio" name="i" value="x2" checked> ระดับ 2</label></fieldset>
      <fieldset><legend>การทำงานเป็นทีม</legend><label><input type="checkbox" checked> ระดับ 1</label><label><input type="checkbox" checked> ระดับ 2</label><label><input type="checkbox"> ระดับ 3</label></fieldset>`;
    document.querySelector('select')!.selectedIndex = 2; // a person chose ระดับ 4
    expect(scan().fields.map((f) => [f.competency, f.value])).toEqual([
      ['ACH', '4'],
      ['SERV', ''],
      ['EXP', '๓'],
      ['ING', '2'],
      ['TW', '2'],
    ]);
  });
});

describe('fill', () => {
  test('one person: fields matched by their labels; the report names the person by id', () => {
    document.body.innerHTML = SINGLE;
    const r = fill({ people: [somsri] });
    expect(values()).toEqual(['2', '3', '1', '0', '2']);
    expect(r.filled[0]).toEqual({ competency: 'ACH', evaluatee: 'P001', from: '', to: '2' });
    expect(r.skipped).toEqual([]);
    expect(r.missing).toEqual([]);
  });

  test('several people and a form that names nobody: the person the page names, else nothing', () => {
    document.body.innerHTML = `<p>ผู้รับการประเมิน: นาย สมชาย รักงาน</p>${SINGLE}`;
    fill({ people: [somsri, somchai] });
    expect(values()).toEqual(['1', '1', '1', '1', '1']);
    document.body.innerHTML = SINGLE;
    const r = fill({ people: [somsri, somchai] });
    expect(values()).toEqual(['', '', '', '', '']);
    expect(r.skipped).toHaveLength(5);
    expect(r.skipped[0]!.reason).toMatch(/^ไม่รู้ว่า/);
    expect(r.missing).toHaveLength(10);
  });

  test('a form for someone else is left alone', () => {
    document.body.innerHTML = `<fieldset><legend>ผู้รับการประเมิน: นาย คนอื่น มาแทน</legend>${SINGLE}</fieldset>`;
    const r = fill({ people: [somsri] });
    expect(values()).toEqual(['', '', '', '', '']);
    expect(r.missing).toHaveLength(5);
  });

  test('points: the person’s own expected level, else the page’s, else the position table', () => {
    const row = (name: string, shown: string) => `<tr><td>${name}</td><td>${shown}</td><td><input></td></tr>`;
    document.body.innerHTML = `<table><tr><th>สมรรถนะ</th><th>ระดับที่คาดหวัง</th><th>คะแนน</th></tr>
      ${row('การมุ่งผลสัมฤทธิ์', '1')}${row('การบริการที่ดี', '-')}${row('การสั่งสมความเชี่ยวชาญในงานอาชีพ', '3')}</table>`;
    const p: Person = { ...somsri, expected: { EXP: 1 } };
    fill({ people: [p] });
    // ACH 2 vs page 1 → 3; SERV 3 vs table 2 → 3; EXP 1 vs own 1 → 3 (the page's 3 would give 1)
    expect(values()).toEqual(['3', '3', '3']);
    document.body.innerHTML = `<table><tr><th>สมรรถนะ</th><th>ระดับที่คาดหวัง</th><th>คะแนน</th></tr>${row('การสั่งสมความเชี่ยวชาญในงานอาชีพ', '3')}</table>`;
    fill({ people: [somsri] });
    expect(values()).toEqual(['1']);
  });

  test('points by method: rating is the value itself; bma-points caps at 5; no expected level, no points', () => {
    document.body.innerHTML = '<label>คะแนน การมุ่งผลสัมฤทธิ์ <input></label>';
    fill({ people: [{ ...somsri, competencies: { ACH: 4 } }], method: 'rating' });
    expect(values()).toEqual(['4']);
    document.body.innerHTML = '<label>คะแนน การมุ่งผลสัมฤทธิ์ <input></label>';
    fill({ people: [{ ...somsri, competencies: { ACH: 5 } }], method: 'bma-points' });
    expect(values()).toEqual(['5']);
    document.body.innerHTML = '<label>คะแนน การมุ่งผลสัมฤทธิ์ <input></label>';
    const r = fill({ people: [{ id: 'X', name: 'x', competencies: { ACH: 2 } }] });
    expect(values()).toEqual(['']);
    expect(r.skipped[0]!.reason).toMatch(/^ไม่ทราบระดับที่คาดหวัง/);
  });

  test('values outside the method’s range are refused per field', () => {
    document.body.innerHTML = SINGLE;
    const r = fill({ people: [{ ...somsri, competencies: { ACH: 9, SERV: 0 } }], method: 'rating' });
    expect(values()).toEqual(['', '', '', '', '']);
    expect(r.skipped.map((s) => s.reason.split(' (')[0])).toEqual([
      'ค่า 9 อยู่นอกช่วง 1–5',
      'ค่า 0 อยู่นอกช่วง 1–5',
      ...Array(3).fill('ไม่มีค่าของสมรรถนะนี้ในข้อมูล'),
    ]);
  });

  test('bad input: a Thai-first error listing every problem, and nothing touched', () => {
    document.body.innerHTML = SINGLE;
    let error: unknown;
    try {
      fill({
        people: [
          { id: 'A', name: 'a', competencies: { ACH: 2.5, XYZ: 1 } } as unknown as Person,
          null as unknown as Person,
        ],
        set: 'tokyo',
        method: 'vibes',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FillInputError);
    const problems = (error as FillInputError).problems.map((p) => p.where);
    expect(problems).toEqual([
      'set',
      'method',
      'people[0].competencies.ACH',
      'people[0].competencies',
      'people[1]',
    ]);
    expect((error as Error).message).toMatch(/^ข้อมูลสำหรับกรอกแบบฟอร์มไม่ถูกต้อง/);
    expect(values()).toEqual(['', '', '', '', '']);
  });

  test('nothing is clicked but the controls themselves; no form is submitted', () => {
    document.body.innerHTML = `<form id="f">${SINGLE}<button id="b">บันทึก</button></form>`;
    const seen: string[] = [];
    document.addEventListener('submit', () => seen.push('submit'), true);
    document.getElementById('b')!.addEventListener('click', () => seen.push('button'));
    fill({ people: [somsri] });
    expect(seen).toEqual([]);
  });
});

describe('fill across frames', () => {
  test('a form in a frame that names nobody per field: the person its own document names', () => {
    document.body.innerHTML = '<p>รายชื่อ: นางสาวสมศรี ใจดี, นายสมชาย รักงาน</p><iframe id="f"></iframe>';
    const doc = (document.getElementById('f') as HTMLIFrameElement).contentDocument!;
    doc.body.innerHTML = `<p>ผู้รับการประเมิน: นาย สมชาย รักงาน</p><label>การมุ่งผลสัมฤทธิ์ <input id="x"></label>`;
    const r = fill({ people: [somsri, somchai] });
    expect((doc.getElementById('x') as HTMLInputElement).value).toBe('1');
    expect(r.filled).toEqual([{ competency: 'ACH', evaluatee: 'P002', from: '', to: '1' }]);
  });
});
