/**
 * Pages shaped differently from the hand-made corpus, as real agency systems draw them: a
 * competency named only by a bar above its table, supervisor grids whose id, name and position sit
 * in separate cells, DPIS rows with the appraisee's self-assessment column beside the evaluator's,
 * and never-saved forms with "0" in every level box. Each needs a rule of rules.ts.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { fill, scan } from '../../../extension/engine';
import type { Person } from '../../../shared/interchange/types';

afterEach(() => {
  document.body.replaceChildren();
});

const value = (sel: string) => (document.querySelector(sel) as HTMLInputElement).value;

describe('a competency named only by a bar above its table (HEADING_LINE)', () => {
  const table = (code: string) => `
    <table class="t"><tr><th>ระดับ</th><th>พฤติกรรมที่คาดหวัง</th><th>ประเมิน</th></tr>
    ${[1, 2, 3, 4, 5]
      .map(
        (l) =>
          `<tr><td>${l}</td><td>แสดงพฤติกรรมตามตัวอย่างที่กำหนดไว้ในระดับนี้อย่างสม่ำเสมอในการปฏิบัติงานประจำวันของตนและของหน่วยงาน</td><td><input type="radio" name="${code}" value="${l}"></td></tr>`,
      )
      .join('')}
    </table>`;
  const PAGE = `
    <div class="bar" style="background:#036;color:#fff">1. การมุ่งผลสัมฤทธิ์</div>${table('q1')}
    <div class="bar" style="background:#036;color:#fff">2. การบริการที่ดี</div>${table('q2')}`;

  test("each table is its bar's competency; the rows' numbers are the levels", () => {
    document.body.innerHTML = PAGE;
    expect(scan().fields.map((f) => [f.competency, f.control, f.label])).toEqual([
      ['ACH', 'radio', '1. การมุ่งผลสัมฤทธิ์'],
      ['SERV', 'radio', '2. การบริการที่ดี'],
    ]);
    const r = fill({ people: [{ id: 'P1', name: 'ก', competencies: { ACH: 3, SERV: 4 } }] });
    expect(r.filled.map((f) => [f.competency, f.to])).toEqual([
      ['ACH', '3'],
      ['SERV', '4'],
    ]);
    expect((document.querySelector('[name=q1]:checked') as HTMLInputElement).value).toBe('3');
    expect((document.querySelector('[name=q2]:checked') as HTMLInputElement).value).toBe('4');
  });

  test('a line of text that names no competency is no bar', () => {
    document.body.innerHTML = `<div>คำชี้แจง: เลือกระดับที่แสดงออก</div>${table('q1')}`;
    expect(scan().fields).toEqual([]);
  });
});

describe('supervisor grids: whom each row holds (ID_HEADER, NAME_HEADER, ID_TEXT)', () => {
  const head = `<tr><th rowspan="2">ลำดับ</th><th rowspan="2">รหัสพนักงาน</th><th rowspan="2">ชื่อ - สกุล</th><th rowspan="2">ตำแหน่ง</th><th colspan="2">ระดับที่ประเมิน</th></tr>
    <tr><th>การมุ่งผลสัมฤทธิ์</th><th>การทำงานเป็นทีม</th></tr>`;
  const row = (n: number, id: string, name: string) =>
    `<tr><td>${n}</td><td>${id}</td><td>${name}</td><td>นักวิชาการคอมพิวเตอร์ปฏิบัติการ</td>
     <td><input name="a${n}" size="2"></td><td><input name="t${n}" size="2"></td></tr>`;
  const people: Person[] = [
    { id: 'E0102', name: 'นางสาวสมศรี ใจดี', competencies: { ACH: 2, TW: 3 } },
    { id: 'E0107', name: 'นายสมชาย รักงาน', competencies: { ACH: 4, TW: 1 } },
  ];

  test('scan names each person by the id the row shows; each field the same string', () => {
    document.body.innerHTML = `<table>${head}${row(1, 'E0102', 'นางสาวสมศรี ใจดี')}${row(2, 'E0107', 'นาย สมชาย รักงาน')}</table>`;
    const s = scan();
    expect(s.evaluatees).toEqual(['E0102', 'E0107']);
    expect(s.fields.map((f) => [f.competency, f.evaluatee])).toEqual([
      ['ACH', 'E0102'],
      ['TW', 'E0102'],
      ['ACH', 'E0107'],
      ['TW', 'E0107'],
    ]);
    const r = fill({ people });
    expect(r.filled.map((f) => `${f.evaluatee}:${f.competency}=${f.to}`)).toEqual([
      'E0102:ACH=2',
      'E0102:TW=3',
      'E0107:ACH=4',
      'E0107:TW=1',
    ]);
  });

  test('without ids, by the name as the page writes it, not the whole row', () => {
    document.body.innerHTML = `<table><tr><th>ที่</th><th>ชื่อ-นามสกุล</th><th>ตำแหน่ง</th><th>การมุ่งผลสัมฤทธิ์</th><th>การทำงานเป็นทีม</th></tr>
      <tr><td>1</td><td>สมศรี ใจดี</td><td>นักจัดการงานทั่วไป</td><td><input size="2"></td><td><input size="2"></td></tr>
      <tr><td>2</td><td>ว่าที่ ร.ต. สมชาย รักงาน</td><td>เจ้าพนักงานธุรการ</td><td><input size="2"></td><td><input size="2"></td></tr></table>`;
    expect(scan().evaluatees).toEqual(['สมศรี ใจดี', 'ว่าที่ ร.ต. สมชาย รักงาน']);
  });

  test('a position number is not an id', () => {
    document.body.innerHTML = `<table><tr><th>เลขที่ตำแหน่ง</th><th>ชื่อ - สกุล</th><th>การมุ่งผลสัมฤทธิ์</th><th>การทำงานเป็นทีม</th></tr>
      <tr><td>1234</td><td>นางสาวสมศรี ใจดี</td><td><input size="2"></td><td><input size="2"></td></tr></table>`;
    expect(scan().evaluatees).toEqual(['นางสาวสมศรี ใจดี']);
  });
});

describe('DPIS part 2.2 with the self-assessment column (SELF_WORDS)', () => {
  const dpisRow = (n: number, name: string, self: string, evaluation: string) => `
    <tr class="table_body"><td align="center">${n}</td><td>&nbsp;<span style="cursor:hand">${name}</span></td>
      <td align="center"><span>3</span></td>
      <td align="center"><input name="SHOW_KC_SELF[${n}]" id="SHOW_KC_SELF${n}" value="${self}" size="5" maxlength="4" class="textbox" onKeyUp="return NumOnly_Limit(this,0,5,2);"></td>
      <td align="center"><input name="SHOW_KC_EVALUATE[${n}]" id="SHOW_KC_EVALUATE${n}" value="${evaluation}" size="5" maxlength="4" class="textbox" onKeyUp="total();"></td>
      <td align="center"><input type="text" name="SHOW_KC_WEIGHT[${n}]" size="2" value="20"></td>
      <td nowrap><textarea name="SHOW_KC_REMARK[${n}]" title="ระบุเหตุการณ์/พฤติกรรม"></textarea></td></tr>`;
  const page = (self: string, evaluation: string) => `
    <form name="form1"><table class="label_normal">
      <tr align="center" class="table_head"><td><strong>ลำดับ</strong></td><td>สมรรถนะ</td><td>ระดับ<br>ที่คาดหวัง</td>
        <td>ผลการประเมิน<br>ตนเอง</td><td>ผลการประเมิน<br>สมรรถนะ</td><td>น้ำหนัก</td><td>เหตุการณ์/พฤติกรรม</td></tr>
      ${dpisRow(1, 'การมุ่งผลสัมฤทธิ์', self, evaluation)}${dpisRow(2, 'การบริการที่ดี', self, evaluation)}
      <tr class="table_footer"><td colspan="4">รวม</td><td id="total">${evaluation}</td></tr>
    </table></form>
    <script>
      function NumOnly_Limit() { return true; }
      function total() {
        var s = 0;
        document.querySelectorAll('[name^=SHOW_KC_EVALUATE]').forEach(function (b) { s += Number(b.value) || 0; });
        document.getElementById('total').textContent = s.toFixed(2);
      }
    </script>`;
  const person: Person = { id: 'P1', name: 'ก', competencies: { ACH: 3, SERV: 2 } };

  let listening: ((e: Event) => void) | null = null;
  const load = (html: string) => {
    document.body.innerHTML = html;
    // happy-dom runs neither the page's script nor inline handlers: listen as onKeyUp="total();" does.
    if (listening) document.removeEventListener('keyup', listening);
    listening = (e) => {
      if (!(e.target as Element).matches('[name^=SHOW_KC_EVALUATE]')) return;
      let s = 0;
      for (const b of document.querySelectorAll<HTMLInputElement>('[name^=SHOW_KC_EVALUATE]'))
        s += Number(b.value) || 0;
      document.getElementById('total')!.textContent = s.toFixed(2);
    };
    document.addEventListener('keyup', listening);
  };

  test("the evaluator's column takes the level in the page's own format; the self column is left", () => {
    load(page('', ''));
    const s = scan();
    expect(
      s.fields.map((f) => [
        f.competency,
        f.selector.includes('SELF') ? 'self' : f.selector.includes('REMARK') ? 'remark' : 'eval',
        f.purpose ?? 'level',
      ]),
    ).toEqual([
      ['ACH', 'self', 'self'],
      ['ACH', 'eval', 'level'],
      ['SERV', 'self', 'self'],
      ['SERV', 'eval', 'level'],
      ['ACH', 'remark', 'evidence'],
      ['SERV', 'remark', 'evidence'],
    ]);
    const r = fill({ people: [person] });
    expect(r.filled.map((f) => [f.competency, f.to])).toEqual([
      ['ACH', '3'],
      ['SERV', '2'],
    ]);
    expect(r.skipped).toEqual([]);
    expect([value('#SHOW_KC_SELF1'), value('#SHOW_KC_SELF2')]).toEqual(['', '']);
  });

  test('a never-saved form ("0.00" everywhere): skipped as the form\'s default zero; fillZeros writes "3.00" and the page totals on keyup', () => {
    load(page('0.00', '0.00'));
    const first = fill({ people: [person] });
    expect(first.filled).toEqual([]);
    expect(first.skipped.map((s) => [s.competency, s.code, s.reason])).toEqual([
      ['ACH', 'default-zero', 'มีค่า 0 ซึ่งอาจเป็นค่าเริ่มต้นของแบบฟอร์ม'],
      ['SERV', 'default-zero', 'มีค่า 0 ซึ่งอาจเป็นค่าเริ่มต้นของแบบฟอร์ม'],
    ]);
    const r = fill({ people: [person], fillZeros: true });
    expect(r.filled.map((f) => [f.competency, f.from, f.to])).toEqual([
      ['ACH', '0.00', '3.00'],
      ['SERV', '0.00', '2.00'],
    ]);
    expect([value('#SHOW_KC_EVALUATE1'), value('#SHOW_KC_EVALUATE2')]).toEqual(['3.00', '2.00']);
    expect([value('#SHOW_KC_SELF1'), value('#SHOW_KC_SELF2')]).toEqual(['0.00', '0.00']);
    expect(document.getElementById('total')!.textContent).toBe('5.00');
    // A competency is never both filled and skipped.
    expect(r.skipped).toEqual([]);
  });

  test('a real value is never overwritten without overwrite, not even with fillZeros', () => {
    load(
      page('', '0.00').replace('id="SHOW_KC_EVALUATE2" value="0.00"', 'id="SHOW_KC_EVALUATE2" value="4.00"'),
    );
    const r = fill({ people: [person], fillZeros: true });
    // One box holds a level someone gave: the other's zero may be a level given too.
    expect(r.filled).toEqual([]);
    expect(r.skipped.map((s) => [s.competency, s.code])).toEqual([
      ['ACH', 'has-value'],
      ['SERV', 'has-value'],
    ]);
    expect(value('#SHOW_KC_EVALUATE2')).toBe('4.00');
  });
});

describe('a form with "0" in every level box (a university TOR system, never saved)', () => {
  const PAGE = `<table><tr><th>สมรรถนะ</th><th>ระดับที่คาดหวัง</th><th>ระดับที่ประเมิน</th></tr>
    ${[
      'การมุ่งผลสัมฤทธิ์',
      'การบริการที่ดี',
      'การสั่งสมความเชี่ยวชาญในงานอาชีพ',
      'การยึดมั่นในความถูกต้องชอบธรรม และจริยธรรม',
      'การทำงานเป็นทีม',
    ]
      .map((n, i) => `<tr><td>${n}</td><td>3</td><td><input id="l${i}" value="0" size="3"></td></tr>`)
      .join('')}</table>`;
  const person: Person = { id: 'T1', name: 'ก', competencies: { ACH: 3, SERV: 3, EXP: 2, ING: 4, TW: 3 } };

  test('says once per box why, with a code the panel offers to fill in one click', () => {
    document.body.innerHTML = PAGE;
    const r = fill({ people: [person] });
    expect(r.skipped.map((s) => s.code)).toEqual(Array(5).fill('default-zero'));
    expect(r.skipped.every((s) => !/มีค่าอยู่แล้ว/.test(s.reason))).toBe(true);
    const again = fill({ people: [person], fillZeros: true });
    expect(again.filled.map((f) => f.to)).toEqual(['3', '3', '2', '4', '3']);
  });

  test('a zero typed after the page loaded is a level given, not a default', () => {
    document.body.innerHTML = PAGE.replaceAll('value="0"', 'value=""');
    (document.getElementById('l0') as HTMLInputElement).value = '0';
    const r = fill({ people: [person], fillZeros: true });
    expect(r.skipped.map((s) => [s.competency, s.code])).toEqual([['ACH', 'has-value']]);
    expect(value('#l0')).toBe('0');
  });
});

describe("whom a one-person form is for (scan with the assessment's people)", () => {
  const people: Person[] = [
    { id: 'P001', name: 'นางสาวสมศรี ใจดี', competencies: { ACH: 2 } },
    { id: 'P002', name: 'นายสมชาย รักงาน', competencies: { ACH: 3 } },
  ];

  test('the person the form names anywhere, in a frame too', () => {
    document.body.innerHTML = '<p>ผู้ประเมิน: นายผู้บังคับบัญชา ใหญ่</p><iframe id="f"></iframe>';
    const doc = (document.getElementById('f') as HTMLIFrameElement).contentDocument!;
    doc.body.innerHTML = '<p>ชื่อผู้รับการประเมิน นาย สมชาย  รักงาน</p><label>การมุ่งผลสัมฤทธิ์ <input></label>';
    expect(scan().evaluatees).toEqual([]);
    const s = scan(document, { people });
    expect(s.evaluatees).toEqual(['P002']);
    expect(s.fields.map((f) => f.evaluatee)).toEqual(['P002']);
  });

  test('nobody when the form names nobody of them', () => {
    document.body.innerHTML = '<p>ชื่อผู้รับการประเมิน นางใครก็ได้ ไม่มีชื่อ</p><label>การมุ่งผลสัมฤทธิ์ <input></label>';
    expect(scan(document, { people }).evaluatees).toEqual([]);
  });
});
