/**
 * The Excel user's round: a blank template from the real CLI binary, levels typed into it by a real
 * spreadsheet engine (LibreOffice through UNO: open, set cells, recalculate, save as .xlsx, as CSV and
 * as "Unicode text"), then `samatthana score` on each saved file gives exactly what scoring the typed
 * data directly gives.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COL, FIRST_PERSON_ROW, SHEETS } from '../../shared/template/layout';
import { editWithLibreOffice } from './helpers';

const bin = new URL('../../bin/samatthana.js', import.meta.url).pathname;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// What the user types: three people, one still half done, with Thai digits and a name a
// spreadsheet would take for a formula.
const PEOPLE = [
  ['P001', 'นางสาวสมศรี ใจดี', 'วิชาการ', 'ชำนาญการ', 80.5, [2, 3, 1, 0, 2]],
  ['P002', '=นายสอง ทดสอบ', 'ทั่วไป', 'อาวุโส', 75, [2, '๒', 2, 1, 3]],
  ['P003', 'นายสาม ยังไม่ครบ', 'อำนวยการ', 'ต้น', 90, [3, null, null, null, null]],
] as const;

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'samatthana-roundtrip-'));
  expect(cli('template', '--out', join(dir, 'blank.xlsx'), '--rows', '10', '--set', 'ocsc').code).toBe(0);
  const edits = PEOPLE.flatMap(([id, name, type, level, achievement, levels], i) => {
    const row = FIRST_PERSON_ROW + i;
    const at = (col: number, value: string | number) => ({ sheet: SHEETS.score, row, col, value });
    return [
      at(COL.id, id),
      at(COL.name, name),
      at(COL.positionType, type),
      at(COL.positionLevel, level),
      at(COL.achievement, achievement),
      ...levels.flatMap((v, k) => (v === null ? [] : [at(COL.firstCompetency + k, v)])),
    ];
  });
  await editWithLibreOffice(dir, join(dir, 'blank.xlsx'), edits, 'edited');
}, 400_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The typed data as an interchange file: what scoring "directly" starts from. */
function direct(): string {
  const path = join(dir, 'direct.json');
  const codes = ['ACH', 'SERV', 'EXP', 'ING', 'TW'];
  writeFileSync(
    path,
    JSON.stringify({
      format: 'samatthana/assessment',
      version: 1,
      set: 'ocsc',
      method: 'gap',
      people: PEOPLE.map(([id, name, positionType, positionLevel, achievement, levels]) => ({
        id,
        name,
        positionType,
        positionLevel,
        achievement,
        competencies: Object.fromEntries(
          levels.flatMap((v, k) => (v === null ? [] : [[codes[k], typeof v === 'string' ? 2 : v]])),
        ),
      })),
    }),
  );
  return path;
}

describe('template → LibreOffice → score', { timeout: 120_000 }, () => {
  it.each([
    ['edited.xlsx', []],
    ['edited.csv', ['--set', 'ocsc']],
    ['edited.txt', ['--set', 'ocsc']],
  ])('%s scores exactly as the typed data does, the half-done person listed', (file, options) => {
    const want = cli('score', direct(), '--json');
    expect(want.code).toBe(0);
    const got = cli('score', join(dir, file), ...options, '--json');
    expect(got.err).toBe('');
    expect(got.code).toBe(0);
    expect(JSON.parse(got.out)).toEqual(JSON.parse(want.out));
    expect(JSON.parse(got.out).people[2]).toMatchObject({
      id: 'P003',
      total: null,
      incomplete: ['SERV', 'EXP', 'ING', 'TW'],
    });
    const human = cli('score', join(dir, file), ...options);
    expect(human.out).toContain('ฉบับ ก.พ.');
    expect(human.out).toMatch(
      new RegExp(`${file.endsWith('.xlsx') ? 'แถว' : 'บรรทัด'} ${FIRST_PERSON_ROW + 2}: P003 นายสาม ยังไม่ครบ`),
    );
  });

  it('the saved files really are what Excel users hand over', () => {
    expect([...readFileSync(join(dir, 'edited.xlsx')).subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect([...readFileSync(join(dir, 'edited.txt')).subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const csv = readFileSync(join(dir, 'edited.csv'), 'utf8');
    // Title rows above the header, the computed and hidden helper columns beside the levels.
    expect(csv.split('\n')[0]).toMatch(/^"?แบบประเมินสมรรถนะ/);
    expect(csv).toContain('รหัสตำแหน่ง');
    expect(csv).toContain('คะแนนรวม');
  });

  it('convert keeps the typed people through the edited workbook', () => {
    const out = join(dir, 'back.json');
    expect(cli('convert', join(dir, 'edited.xlsx'), '--out', out).code).toBe(0);
    const back = JSON.parse(readFileSync(out, 'utf8'));
    const want = JSON.parse(readFileSync(direct(), 'utf8'));
    expect(back.people).toEqual(want.people);
    expect(back.set).toBe('ocsc');
  });
});
