import { beforeEach, describe, expect, test } from 'vitest';
import { TextCache } from '../../../extension/engine/dom';
import { Tables } from '../../../extension/engine/table';

let tables: Tables;
beforeEach(() => {
  tables = new Tables(new TextCache());
  document.body.innerHTML = `
  <table id="t">
    <tr><th rowspan="2">สมรรถนะ</th><th colspan="3">ระดับที่แสดงออก</th><th rowspan="2">หมายเหตุ</th></tr>
    <tr><th>๑</th><th>๒</th><th>๓</th></tr>
    <tr id="r1"><td>การมุ่งผลสัมฤทธิ์</td><td id="c1"><input type="radio"></td><td id="c2"><input type="radio"></td><td><input type="radio"></td><td>ดี</td></tr>
    <tr><td colspan="5">ส่วนที่ ๒</td></tr>
    <tr id="r2"><td>การบริการที่ดี</td><td><input type="radio"></td><td id="c22"><input type="radio"><input type="hidden" value="x"></td><td><input type="radio"></td><td id="n2"><table><tr><td>ซ้อน</td></tr></table></td></tr>
  </table>`;
});

describe('Tables', () => {
  test('column headers count colspan and rowspan, nearest row first', () => {
    expect(tables.columnHeaders(document.getElementById('c1')!)).toEqual(['1', 'ระดับที่แสดงออก']);
    expect(tables.columnHeaders(document.getElementById('c2')!)).toEqual(['2', 'ระดับที่แสดงออก']);
  });

  test('a section row between data rows counts as the nearest header', () => {
    expect(tables.columnHeaders(document.getElementById('c22')!)).toEqual(['ส่วนที่ 2', '2', 'ระดับที่แสดงออก']);
  });

  test('one pass: cells of a column below different header rows each read their own', () => {
    for (let i = 0; i < 2; i++) {
      expect(tables.columnHeaders(document.getElementById('c2')!)).toEqual(['2', 'ระดับที่แสดงออก']);
      expect(tables.columnHeaders(document.getElementById('c22')!)).toEqual(['ส่วนที่ 2', '2', 'ระดับที่แสดงออก']);
    }
  });

  test('row texts leave out cells with visible controls, not cells with hidden inputs', () => {
    expect(tables.cellTexts(document.getElementById('r1')!)).toEqual(['การมุ่งผลสัมฤทธิ์', 'ดี']);
    expect(tables.cellTexts(document.getElementById('r2')!)).toEqual(['การบริการที่ดี', 'ซ้อน']);
  });

  test('cellUnder finds the cell below a header', () => {
    expect(tables.cellUnder(document.getElementById('r1')!, /หมายเหตุ/)?.textContent).toBe('ดี');
    expect(tables.cellUnder(document.getElementById('r1')!, /คาดหวัง/)).toBeNull();
  });

  test('a cell outside any table has no headers', () => {
    const div = document.createElement('div');
    expect(tables.columnHeaders(div)).toEqual([]);
  });
});
