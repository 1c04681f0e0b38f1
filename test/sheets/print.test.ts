/**
 * The template prints as an office files it, checked on the PDF LibreOffice prints: the score sheet
 * of 30 people is landscape A4, one page wide, its header on every page; rows are tall enough for
 * Thai text; the summary is one portrait A4 page whose live formulas follow an edit of the score sheet.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getSet } from '../../shared/dictionary';
import { parseAssessment } from '../../shared/interchange';
import type { ResolvedAssessment } from '../../shared/interchange/types';
import { scorePerson } from '../../shared/rules/scoring';
import {
  COL,
  FIRST_PERSON_ROW,
  HEADER_ROW,
  LINE_HEIGHT,
  SHEETS,
  scoreLayout,
  templateFromAssessment,
} from '../../shared/template';
import { templateXlsx } from '../../shared/template/xlsx';
import { toThaiDigits } from '../../shared/text/normalize';
import { generatePeople } from './helpers';
import { type PdfPage, pdfWords, readPdf, xlsxToPdf } from './pdf';

const A4 = { short: 595, long: 842 };
const near = (a: number, b: number) => Math.abs(a - b) < 2;
const isLandscape = (p: PdfPage) => near(p.width, A4.long) && near(p.height, A4.short);
const isPortrait = (p: PdfPage) => near(p.width, A4.short) && near(p.height, A4.long);
/** Text without spaces: pdftotext splits Thai words where a mark sits (ปิ่ น). */
const flat = (s: string) => s.replace(/\s+/g, '');
const has = (page: PdfPage, text: string) => flat(page.text).includes(flat(text));
/** The pages of a sheet: each page's footer (its last line) starts with the sheet's name. */
const footer = (p: PdfPage) => p.text.trim().split('\n').at(-1)!.trim();
const pagesOf = (pages: PdfPage[], sheet: string) => pages.filter((p) => footer(p).startsWith(`${sheet} ·`));

function team(count = 30): ResolvedAssessment {
  const people = generatePeople(count, 'ocsc', 'gap', 30).map((p, i) => ({
    ...p,
    id: `T${String(i + 1).padStart(2, '0')}`,
    name: `ผู้ทดสอบที่ ${i + 1} ปิ่นแก้ว`,
    achievement: 50 + (i % 50),
  }));
  return parseAssessment(
    JSON.stringify({
      format: 'samatthana/assessment',
      version: 1,
      set: 'ocsc',
      method: 'gap',
      round: { fiscalYear: 2569, round: 1 },
      people,
    }),
    'team.json',
  );
}

