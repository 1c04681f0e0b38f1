import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildSetsFromSources,
  dictionarySourceFile,
  renderGeneratedSets,
} from '../../scripts/dictionary-source';
import { competencyFromLabel, getCompetency, getLevel, getSet, levelRange } from '../../shared/dictionary';
import { buildBmaSet, ErratumError } from '../../shared/dictionary/build';
import { ERRATA } from '../../shared/dictionary/errata';
import { SeedFormatError } from '../../shared/dictionary/parse-seed';
import { COMPETENCY_CODES } from '../../shared/dictionary/types';

const seed = readFileSync(
  new URL('../../shared/dictionary/source/core-competencies.th.txt', import.meta.url),
  'utf8',
);
const bma = getSet('bma');

describe('an unknown set', () => {
  it('is refused in Thai, naming the sets there are', () => {
    expect(() => getSet('xyz' as 'bma')).toThrow('ไม่รู้จักชุดสมรรถนะ "xyz" — ชุดที่มี: bma, ocsc');
  });
});

describe('dictionary generation', () => {
  it('the checked-in generated module is what the sources and errata produce', () => {
    expect(readFileSync(dictionarySourceFile().path, 'utf8')).toBe(renderGeneratedSets());
  });

  it('keeps the sources verbatim in the repo', () => {
    // Digests of the files as the project received them (../shared/source/); compared directly when present.
    const digests = {
      'core-competencies.th.txt': '9ed7ba4b1bd71286b58493e24241223190493fdb874e00b69bb1436dcd89f3e9',
      'ocsc-core-competencies.th.json': '1498c2ab5ab441d169ce089387cc9585d549bbb0b6630e464b63716d555ab0b2',
    };
    for (const [name, digest] of Object.entries(digests)) {
      const mine = readFileSync(new URL(`../../shared/dictionary/source/${name}`, import.meta.url));
      expect(createHash('sha256').update(mine).digest('hex'), name).toBe(digest);
      const outside = new URL(`../../../shared/source/${name}`, import.meta.url);
      if (existsSync(outside)) expect(mine.equals(readFileSync(outside)), name).toBe(true);
    }
  });
});

