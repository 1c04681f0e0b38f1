import { describe, expect, it } from 'vitest';
import { DEFAULT_SET, isSetId, SET_IDS, SET_LABELS } from '../../shared/dictionary/types';
import { DEFAULT_METHOD, isMethod, METHOD_LABELS, METHODS } from '../../shared/interchange/types';
import { errorText, isObject } from '../../shared/problem';

describe('set and method labels', () => {
  it('name each set and method in Thai, never by its code', () => {
    expect(SET_LABELS).toEqual({ bma: 'ฉบับกรุงเทพมหานคร', ocsc: 'ฉบับ ก.พ.' });
    expect(METHOD_LABELS.gap).toBe('เทียบระดับที่คาดหวัง');
    for (const label of [...Object.values(SET_LABELS), ...Object.values(METHOD_LABELS)]) {
      expect(label).not.toMatch(/[A-Za-z]/);
    }
    expect(Object.keys(SET_LABELS)).toEqual([...SET_IDS]);
    expect(Object.keys(METHOD_LABELS)).toEqual([...METHODS]);
  });

  it('guards accept exactly the codes', () => {
    for (const s of SET_IDS) expect(isSetId(s)).toBe(true);
    for (const m of METHODS) expect(isMethod(m)).toBe(true);
    for (const bad of ['BMA', 'ocsc ', '', null, undefined, 1, {}]) {
      expect(isSetId(bad)).toBe(false);
      expect(isMethod(bad)).toBe(false);
    }
    expect(isSetId(DEFAULT_SET)).toBe(true);
    expect(DEFAULT_SET).toBe('bma');
    expect(DEFAULT_METHOD).toBe('gap');
  });
});

describe('problem helpers', () => {
  it('errorText reads errors and anything thrown', () => {
    expect(errorText(new Error('ผิด'))).toBe('ผิด');
    expect(errorText('ข้อความ')).toBe('ข้อความ');
    expect(errorText(42)).toBe('42');
  });
  it('isObject is true only for plain objects', () => {
    expect(isObject({})).toBe(true);
    expect(isObject([])).toBe(false);
    expect(isObject(null)).toBe(false);
    expect(isObject('x')).toBe(false);
  });
});
