/**
 * `samatthana print`, run as a user runs it: one A4 portrait page per person, each page that
 * person's summary in Thai digits, the Thai font embedded; usage errors and bad input write nothing.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAssessment } from '../../shared/interchange';
import { scorePerson } from '../../shared/rules/scoring';
import { toThaiDigits } from '../../shared/text/normalize';
import { pageInk, readPdf } from './pdf';

const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'bin/samatthana.js');
const flat = (s: string) => s.replace(/\s+/g, '');
const LIMIT = { timeout: 180_000 };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'samatthana-print-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { ...LIMIT, cwd: root });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('samatthana print', () => {
  it('prints each person of the sample team on one A4 page', async () => {
    const file = join(root, 'shared/samples/team.json');
    const a = parseAssessment(readFileSync(file, 'utf8'), file);
    const out = join(dir, 'team.pdf');
    const r = await cli('print', file, '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${a.people.length} คน`);
    const pdf = readFileSync(out);
    const pages = await readPdf(pdf);
    expect(pages.length).toBe(a.people.length);
    pages.forEach((page, i) => {
      const p = a.people[i]!;
      expect(Math.round(page.width), `page ${i + 1}`).toBe(595);
      expect(Math.round(page.height)).toBe(842);
      const text = flat(page.text);
      expect(text).toContain(flat(p.name));
      expect(text).toContain(flat(p.id));
      const s = scorePerson(p, a);
      expect(text).toContain(toThaiDigits(s.competencyScore.toFixed(2)));
      if (s.total !== null) expect(text).toContain(toThaiDigits(s.total.toFixed(2)));
      if (s.band) expect(text).toContain(s.band);
      for (const w of ['ผู้รับการประเมิน', 'ผู้ประเมิน', 'ผู้บังคับบัญชา', 'สูงกว่าหรือเท่ากับ']) expect(text).toContain(w);
      // Nobody else's summary on this page.
      for (const other of a.people)
        if (other !== p) expect(text).not.toContain(flat(`${other.id}·${other.name}`));
    });
    // The Thai font is embedded, and the page is not blank.
    const { stdout: fonts } = await run('pdffonts', [out], LIMIT);
    expect(fonts).toMatch(/Laksaman|Sarabun|Garuda|Noto/);
    expect(await pageInk(pdf, 1)).toBeGreaterThan(0.01);
  }, 240_000);

  it('prints long evidence and the development plan in full, line breaks kept, on one page', async () => {
    const para = 'ติดตามงานที่ได้รับมอบหมายอย่างสม่ำเสมอ และรายงานผลต่อผู้บังคับบัญชาทุกสัปดาห์ ';
    const codes = ['ACH', 'SERV', 'EXP', 'ING', 'TW'] as const;
    const long = (code: string) => `บรรทัดแรก${code}\n${para.repeat(12)}ท้ายข้อความ${code}`;
    const person = {
      id: 'L1',
      name: 'ผู้มีหลักฐานยาว',
      positionType: 'วิชาการ',
      positionLevel: 'ชำนาญการ',
      achievement: 80,
      competencies: { ACH: 1, SERV: 2, EXP: 2, ING: 2, TW: 1 },
      evidence: Object.fromEntries(codes.map((c) => [c, long(c)])),
      plan: [
        {
          competency: 'ACH',
          method: `อบรมหลักสูตร\n${para.repeat(5)}ท้ายวิธีการ`,
          period: 'ต.ค.–ธ.ค.',
          measure: 'ท้ายการวัดผล',
        },
        { competency: 'SERV', goal: 'เป้าหมายที่เขียนเองSERV' },
      ],
    };
    const file = join(dir, 'long.json');
    writeFileSync(
      file,
      JSON.stringify({ format: 'samatthana/assessment', version: 1, set: 'ocsc', people: [person] }),
    );
    const out = join(dir, 'long.pdf');
    const r = await cli('print', file, '--out', out);
    expect(r.code, r.stderr).toBe(0);
    const pages = await readPdf(readFileSync(out));
    expect(pages.length).toBe(1);
    const text = flat(pages[0]!.text);
    // Every text to its last word: nothing cut off by the page.
    for (const c of codes) {
      expect(text).toContain(flat(`บรรทัดแรก${c}`));
      expect(text).toContain(flat(`ท้ายข้อความ${c}`));
    }
    // The plan: the gap's goal from the dictionary (ACH below ๒, TW below ๒), the texts written.
    expect(text).toContain(flat('แผนพัฒนารายบุคคล'));
    expect(text).toContain('ท้ายวิธีการ');
    expect(text).toContain('ท้ายการวัดผล');
    expect(text).toContain(flat('เป้าหมายที่เขียนเองSERV'));
    expect(text).toContain(flat('เป้าหมาย:ระดับ๒'));
    expect(text).toContain(flat('ผู้บังคับบัญชาเหนือขึ้นไป'));
    // The line break after the first line is kept: it stands on a line of its own.
    expect(pages[0]!.text.split('\n').some((l) => flat(l).endsWith('บรรทัดแรกACH'))).toBe(true);
  }, 240_000);

  it('still prints people not fully assessed, but their pages and the output say so, naming them', async () => {
    const file = join(dir, 'incomplete.csv');
    writeFileSync(
      file,
      [
        'รหัส,ชื่อ-สกุล,ประเภทตำแหน่ง,ระดับตำแหน่ง,ผลสัมฤทธิ์,การมุ่งผลสัมฤทธิ์,การบริการที่ดี,การสั่งสมความเชี่ยวชาญในงานอาชีพ,จริยธรรม,ความร่วมแรงร่วมใจ',
        'P002,นายประเสริฐ วงศ์สวัสดิ์,วิชาการ,ชำนาญการพิเศษ,92.5,3,3,3,3,4',
        'P003,นางวันเพ็ญ ศรีสุข,ทั่วไป,ปฏิบัติงาน,74,1,2,,1,1',
        'P009,นายยังไม่ประเมิน ใจเย็น,ทั่วไป,ปฏิบัติงาน,,,,,,',
      ].join('\n'),
    );
    const out = join(dir, 'incomplete.pdf');
    const r = await cli('print', file, '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('พิมพ์แบบสรุป 3 คน');
    expect(r.stdout).toMatch(/ยังประเมินไม่ครบ 2 คน/);
    expect(r.stdout).toMatch(/P003 นางวันเพ็ญ ศรีสุข — ยังไม่มีระดับของการสั่งสมความเชี่ยวชาญในงานอาชีพ/);
    expect(r.stdout).toMatch(/P009 นายยังไม่ประเมิน ใจเย็น — ยังไม่ได้ประเมิน/);
    expect(r.stdout).not.toContain('P002');
    const pages = (await readPdf(readFileSync(out))).map((p) => flat(p.text));
    expect(pages.length).toBe(3);
    const nothingBelow = flat('ไม่มีสมรรถนะที่ต่ำกว่าระดับที่คาดหวัง');
    expect(pages[0]).toContain(nothingBelow);
    expect(pages[1]).not.toContain(nothingBelow);
    expect(pages[1]).toContain(flat('ยังประเมินไม่ครบ: ยังไม่มีระดับของการสั่งสมความเชี่ยวชาญในงานอาชีพ'));
    expect(pages[2]).not.toContain(nothingBelow);
    expect(pages[2]).toContain(flat('ยังไม่ได้ประเมิน จึงยังบอกไม่ได้ว่ามีสมรรถนะใดต่ำกว่าระดับที่คาดหวัง'));
  }, 240_000);

  it('refuses usage errors (exit 2) and bad input (exit 1), writing nothing', async () => {
    const sub = mkdtempSync(join(dir, 'bad-'));
    writeFileSync(
      join(sub, 'bad.json'),
      '{"format":"samatthana/assessment","version":1,"people":[{"id":"A"}]}',
    );
    expect((await cli('print', join(sub, 'bad.json'))).code).toBe(2);
    expect((await cli('print', join(sub, 'bad.json'), '--out', join(sub, 'x.txt'))).code).toBe(2);
    const bad = await cli('print', join(sub, 'bad.json'), '--out', join(sub, 'x.pdf'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad.json');
    expect((await cli('print', join(sub, 'missing.json'), '--out', join(sub, 'x.pdf'))).code).toBe(1);
    expect(readdirSync(sub)).toEqual(['bad.json']);
  }, 120_000);
});