describe('bma set (the seed text)', () => {
  it('has the five competencies in order, with levels 0–5 and SERV 0–6', () => {
    expect(bma.competencies.map((c) => c.code)).toEqual([...COMPETENCY_CODES]);
    for (const code of COMPETENCY_CODES) {
      expect(levelRange('bma', code)).toEqual({ min: 0, max: code === 'SERV' ? 6 : 5 });
      const levels = getCompetency('bma', code).levels.map((l) => l.level);
      expect(levels).toEqual([...Array(levels.length).keys()]);
    }
  });

  it('flags EXP level 2 as missing from the source and labels where its text comes from', () => {
    const l2 = getLevel('bma', 'EXP', 2)!;
    expect(l2.missingFromSource).toBe(true);
    expect(l2.textSource).toMatch(/DPIS/);
    expect(l2.indicators).toHaveLength(2);
    const others = bma.competencies.flatMap((c) => c.levels).filter((l) => l !== l2);
    expect(others.every((l) => !l.missingFromSource)).toBe(true);
    expect(seed).not.toMatch(/ระดับที่ 2 : รอบรู้/);
  });

  it('splits each level into separate behaviours, as DPIS-BMA lists them', () => {
    const counts = Object.fromEntries(
      bma.competencies.map((c) => [
        c.code,
        c.levels.filter((l) => l.level > 0).map((l) => l.indicators.length),
      ]),
    );
    expect(counts).toEqual({
      ACH: [4, 3, 3, 2, 2],
      SERV: [2, 3, 2, 3, 2, 3],
      EXP: [3, 2, 3, 3, 3],
      ING: [2, 2, 2, 2, 1],
      TW: [2, 3, 3, 3, 3],
    });
    expect(getLevel('bma', 'ACH', 1)!.indicators[3]).toMatch(/^แสดงออกว่า/);
    expect(getLevel('bma', 'TW', 4)!.indicators[2]).toMatch(/^รักษามิตรภาพ/);
  });

  it('joins a definition that spans a blank line (ING) and drops the "แบ่งระดับดังนี้" tail', () => {
    const ing = getCompetency('bma', 'ING');
    expect(ing.definition).toMatch(/มากกว่าประโยชน์ส่วนตน ทั้งนี้/);
    expect(ing.definition).toMatch(/ที่กำหนดไว้$/);
    for (const c of bma.competencies) expect(c.definition).not.toMatch(/แบ่งระดับ/);
  });

  it('shows the true ending of the cut-off TW level 5 as a correction and keeps the original', () => {
    const l5 = getLevel('bma', 'TW', 5)!;
    expect(l5.indicators.at(-1)).toMatch(/ภารกิจใหญ่น้อยต่างๆ ให้บรรลุผล$/);
    expect(l5.indicatorsOriginal!.at(-1)).toMatch(/ให้อบอวลผล$/);
    expect(l5.corrections!.some((c) => c.corrected.includes('ให้บรรลุผล') && /ถูกตัด/.test(c.reason))).toBe(true);
  });

  it('corrects every known misspelling through the errata table only, keeping the original', () => {
    const typos = [
      'ชื่อสัตย์',
      'พุดอย่างไร',
      'มาตรภาพ',
      'ปิดการะ',
      'ขอหน่วยงาน',
      'เอื้อเพื่อ',
      'เพื่อร่วมงาน',
      'ประ สิทธิภาพ',
      'วิทยากร',
    ];
    const corrected = JSON.stringify(
      bma.competencies.map((c) => [c.nameTh, c.definition, c.levels.map((l) => [l.title, l.indicators])]),
    );
    for (const t of typos) {
      expect(seed).toContain(t);
      expect(corrected).not.toContain(t);
      expect(ERRATA.some((e) => e.original.includes(t))).toBe(true);
    }
    expect(getLevel('bma', 'ING', 1)).toMatchObject({ title: 'ซื่อสัตย์สุจริต', titleOriginal: 'ชื่อสัตย์สุจริต' });
    expect(getLevel('bma', 'ING', 3)).toMatchObject({ title: 'ยึดมั่นในหลักการ', titleOriginal: 'มั่นในหลักการ' });
    expect(getCompetency('bma', 'EXP')).toMatchObject({
      nameTh: 'การสั่งสมความเชี่ยวชาญในงานอาชีพ',
      nameOriginal: 'การส่งเสริมความเชี่ยวชาญในงานอาชีพ',
    });
  });

  it('sets titleOriginal only where the title was corrected', () => {
    for (const l of bma.competencies.flatMap((c) => c.levels)) {
      if (l.titleOriginal !== undefined) expect(l.titleOriginal).not.toBe(l.title);
      if (l.indicatorsOriginal) expect(l.indicatorsOriginal).toHaveLength(l.indicators.length);
    }
  });

  it('refuses an erratum that no longer matches the source', () => {
    const stale = [...ERRATA, { ...ERRATA[0]!, original: 'ข้อความที่ไม่มีในต้นฉบับ' }];
    expect(() => buildBmaSet(seed, stale)).toThrow(ErratumError);
  });

  it('refuses a seed whose indicator breaks cannot be found', () => {
    expect(() => buildBmaSet(seed.replace('แสดงออกว่า', 'แสดงให้เห็นว่า'))).toThrow(SeedFormatError);
  });
});

describe('ocsc set', () => {
  it('has the OCSC names, DPIS codes 101–105 and levels 0–5', () => {
    const ocsc = getSet('ocsc');
    expect(ocsc.competencies.map((c) => c.dpisCode)).toEqual(['101', '102', '103', '104', '105']);
    expect(getCompetency('ocsc', 'ING').nameTh).toBe('การยึดมั่นในความถูกต้องชอบธรรม และจริยธรรม');
    for (const code of COMPETENCY_CODES) expect(levelRange('ocsc', code)).toEqual({ min: 0, max: 5 });
    expect(getLevel('ocsc', 'ING', 1)!.indicators.length).toBeGreaterThan(0);
  });

  it('uses other DPIS codes than bma for the same competency', () => {
    expect(getCompetency('bma', 'ACH').dpisCode).toBe('103');
    expect(getCompetency('bma', 'ING').dpisCode).toBe('101');
  });

  it('builds the same from the sources as the generated module holds', () => {
    expect(buildSetsFromSources().map((s) => s.id)).toEqual(['bma', 'ocsc']);
  });
});

describe('competency names on forms', () => {
  it.each([
    ['1. การมุ่งผลสัมฤทธิ์ (Achievement Motivation)', 'ACH'],
    ['บริการที่ดี', 'SERV'],
    ['การส่งเสริมความเชี่ยวชาญในงานอาชีพ', 'EXP'],
    ['คุณธรรมจริยธรรม', 'ING'],
    ['การยึดมั่นในความถูกต้องชอบธรรม และจริยธรรม', 'ING'],
    ['๕. การทำงาน เป็นทีม', 'TW'],
    ['ความร่วม\u200Bแรงร่วมใจ', 'TW'],
    ['TW', 'TW'],
  ])('%s → %s', (label, code) => {
    expect(competencyFromLabel(label)).toBe(code);
  });

  it.each(['ผลสัมฤทธิ์ของงาน', '101', 'ค้นหา', ''])('does not take "%s" for a competency', (label) => {
    expect(competencyFromLabel(label)).toBeNull();
  });
});