describe('the printed template (LibreOffice → PDF)', () => {
  const a = team();
  let xlsx: Uint8Array;
  let pdf: Uint8Array;
  let pages: PdfPage[];
  beforeAll(async () => {
    xlsx = await templateXlsx(templateFromAssessment(a));
    pdf = await xlsxToPdf(xlsx);
    pages = await readPdf(pdf);
  }, 240_000);

  it.each([30, 80])(
    'prints the score sheet of %i people on landscape A4, one page wide, the header on every page',
    async (count) => {
      const a = team(count);
      const score = pagesOf(
        count === 30 ? pages : await readPdf(await xlsxToPdf(await templateXlsx(templateFromAssessment(a)))),
        SHEETS.score,
      );
      expect(score.length).toBeGreaterThanOrEqual(count === 30 ? 1 : 2);
      const names = getSet('ocsc').competencies.map((c) => c.nameTh.slice(0, 6));
      for (const p of score) {
        expect(isLandscape(p), `page ${p.page} ${p.width}×${p.height}`).toBe(true);
        // The header row, first to last printed column, repeated on each page.
        for (const h of ['รหัส', 'ชื่อ-สกุล', 'ผลสัมฤทธิ', 'คะแนน', 'สมรรถนะ', 'ผลการ'])
          expect(flat(p.text)).toContain(flat(h));
        expect(flat(p.text)).toContain(flat('ประเมิน'));
        for (const n of names.slice(0, 2)) expect(flat(p.text)).toContain(flat(n));
      }
      // Every person on exactly one page, and with their band (the last column): nothing is cut off.
      for (const person of a.people) {
        expect(score.filter((p) => has(p, person.id)).length, person.id).toBe(1);
      }
      expect(flat(score.map((p) => p.text).join(''))).toContain(flat('รอบที่ ๑ ปีงบประมาณ ๒๕๖๙'));
      // The print area ends with the last person: no page of spare rows.
      expect(has(score.at(-1)!, a.people.at(-1)!.id)).toBe(true);
    },
    240_000,
  );

  it('gives every row the height Thai text needs, so no row is drawn over the one above', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.buffer as ArrayBuffer);
    const ws = wb.getWorksheet(SHEETS.score)!;
    const size = 16;
    for (let r = FIRST_PERSON_ROW; r < FIRST_PERSON_ROW + a.people.length; r++)
      expect(ws.getRow(r).height, `row ${r}`).toBeGreaterThanOrEqual(LINE_HEIGHT * size);
    expect(ws.getRow(HEADER_ROW).height).toBeGreaterThanOrEqual(3 * LINE_HEIGHT * size);
    expect(ws.getCell(FIRST_PERSON_ROW, COL.id).font?.size).toBe(size);

    // Measured on the page: each id's box lies below the previous row's box.
    const first = pagesOf(pages, SHEETS.score)[0]!;
    const ids = (await pdfWords(pdf, first.page))
      .filter((w) => /^T\d\d$/.test(w.text))
      .sort((x, y) => x.yMin - y.yMin);
    expect(ids.length).toBeGreaterThan(10);
    for (let i = 1; i < ids.length; i++) {
      const [above, below] = [ids[i - 1]!, ids[i]!];
      expect(below.yMin, `${below.text} under ${above.text}`).toBeGreaterThanOrEqual(above.yMax);
      // A word's box already spans the font's ascent and descent (about 1.3 × its size); rows are
      // 1.5 × the size apart, so the boxes of neighbouring rows have room between them.
      expect(below.yMin - above.yMin).toBeGreaterThanOrEqual(1.1 * (above.yMax - above.yMin));
    }
  });

  it('prints the summary of the chosen person on one portrait A4 page, in Thai digits', () => {
    const summary = pagesOf(pages, SHEETS.summary);
    expect(summary.length).toBe(1);
    const page = summary[0]!;
    expect(isPortrait(page)).toBe(true);
    const p = a.people[0]!;
    const s = scorePerson(p, a);
    expect(flat(page.text)).toContain(flat(p.name));
    expect(flat(page.text)).toContain(flat(toThaiDigits(s.total!.toFixed(2))));
    expect(flat(page.text)).toContain(flat(toThaiDigits(s.competencyScore.toFixed(2))));
    expect(flat(page.text)).toContain(flat(s.band!));
    for (const who of ['ผู้รับการประเมิน', 'ผู้ประเมิน', 'ผู้บังคับบัญชา']) expect(flat(page.text)).toContain(flat(who));
    expect(flat(page.text)).toContain(flat('สูงกว่าหรือเท่ากับ'));
    expect(flat(page.text)).toContain(flat('พ.ศ.'));
  });

  it('follows the score sheet: choose another id, change a level there, and the summary changes', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.buffer as ArrayBuffer);
    const p = a.people[7]!;
    const row = FIRST_PERSON_ROW + 7;
    const level = p.competencies.ACH === 0 ? 1 : 0;
    wb.getWorksheet(SHEETS.score)!.getCell(row, COL.firstCompetency).value = level;
    wb.getWorksheet(SHEETS.summary)!.getCell(3, 3).value = p.id;
    const edited = await readPdf(await xlsxToPdf(new Uint8Array(await wb.xlsx.writeBuffer())));
    const page = pagesOf(edited, SHEETS.summary)[0]!;
    const want = scorePerson({ ...p, competencies: { ...p.competencies, ACH: level } }, a);
    const before = scorePerson(p, a);
    expect(want.total).not.toBe(before.total);
    expect(flat(page.text)).toContain(flat(p.name));
    expect(flat(page.text)).toContain(flat(toThaiDigits(want.total!.toFixed(2))));
    expect(flat(page.text)).not.toContain(flat(a.people[0]!.name));
  }, 240_000);

  it('prints a sheet per person with --summaries, each one page showing that person', async () => {
    const three = team(3);
    const printed = await readPdf(
      await xlsxToPdf(await templateXlsx(templateFromAssessment(three, { summaries: true }))),
    );
    for (const p of three.people) {
      const own = pagesOf(printed, `สรุป ${p.id}`);
      expect(own.length, p.id).toBe(1);
      expect(isPortrait(own[0]!)).toBe(true);
      expect(flat(own[0]!.text)).toContain(flat(p.name));
      expect(flat(own[0]!.text)).toContain(toThaiDigits(scorePerson(p, three).total!.toFixed(2)));
    }
  }, 240_000);
});

