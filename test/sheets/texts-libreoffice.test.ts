/**
 * Evidence, self-assessment and plan texts through a real spreadsheet engine: the template written
 * by the CLI, opened and saved by LibreOffice (through UNO) as .xlsx, CSV and "Unicode text", and
 * read back by the CLI: line breaks, quotes, commas, texts that look like formulas, Excel's _xHHHH_
 * escape and text outside the Basic Multilingual Plane come back exactly.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editWithLibreOffice } from './helpers';

const bin = new URL('../../bin/samatthana.js', import.meta.url).pathname;
const sample = new URL('../../shared/samples/team.json', import.meta.url).pathname;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const team = JSON.parse(readFileSync(sample, 'utf8'));
team.people[0].evidence = {
  ACH: 'ส่งรายงานตรงเวลา\nลดขั้นตอน "เบิกจ่าย", จาก 5 เป็น 3 ขั้น',
  SERV: '=ตอบคำถามประชาชน _x0041_ ภายในวันเดียว 😀',
  TW: "'+ช่วยเพื่อนร่วมทีม\n\nสรุปงานทุกสัปดาห์",
};
team.people[0].self = { ACH: 3, TW: 2 };
team.people[1].plan = [
  { competency: 'SERV', goal: 'ระดับ 4', method: '@อบรม\nสอนงานโดยหัวหน้า', period: 'ต.ค. 2568 – มี.ค. 2569' },
  { competency: 'TW', measure: '-ประเมินซ้ำ; ผลงานร้อยละ 90' },
];
const texts = (people: { evidence?: unknown; self?: unknown; plan?: unknown }[]) =>
  people.map((p) => [p.evidence, p.self, p.plan]);

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'samatthana-texts-lo-'));
  writeFileSync(join(dir, 'team.json'), JSON.stringify(team));
  expect(cli('convert', join(dir, 'team.json'), '--out', join(dir, 'team.xlsx')).code).toBe(0);
  await editWithLibreOffice(dir, join(dir, 'team.xlsx'), [], 'saved');
}, 400_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('texts → template → LibreOffice → texts', { timeout: 120_000 }, () => {
  it.each([
    ['saved.xlsx', []],
    ['saved.csv', ['--set', 'bma']],
    ['saved.txt', ['--set', 'bma']],
  ])('%s gives back every text exactly', (file, options) => {
    const out = join(dir, `${file}.json`);
    const r = cli('convert', join(dir, file), ...options, '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(texts(JSON.parse(readFileSync(out, 'utf8')).people)).toEqual(texts(team.people));
  });
});
