import { afterEach, describe, expect, test } from 'vitest';
import { Collector } from '../../../extension/engine/collect';
import { classify, competencyIn, expectedOnPage, valueKindOf } from '../../../extension/engine/match';

afterEach(() => {
  document.body.replaceChildren();
});

function fields() {
  const col = new Collector();
  return { col, fields: classify(col.collect(document), col) };
}

describe('competencyIn', () => {
  test('labels in OCSC, seed and BMA wording, with numbering and extra words', () => {
    expect(competencyIn('1. การมุ่งผลสัมฤทธิ์ (Achievement)')).toBe('ACH');
    expect(competencyIn('คุณธรรมจริยธรรม')).toBe('ING');
    expect(competencyIn('การส่งเสริมความเชี่ยวชาญในงานอาชีพ')).toBe('EXP');
    expect(competencyIn('ความร่วมแรงร่วมใจ')).toBe('TW');
    expect(competencyIn('TW')).toBe('TW');
  });

  test('never by a DPIS number', () => {
    expect(competencyIn('101')).toBeNull();
    expect(competencyIn('COMPETENCE_101')).toBeNull();
  });

  test('in a paragraph, the name written first counts', () => {
    const text =
      'การมุ่งผลสัมฤทธิ์ หมายถึง ความมุ่งมั่นจะปฏิบัติราชการให้ดี เพื่อให้เกิดความเชี่ยวชาญในงานอาชีพ และการบริการที่ดีแก่ประชาชนผู้รับบริการทุกคน';
    expect(text.length).toBeGreaterThan(80);
    expect(competencyIn(text)).toBe('ACH');
  });
});

describe('classify', () => {
  test('a row per competency with a radio per level: the row names it, the header the level', () => {
    document.body.innerHTML = `<table>
      <tr><th>สมรรถนะ</th><th>๑</th><th>๒</th><th>๓</th></tr>
      <tr><td>คุณธรรมจริยธรรม</td><td><input type="radio" name="COMPETENCE_103" value="x"></td><td><input type="radio" name="COMPETENCE_103" value="y"></td><td><input type="radio" name="COMPETENCE_103" value="z"></td></tr>
    </table>`;
    const [f] = fields().fields;
    expect(f).toMatchObject({
      controlKind: 'radio',
      competency: 'ING',
      source: 'row',
      valueKind: 'level',
      choiceLevels: [1, 2, 3],
    });
    expect(f!.els).toHaveLength(3);
    expect(f!.personTexts).toEqual([]);
  });

  test('a level per row: each radio takes its level from its own row', () => {
    document.body.innerHTML = `<h3>สมรรถนะที่ ๓ การสั่งสมความเชี่ยวชาญในงานอาชีพ</h3><table>
      <tr><td><input type="radio" name="exp" value="q"></td><td>ระดับ ๑ ศึกษาหาความรู้ สนใจเทคโนโลยีและองค์ความรู้ใหม่ๆ</td></tr>
      <tr><td><input type="radio" name="exp" value="r"></td><td>ระดับ ๒ รอบรู้เท่าทันเหตุการณ์และเทคโนโลยีใหม่ๆ อยู่เสมอ</td></tr>
      <tr><td><input type="radio" name="exp" value="s"></td><td>นำความรู้ วิทยาการ หรือเทคโนโลยีใหม่ๆ ที่ได้ศึกษามาปรับใช้กับการทำงาน</td></tr>
    </table>`;
    expect(fields().fields).toEqual([
      expect.objectContaining({ competency: 'EXP', source: 'heading', choiceLevels: [1, 2, 3] }),
    ]);
  });

  test('radios with no words anywhere fall back to their values; a DPIS name alone names nothing', () => {
    document.body.innerHTML =
      '<input type="radio" name="COMPETENCE_101" value="1"><input type="radio" name="COMPETENCE_101" value="2">';
    expect(fields().fields).toEqual([]);
  });

  test('a code in a control name is the last resort', () => {
    document.body.innerHTML = '<input name="score_ACH_level">';
    expect(fields().fields[0]).toMatchObject({ competency: 'ACH', source: 'name' });
  });

  test('a grid: rows with several competencies are person rows, their cells name the person', () => {
    document.body.innerHTML = `<table>
      <tr><th>ลำดับ</th><th>ชื่อ</th><th>มุ่งผลสัมฤทธิ์</th><th>บริการที่ดี</th></tr>
      <tr><td>1</td><td>นาย ก ข</td><td><select><option>1</option></select></td><td><select><option>1</option></select></td></tr>
      <tr><td>2</td><td>นาง ค ง</td><td><select><option>1</option></select></td><td><select><option>1</option></select></td></tr>
    </table>`;
    const f = fields().fields;
    expect(f.map((x) => [x.competency, x.source, x.personTexts.join('|')])).toEqual([
      ['ACH', 'column', 'นาย ก ข'],
      ['SERV', 'column', 'นาย ก ข'],
      ['ACH', 'column', 'นาง ค ง'],
      ['SERV', 'column', 'นาง ค ง'],
    ]);
  });

  test('person-like legends name the person; others do not', () => {
    document.body.innerHTML = `
      <fieldset><legend>ผู้รับการประเมิน: นางสาว ก ข</legend><label>การมุ่งผลสัมฤทธิ์ <select></select></label></fieldset>
      <fieldset><legend>ส่วนที่ ๒</legend><label>การมุ่งผลสัมฤทธิ์ <select></select></label></fieldset>`;
    expect(fields().fields.map((f) => f.personTexts)).toEqual([['ผู้รับการประเมิน: นางสาว ก ข'], []]);
  });

  test('checkboxes of one competency form one field, each with its level', () => {
    document.body.innerHTML = `<div><h3>การทำงานเป็นทีม</h3>
      <h4>ระดับที่ ๑</h4><ul><li><label><input type="checkbox"> ให้ความร่วมมือ</label></li><li><label><input type="checkbox"> รายงานความคืบหน้า</label></li></ul>
      <h4>ระดับที่ ๒</h4><ul><li><label><input type="checkbox"> ผูกมิตร</label></li></ul></div>`;
    const [f] = fields().fields;
    expect(f).toMatchObject({ controlKind: 'checkbox', competency: 'TW', choiceLevels: [1, 1, 2] });
  });

  test('selects: levels from option texts, else from small-number values; opaque ids alone give nothing', () => {
    document.body.innerHTML = `
      <label>การมุ่งผลสัมฤทธิ์ <select><option value="">-</option><option value="k1">ระดับ ๑</option><option value="k2">ระดับ ๒</option></select></label>
      <label>การบริการที่ดี <select><option value="1">ดี</option><option value="2">ดีมาก</option></select></label>
      <label>การทำงานเป็นทีม <select><option value="a9">ดี</option><option value="b3">ดีมาก</option></select></label>`;
    expect(fields().fields.map((f) => f.choiceLevels)).toEqual([
      [null, 1, 2],
      [1, 2],
      [null, null],
    ]);
  });
});

