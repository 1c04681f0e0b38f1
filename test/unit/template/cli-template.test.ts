/** `samatthana template`: writes the file and says where; usage errors exit 2, bad input exit 1, nothing written. */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { template } from '../../../cli/commands/template';
import { InputError, UsageError } from '../../../cli/io';
import { COL, FIRST_PERSON_ROW, SHEETS, SUMMARY_SHEET_LIMIT } from '../../../shared/template';

let dir: string;
let out: string[];
const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t) };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'samatthana-template-'));
  out = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const csv = [
  'รหัส,ชื่อ-สกุล,ประเภทตำแหน่ง,ระดับตำแหน่ง,ผลสัมฤทธิ์,การมุ่งผลสัมฤทธิ์,บริการที่ดี,การสั่งสมความเชี่ยวชาญในงานอาชีพ,การยึดมั่นในความถูกต้องชอบธรรม และจริยธรรม,การทำงานเป็นทีม',
  'P001,นางสาวสมศรี ใจดี,วิชาการ,ชำนาญการ,๘๐,2,3,1,0,2',
  "P002,'=1+1,ทั่วไป,อาวุโส,70.25,2,2,2,2,2",
].join('\n');

describe('samatthana template', () => {
  it('writes the template for a CSV and prints where, in Thai', async () => {
    writeFileSync(join(dir, 'team.csv'), csv);
    const target = join(dir, 'team.xlsx');
    const code = await template(['--people', join(dir, 'team.csv'), '--out', target, '--set', 'ocsc'], io);
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/เขียนแม่แบบคะแนน 2 คน \(ฉบับ ก\.พ\..*team\.xlsx/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(target);
    const ws = wb.getWorksheet(SHEETS.score)!;
    expect(ws.getCell(FIRST_PERSON_ROW, COL.name).value).toBe('นางสาวสมศรี ใจดี');
    expect(ws.getCell(FIRST_PERSON_ROW, COL.achievement).value).toBe(80);
    expect(ws.getCell(FIRST_PERSON_ROW + 1, COL.name).value).toBe('=1+1');
    expect(readdirSync(dir).sort()).toEqual(['team.csv', 'team.xlsx']);
  });

  it('takes the method from the command line', async () => {
    writeFileSync(join(dir, 'team.csv'), csv.replace(/,0,2$/m, ',1,2'));
    const target = join(dir, 't.xlsx');
    await template(['--people', join(dir, 'team.csv'), '--out', target, '--method', 'rating'], io);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(target);
    expect(wb.getWorksheet(SHEETS.settings)!.getCell('B6').value).toBe('rating');
  });

  it.each([
    [[], /--people/],
    [['--people', 'x.json'], /--out/],
    [['--people', 'x.json', '--out', 'y.xlsx', '--method', 'median'], /median/],
    [['--people', 'x.json', '--out', 'y.xlsx', '--set', 'xyz'], /xyz/],
    [['--people', 'x.json', '--out', 'y.csv'], /\.xlsx/],
    [['--people', 'x.json', '--out', 'y.xlsx', '--colour'], /colour/],
  ])('exits 2 on wrong use: %j', async (argv, message) => {
    await expect(template(argv, io)).rejects.toSatisfy(
      (e) => e instanceof UsageError && message.test((e as Error).message),
    );
  });

  it('exits 1 naming the file and every problem, and writes nothing', async () => {
    const bad = csv.replace('P002', 'P001').replace(',3,1,0,2', ',3,1,9,2');
    writeFileSync(join(dir, 'bad.csv'), bad);
    const target = join(dir, 'bad.xlsx');
    const err = (await Promise.resolve(
      template(['--people', join(dir, 'bad.csv'), '--out', target], io),
    ).catch((e: Error) => e)) as Error;
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toMatch(/bad\.csv/);
    expect(err.message).toMatch(/ซ้ำ/);
    expect(err.message).toMatch(/นอกช่วง/);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual(['bad.csv']);
  });

  it('exits 1 for a missing file or folder', async () => {
    await expect(
      template(['--people', join(dir, 'none.json'), '--out', join(dir, 'a.xlsx')], io),
    ).rejects.toBeInstanceOf(InputError);
    writeFileSync(join(dir, 'team.csv'), csv);
    await expect(
      template(['--people', join(dir, 'team.csv'), '--out', join(dir, 'no', 'a.xlsx')], io),
    ).rejects.toBeInstanceOf(InputError);
  });
});

describe('samatthana template --summaries', () => {
  it('adds a summary sheet per person, each showing that person', async () => {
    writeFileSync(join(dir, 'team.csv'), csv);
    const target = join(dir, 'team.xlsx');
    expect(await template(['--people', join(dir, 'team.csv'), '--out', target, '--summaries'], io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(target);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 4)).toEqual([SHEETS.score, SHEETS.summary, 'สรุป P001', 'สรุป P002']);
    expect(wb.getWorksheet('สรุป P002')!.getCell(3, 3).value).toBe('P002');
    expect(wb.getWorksheet(SHEETS.summary)!.getCell(3, 3).value).toBe('P001');
  });

  it(`refuses more people than ${SUMMARY_SHEET_LIMIT} and writes nothing`, async () => {
    const rows = Array.from(
      { length: SUMMARY_SHEET_LIMIT + 1 },
      (_, i) => `X${i},คนที่ ${i},วิชาการ,ชำนาญการ,80,1,1,1,1,1`,
    );
    writeFileSync(join(dir, 'big.csv'), [csv.split('\n')[0], ...rows].join('\n'));
    const run = template(
      ['--people', join(dir, 'big.csv'), '--out', join(dir, 'big.xlsx'), '--summaries'],
      io,
    );
    await expect(run).rejects.toThrow(InputError);
    await expect(run).rejects.toThrow(/samatthana print/);
    expect(readdirSync(dir)).toEqual(['big.csv']);
  });
});
