import { describe, expect, test } from 'vitest';
import { looksLikePerson, nameKey, PeopleIndex } from '../../../extension/engine/people';
import type { Person } from '../../../shared/interchange/types';

const p = (id: string, name: string): Person => ({ id, name, competencies: {} });

describe('nameKey', () => {
  test.each([
    ['นางสาวสมศรี ใจดี', 'สมศรีใจดี'],
    ['นางสาว  สมศรี   ใจดี', 'สมศรีใจดี'],
    ['น.ส. สมศรี ใจดี', 'สมศรีใจดี'],
    ['ว่าที่ร้อยตรีประเสริฐ มั่นคง', 'ประเสริฐมั่นคง'],
    ['ว่าที่ ร.ต. ประเสริฐ มั่นคง', 'ประเสริฐมั่นคง'],
    ['ว่าที่ร.ต.หญิง สุดา ดี', 'สุดาดี'],
    ['ดร.วิทยา กิตติคุณ', 'วิทยากิตติคุณ'],
    ['สมศรี\u200b ใจดี', 'สมศรีใจดี'],
    ['นาง มาลี ศรีสุข', 'มาลีศรีสุข'],
  ])('%s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  test('never strips a whole name down to nothing', () => {
    expect(nameKey('นาย')).toBe('นาย');
  });
});

describe('looksLikePerson', () => {
  test('a title, after an optional label, marks a name', () => {
    expect(looksLikePerson('นาย อนุชา วงศ์ใหญ่')).toBe(true);
    expect(looksLikePerson('ผู้รับการประเมิน: นางสาวบุคคล นอกรายชื่อ')).toBe(true);
    expect(looksLikePerson('การมุ่งผลสัมฤทธิ์')).toBe(false);
    expect(looksLikePerson('P001')).toBe(false);
    expect(looksLikePerson('')).toBe(false);
  });
});

describe('PeopleIndex', () => {
  const index = new PeopleIndex([
    p('P001', 'นางสาวสมศรี ใจดี'),
    p('P002', 'นายสมชาย รักงาน'),
    p('P003', 'นายสมหมาย ซ้ำชื่อ'),
    p('P004', 'นางสมหมาย ซ้ำชื่อ'),
  ]);

  test('a cell equal to an id wins', () => {
    expect(index.find(['๑', 'P002', 'ใครก็ได้'])).toEqual(expect.objectContaining({ id: 'P002' }));
  });

  test('names match without titles and spacing', () => {
    expect(index.find(['1', '', 'น.ส. สมศรี  ใจดี'])).toEqual(expect.objectContaining({ id: 'P001' }));
    expect(index.find(['สมชาย รักงาน'])).toEqual(expect.objectContaining({ id: 'P002' }));
  });

  test('a name inside a longer text, or an id token, still finds the one person', () => {
    expect(index.find(['ผู้รับการประเมิน: นาย สมชาย รักงาน'])).toEqual(expect.objectContaining({ id: 'P002' }));
    expect(index.find(['รหัส P001 (งานบุคคล)'])).toEqual(expect.objectContaining({ id: 'P001' }));
  });

  test('two people with one name are ambiguous unless an id is there', () => {
    expect(index.find(['สมหมาย ซ้ำชื่อ'])).toBe('ambiguous');
    expect(index.find(['P004', 'สมหมาย ซ้ำชื่อ'])).toEqual(expect.objectContaining({ id: 'P004' }));
  });

  test('nobody matches an outsider', () => {
    expect(index.find(['นายบุคคล ภายนอก'])).toBeNull();
    expect(index.lookup('X900')).toBeNull();
    expect(index.lookup('นางสาว สมศรี ใจดี')?.id).toBe('P001');
  });
});
