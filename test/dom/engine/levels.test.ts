import { describe, expect, test } from 'vitest';
import { levelTitles } from '../../../extension/engine/level-titles';
import { distinctLevels, levelFromText, levelFromValue } from '../../../extension/engine/levels';
import { allSets } from '../../../shared/dictionary';

describe('levelFromText', () => {
  test.each([
    ['ระดับ 3', 3],
    ['ระดับที่ ๓', 3],
    ['ระดับที่ ๓ : ยึดมั่นในหลักการ', 3],
    ['Level 2', 2],
    ['๔', 4],
    ['(5)', 5],
    ['0', 0],
    ['3 - ยึดมั่นในหลักการ', 3],
    ['  ๒. ', 2],
  ])('%s → %i', (text, level) => {
    expect(levelFromText(text, 'ING')).toBe(level);
  });

  test('texts about the expected level never name the chosen one', () => {
    expect(levelFromText('ระดับที่คาดหวัง 3', 'ACH')).toBeNull();
    expect(levelFromText('ระดับที่ต้องการ ๒', 'ACH')).toBeNull();
  });

  test('every title of both sets names its own level, whatever "ระดับที่ N" it contains', () => {
    for (const set of allSets()) {
      for (const c of set.competencies) {
        for (const l of c.levels)
          expect(levelFromText(l.title, c.code), `${set.id} ${c.code} ${l.level}`).toBe(l.level);
      }
    }
    // OCSC level 3 says "แสดงสมรรถนะระดับที่ 2 และ…"
    expect(levelFromText('แสดงสมรรถนะระดับที่ 2 และยึดมั่นในหลักการ', 'ING')).toBe(3);
  });

  test('a title cut short with an ellipsis still counts', () => {
    expect(levelFromText('แสดงความมุ่งมั่นและกระตือรือร้น…', 'ACH')).toBe(1);
  });

  test('indicator texts are never read as titles, though many begin with one', () => {
    for (const set of allSets()) {
      for (const c of set.competencies) {
        for (const l of c.levels)
          for (const ind of l.indicators) expect(levelFromText(ind, c.code), ind).toBeNull();
      }
    }
  });

  test('a "ระดับที่ N" inside a description of the level above is not N', () => {
    expect(levelFromText('พฤติกรรมที่แสดงสมรรถนะระดับที่ 2 และอื่น ๆ ที่ไม่ใช่ชื่อระดับ', 'ACH')).toBeNull();
    expect(levelFromText('ตัวเลือก ระดับ 4 สำหรับผู้บริหาร', 'ACH')).toBe(4);
  });

  test('without a competency, titles are not looked up', () => {
    expect(levelFromText('ซื่อสัตย์สุจริต', null)).toBeNull();
    expect(levelFromText('ซื่อสัตย์สุจริต', 'ING')).toBe(1);
  });

  test('titles come from both sets', () => {
    const sets = new Set(levelTitles().map((t) => `${t.code}${t.level}`));
    expect(sets.size).toBeGreaterThanOrEqual(30);
  });
});

describe('levelFromValue', () => {
  test('only a single digit counts', () => {
    expect(levelFromValue('3')).toBe(3);
    expect(levelFromValue('๓')).toBe(3);
    expect(levelFromValue('12')).toBeNull();
    expect(levelFromValue('opt-3')).toBeNull();
    expect(levelFromValue(null)).toBeNull();
  });
});

describe('distinctLevels', () => {
  test('needs at least one level and no repeats', () => {
    expect(distinctLevels([null, 0, 1, 2])).toBe(true);
    expect(distinctLevels([1, 1])).toBe(false);
    expect(distinctLevels([null, null])).toBe(false);
  });
});