describe('self-assessment, evidence and the plan, printed (LibreOffice → PDF)', () => {
  const para = 'ติดตามงานที่ได้รับมอบหมายอย่างสม่ำเสมอ และรายงานผลต่อผู้บังคับบัญชาทุกสัปดาห์ ';
  const codes = ['ACH', 'SERV', 'EXP', 'ING', 'TW'] as const;
  const base = team(3);
  const people = base.people.map((p, i) => ({
    ...p,
    self: Object.fromEntries(codes.map((c) => [c, Math.min(5, (p.competencies[c] ?? 0) + 1)])),
    evidence: Object.fromEntries(
      // One long text (about 800 characters) on the first person; the rest as long as a few indicators.
      codes.map((c) => [c, `ต้น${p.id}${c}\n${para.repeat(i === 0 && c === 'ACH' ? 10 : 2)}ท้าย${p.id}${c}`]),
    ),
    plan: [
      {
        competency: 'ACH' as const,
        method: `วิธี${p.id}\n${para.repeat(3)}จบวิธี${p.id}`,
        period: `ช่วง${p.id}`,
        measure: `วัด${p.id}`,
      },
    ],
  }));
  const a: ResolvedAssessment = { ...base, people };

  it('shows self beside each level on a one-page-wide score sheet; each summary prints evidence and plan in full', async () => {
    const xlsx = await templateXlsx(templateFromAssessment(a, { summaries: true }));
    const pages = await readPdf(await xlsxToPdf(xlsx));
    const score = pagesOf(pages, SHEETS.score);
    expect(score.length).toBe(1);
    expect(isLandscape(score[0]!)).toBe(true);
    expect(flat(score[0]!.text)).toContain(flat('ประเมินตนเอง'));
    // Each person's row: the band, the last printed column, is on the page (one page wide).
    for (const p of a.people) expect(has(score[0]!, p.id)).toBe(true);
    expect(flat(score[0]!.text)).not.toContain(`ต้น${a.people[0]!.id}`);

    for (const [sheet, p] of [
      [SHEETS.summary, a.people[0]!],
      ...a.people.map((q) => [`สรุป ${q.id}`, q] as const),
    ] as const) {
      const own = pagesOf(pages, sheet);
      expect(own.length, sheet).toBe(1);
      expect(isPortrait(own[0]!)).toBe(true);
      const text = flat(own[0]!.text);
      for (const c of codes) {
        expect(text, `${sheet} ${c}`).toContain(flat(`ต้น${p.id}${c}`));
        expect(text, `${sheet} ${c}`).toContain(flat(`ท้าย${p.id}${c}`));
      }
      expect(text).toContain(flat('แผนพัฒนารายบุคคล'));
      for (const t of [`วิธี${p.id}`, `จบวิธี${p.id}`, `ช่วง${p.id}`, `วัด${p.id}`])
        expect(text).toContain(flat(t));
      // The signatures below the plan are on the page: nothing pushed off it.
      expect(text).toContain(flat('ผู้บังคับบัญชา'));
    }
  }, 240_000);

  it('reads the evidence and plan live from the score sheet: an edit there changes the summary', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await templateXlsx(templateFromAssessment(a))).buffer as ArrayBuffer);
    const L = scoreLayout(true);
    const ws = wb.getWorksheet(SHEETS.score)!;
    ws.getCell(FIRST_PERSON_ROW + 1, L.evidence.SERV).value = 'หลักฐานใหม่ที่แก้ในชีตคะแนน';
    ws.getCell(FIRST_PERSON_ROW + 1, L.plan.TW.method).value = 'วิธีใหม่สำหรับทีม';
    wb.getWorksheet(SHEETS.summary)!.getCell(3, 3).value = a.people[1]!.id;
    const page = pagesOf(
      await readPdf(await xlsxToPdf(new Uint8Array(await wb.xlsx.writeBuffer()))),
      SHEETS.summary,
    )[0]!;
    const text = flat(page.text);
    expect(text).toContain(flat('หลักฐานใหม่ที่แก้ในชีตคะแนน'));
    expect(text).not.toContain(flat(`ต้น${a.people[1]!.id}SERV`));
    expect(text).toContain(flat('วิธีใหม่สำหรับทีม'));
    expect(text).toContain(flat(`ต้น${a.people[1]!.id}ACH`));
  }, 240_000);
});