describe('valueKindOf', () => {
  test('คะแนน/score means points, ระดับ/level or nothing means level; expected, weight, remarks, totals are not ours', () => {
    document.body.innerHTML = `<table>
      <tr><th>สมรรถนะ</th><th>น้ำหนัก</th><th>ระดับที่ต้องการ</th><th>ระดับที่ประเมินได้</th><th>คะแนนที่ได้</th><th>หมายเหตุ</th><th></th></tr>
      <tr><td>การมุ่งผลสัมฤทธิ์</td><td><input id="w"></td><td><input id="e"></td><td><input id="l"></td><td><input id="p"></td><td><input id="n"></td><td><input id="plain"></td></tr>
    </table><label>การบริการที่ดี <input id="s" name="PC_SCORE_2"></label><label>คะแนนรวม การบริการที่ดี <input id="t"></label>`;
    const kinds = Object.fromEntries(new Collector().collect(document).map((c) => [c.el.id, valueKindOf(c)]));
    expect(kinds).toEqual({
      w: null,
      e: null,
      l: 'level',
      p: 'points',
      n: null,
      plain: 'level',
      s: 'points',
      t: null,
    });
    expect(fields().fields.map((f) => f.els[0]!.id)).toEqual(['l', 'p', 'plain', 's']);
  });

  test('a wide box with nothing saying what it holds is for a remark, not a level', () => {
    document.body.innerHTML = `
      <label>การมุ่งผลสัมฤทธิ์ <input id="wide" size="40"></label>
      <label>การบริการที่ดี <input id="long" maxlength="200"></label>
      <label>ระดับ การทำงานเป็นทีม <input id="said" size="40"></label>
      <label>คุณธรรมจริยธรรม <input id="narrow" size="2" maxlength="1"></label>`;
    const kinds = Object.fromEntries(new Collector().collect(document).map((c) => [c.el.id, valueKindOf(c)]));
    expect(kinds).toEqual({ wide: null, long: null, said: 'level', narrow: 'level' });
  });
});

describe('expectedOnPage', () => {
  test('reads the expected level shown in the row, as text or in a read-only box', () => {
    document.body.innerHTML = `<table>
      <tr><th>สมรรถนะ</th><th>ระดับที่คาดหวัง</th><th>คะแนน</th></tr>
      <tr><td>การมุ่งผลสัมฤทธิ์</td><td>๓</td><td><input></td></tr>
      <tr><td>การบริการที่ดี</td><td><input readonly value="2"></td><td><input></td></tr>
      <tr><td>การทำงานเป็นทีม</td><td>-</td><td><input></td></tr>
    </table>`;
    const { col, fields: f } = fields();
    expect(f.map((x) => expectedOnPage(x, col))).toEqual([3, 2, null]);
  });
});
