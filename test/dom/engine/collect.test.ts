import { afterEach, describe, expect, test } from 'vitest';
import { Collector, fillableKind } from '../../../extension/engine/collect';

afterEach(() => {
  document.body.replaceChildren();
});

const ids = (root: ParentNode = document) =>
  new Collector().collect(root).map((c) => c.el.id || c.el.getAttribute('name'));

describe('what is collected', () => {
  test('only controls that can hold a level, points or a text (evidence, plan) and that a person may change', () => {
    document.body.innerHTML = `
      <form>
        <input id="text"><input id="num" type="number"><input id="tel" type="tel">
        <input id="radio" type="radio" name="r"><input id="box" type="checkbox"><select id="sel"><option>1</option></select>
        <select id="multi" multiple><option>1</option></select>
        <input id="date" type="date"><input id="file" type="file"><input id="hid" type="hidden">
        <input id="ro" readonly><input id="dis" disabled><select id="dsel" disabled></select>
        <fieldset disabled><legend><input id="inlegend"></legend><input id="infs"></fieldset>
        <div style="display:none"><input id="gone"></div><input id="hattr" hidden>
        <textarea id="area"></textarea><textarea id="roarea" readonly></textarea><textarea id="disarea" disabled></textarea>
        <button id="btn">บันทึก</button><input type="submit" id="sub">
      </form>`;
    expect(ids()).toEqual(['text', 'num', 'tel', 'radio', 'box', 'sel', 'inlegend', 'area']);
  });

  test('search boxes, sign-in forms and fields named for accounts are unrelated', () => {
    document.body.innerHTML = `
      <div role="search"><input id="s1"></div>
      <input type="search" id="s2">
      <input id="s3" name="keyword">
      <input id="s4" placeholder="ค้นหาชื่อ">
      <label>ชื่อผู้ใช้ <input id="s5"></label>
      <form><input id="s6" name="level"><input type="password" id="pw"></form>
      <input id="ok" name="level_ach">`;
    expect(ids()).toEqual(['ok']);
  });

  test('a subtree or shadow root: its own controls in page order, those after a select or text area too, none beyond it', () => {
    document.body.innerHTML = `
      <input id="before">
      <section id="part">
        <div><select id="s1"><optgroup label="ก"><option>1</option></optgroup><option>2</option></select></div>
        <textarea id="t1"></textarea><input id="after-area">
        <table><tr><td><select id="s2"><option>1</option></select></td><td><input id="cell"></td></tr></table>
      </section>
      <input id="beyond">`;
    expect(ids(document.getElementById('part')!)).toEqual(['s1', 't1', 'after-area', 's2', 'cell']);
    expect(ids()).toEqual(['before', 's1', 't1', 'after-area', 's2', 'cell', 'beyond']);
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p><select id="in-shadow"><option>1</option></select></p><input id="last-in-shadow">';
    expect(ids(shadow)).toEqual(['in-shadow', 'last-in-shadow']);
  });

  test('fillableKind says which kind a control is', () => {
    document.body.innerHTML =
      '<input id="a"><input id="b" type="radio"><select id="c"></select><textarea id="d"></textarea>';
    expect(['a', 'b', 'c', 'd'].map((id) => fillableKind(document.getElementById(id)!))).toEqual([
      'text',
      'radio',
      'select',
      'textarea',
    ]);
  });
});

describe('the texts around a control', () => {
  test('labels by for=, by wrapping, aria-label, aria-labelledby, title, placeholder', () => {
    document.body.innerHTML = `
      <label for="a">การมุ่งผลสัมฤทธิ์</label><input id="a">
      <label>การบริการที่ดี <input id="b"></label>
      <input id="c" aria-label="ระดับ คุณธรรมจริยธรรม">
      <span id="lbl">การทำงานเป็นทีม</span><input id="d" aria-labelledby="lbl">
      <input id="e" title="ความเชี่ยวชาญในงานอาชีพ">
      <input id="f" placeholder="ระดับ 0-5">`;
    const own = Object.fromEntries(new Collector().collect(document).map((c) => [c.el.id, c.own]));
    expect(own).toEqual({
      a: 'การมุ่งผลสัมฤทธิ์',
      b: 'การบริการที่ดี',
      c: 'ระดับ คุณธรรมจริยธรรม',
      d: 'การทำงานเป็นทีม',
      e: 'ความเชี่ยวชาญในงานอาชีพ',
      f: 'ระดับ 0-5',
    });
  });

  test('legacy radios: the text right after the control', () => {
    document.body.innerHTML =
      '<td><input type="radio" name="r" value="1">&nbsp;๐ <input type="radio" name="r" value="2"> <font>๑</font></td>';
    expect(new Collector().collect(document).map((c) => c.own)).toEqual(['0', '1']);
  });

  test('container text stops at other controls and at rows', () => {
    document.body.innerHTML = `
      <div><span>การมุ่งผลสัมฤทธิ์</span><div><select id="a"></select></div></div>
      <div>สองช่อง <select id="b"></select><select id="c"></select></div>`;
    const c = Object.fromEntries(new Collector().collect(document).map((x) => [x.el.id, x.around]));
    expect(c).toEqual({ a: 'การมุ่งผลสัมฤทธิ์', b: '', c: '' });
  });

  test('rows innermost first, column headers, legends, the nearest heading', () => {
    document.body.innerHTML = `
      <h3>สมรรถนะหลัก</h3>
      <fieldset><legend>ผู้รับการประเมิน: นาย ก</legend><fieldset><legend>ส่วนที่ 2</legend>
      <table>
        <tr><th>สมรรถนะ</th><th>ระดับ</th></tr>
        <tr id="outer"><td>การบริการที่ดี</td><td><table><tr id="inner"><td>ซ้อน</td><td><input id="x"></td></tr></table></td></tr>
      </table></fieldset></fieldset>`;
    const [c] = new Collector().collect(document);
    expect(c!.rows.map((r) => r.id)).toEqual(['inner', 'outer']);
    expect(c!.headerTexts).toEqual([]);
    expect(c!.legends).toEqual(['ส่วนที่ 2', 'ผู้รับการประเมิน: นาย ก']);
    expect(c!.headings).toEqual(['สมรรถนะหลัก']);
    expect(c!.attrs).toBe('x');
  });
});
