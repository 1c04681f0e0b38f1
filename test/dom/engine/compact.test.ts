/**
 * The compact stand-ins scripts/build-engine.ts puts into dist/fill-engine.js in place of shared
 * modules (positions, expected levels, the dictionary's level ranges, level titles) answer exactly
 * as the modules they replace.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, test } from 'vitest';
import { levelTitles as fullTitles, type TitleEntry } from '../../../extension/engine/level-titles';
import { levelFromText } from '../../../extension/engine/levels';
import { LEVEL_ABOVE } from '../../../extension/engine/rules';
import { cutTitles, dictionaryForEngine } from '../../../scripts/build-engine';
import { allSets, COMPETENCY_CODES, levelRange, SET_IDS, type SetId } from '../../../shared/dictionary';
import {
  EXPECTED_LEVELS,
  expectedLevel,
  POSITIONS,
  type PositionCode,
  positionCode,
} from '../../../shared/rules';

interface Compact {
  positionCode(type?: string, level?: string): string;
  expectedLevel(set: SetId, code: PositionCode): number;
  levelRange(set: SetId, code: string): { min: number; max: number };
  levelTitles(): TitleEntry[];
  levelFromText(text: string, code: string | null): number | null;
}

const ROOT = join(__dirname, '..', '..', '..');
let compact: Compact;

beforeAll(async () => {
  const out = await build({
    stdin: {
      contents: `export { positionCode } from './shared/rules/positions';
        export { expectedLevel } from './shared/rules/expected';
        export { levelRange } from './shared/dictionary';
        export { levelTitles } from './extension/engine/level-titles';
        export { levelFromText } from './extension/engine/levels';`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'compact',
    write: false,
    plugins: [dictionaryForEngine()],
    logLevel: 'error',
  });
  compact = new Function(`${out.outputFiles[0]!.text}; return compact;`)() as Compact;
});

/** The code a spelling resolves to, or 'unknown' when the shared module refuses it. */
function outcome(f: () => string): string {
  try {
    return f();
  } catch {
    return 'unknown';
  }
}

describe('compact stand-ins', () => {
  test('positions: every spelling forms use resolves as in shared/rules, unknown ones are refused', () => {
    const spellings: [string, string][] = [
      ['', ''],
      ['x', 'y'],
      ['', 'ต้น'],
      ['ต้น', ''],
      ['บริหาร', 'ต้น'],
      ['อำนวยการ', 'ระดับสูง'],
      ['วิชาการ', 'ชำนาญงาน'],
      ['ประเภทตำแหน่ง วิชาการ', 'ระดับตำแหน่ง ชำนาญการพิเศษ'],
      ['พนักงานราชการ', 'กลุ่มงานเชี่ยวชาญพิเศษ (ระดับสากล)'],
      ['', 'k2'],
      [' K3 ', ''],
    ];
    for (const p of POSITIONS) {
      spellings.push(
        [p.type, p.level],
        ['', p.level],
        [p.code, ''],
        ['', p.code.toLowerCase()],
        [`ประเภท${p.type}`, `ระดับ${p.level}`],
        ['', p.nameTh],
        [p.nameTh, ''],
        [p.type, p.nameTh],
      );
    }
    const shared = spellings.map(([t, l]) => outcome(() => positionCode(t, l)));
    expect(spellings.map(([t, l]) => outcome(() => compact.positionCode(t, l)))).toEqual(shared);
    expect(shared.filter((c) => c !== 'unknown').length).toBeGreaterThan(POSITIONS.length * 5);
  });

  test('expected levels and level ranges', () => {
    for (const set of SET_IDS) {
      for (const p of POSITIONS) expect(compact.expectedLevel(set, p.code)).toBe(expectedLevel(set, p.code));
      for (const code of COMPETENCY_CODES)
        expect(compact.levelRange(set, code)).toEqual(levelRange(set, code));
    }
    expect(Object.keys(EXPECTED_LEVELS).sort()).toEqual([...SET_IDS].sort());
  });

  test('level titles: the cut titles of every competency, no more and no less', () => {
    const key = (t: TitleEntry) => `${t.code}|${t.level}|${t.key}`;
    const longest = (ts: TitleEntry[]) => {
      const m = new Map<string, number>();
      for (const t of ts) m.set(key(t), Math.max(m.get(key(t)) ?? 0, t.length));
      return [...m].sort();
    };
    // Titles with one beginning and level count once, by the longest (matching is the same).
    expect(longest(compact.levelTitles())).toEqual(longest(cutTitles()));
    expect(compact.levelTitles().every((t) => COMPETENCY_CODES.includes(t.code))).toBe(true);
    // The cut keys are beginnings of the full titles of both sets.
    const full = fullTitles();
    for (const t of compact.levelTitles()) {
      expect(full.some((f) => f.code === t.code && f.level === t.level && f.key.startsWith(t.key))).toBe(
        true,
      );
    }
    expect(allSets()).toHaveLength(2);
  });

  test('levels read with the cut titles are those read with the full ones: titles, cut titles, indicators', () => {
    const texts: [string, string][] = [];
    for (const set of allSets()) {
      for (const c of set.competencies) {
        for (const l of c.levels) {
          // A title as it is, and cut short (with and without an ellipsis); titles the engine reads by
          // their pattern ("แสดงสมรรถนะระดับที่ 2 และ…") are left out of the table, so only whole.
          texts.push([c.code, l.title]);
          for (let n = 6; n < l.title.length && !LEVEL_ABOVE.test(l.title); n++)
            texts.push([c.code, `${l.title.slice(0, n)}…`], [c.code, l.title.slice(0, n)]);
          // Indicators, whole and cut: many begin with a title, none is one.
          for (const ind of l.indicators) {
            texts.push([c.code, ind]);
            for (let n = 8; n < Math.min(ind.length, 60); n += 3)
              texts.push([c.code, `${ind.slice(0, n)}…`], [c.code, ind.slice(0, n)]);
          }
        }
        // A title of one competency under another.
        for (const other of COMPETENCY_CODES) texts.push([other, c.levels[1]!.title]);
      }
    }
    const full = texts.map(([code, t]) => levelFromText(t, code as (typeof COMPETENCY_CODES)[number]));
    const cut = texts.map(([code, t]) => compact.levelFromText(t, code));
    const differ = texts.filter((_, i) => cut[i] !== full[i]).map(([c, t]) => `${c} ${t}`);
    expect(differ).toEqual([]);
    expect(full.filter((l) => l !== null).length).toBeGreaterThan(500);
    expect(texts.length).toBeGreaterThan(5000);
  });
});
