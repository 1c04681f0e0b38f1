/**
 * The README's pictures of printing, rendered from the real PDFs (pdftoppm), never from an HTML
 * export: the sample team's score sheet and summary as LibreOffice prints the template, and the
 * first page of `samatthana print`. `tsx test/sheets/screenshot.ts [DIR]` writes them to
 * docs/screenshots/ (template.png, template-summary.png, print.png).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summariesPdf } from '../../cli/commands/print';
import { parseAssessment } from '../../shared/interchange';
import type { ResolvedAssessment } from '../../shared/interchange/types';
import { SHEETS, templateFromAssessment } from '../../shared/template';
import { templateXlsx } from '../../shared/template/xlsx';
import { type PdfPage, pageInk, pagePng, readPdf, xlsxToPdf } from './pdf';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The sample team (shared/samples/team.json), as `npm start` shows it. */
export function sampleTeam(): ResolvedAssessment {
  const file = join(root, 'shared/samples/team.json');
  return parseAssessment(readFileSync(file, 'utf8'), file);
}

export interface Shot {
  file: string;
  png: Uint8Array;
  /** The text of the page pictured, as pdftotext reads it. */
  page: PdfPage;
  /** The share of dark pixels on that page (0 for a blank one). */
  ink: number;
}

/** The first page whose footer (its last line) starts with the sheet's name. */
function sheetPage(pages: PdfPage[], sheet: string): PdfPage {
  const page = pages.find((p) => p.text.trim().split('\n').at(-1)!.trim().startsWith(`${sheet} ·`));
  if (!page) throw new Error(`no printed page of ${sheet}`);
  return page;
}

/** Whom the summary pictures show: the first person with evidence written, else the first. */
export function picturedPerson(a: ResolvedAssessment) {
  return a.people.find((p) => p.evidence && Object.keys(p.evidence).length) ?? a.people[0]!;
}

/** The three pictures of the sample team: score sheet, summary sheet, print page. */
export async function printShots(a: ResolvedAssessment, dpi = 100): Promise<Shot[]> {
  const person = picturedPerson(a);
  const template = await xlsxToPdf(await templateXlsx(templateFromAssessment(a, { summaries: true })));
  const pages = await readPdf(template);
  const score = sheetPage(pages, SHEETS.score);
  // The person's own summary sheet (`--summaries`): the same form as แบบสรุป, preset to them.
  const summary = sheetPage(pages, `สรุป ${person.id}`);
  const print = await summariesPdf(a);
  const printed = (await readPdf(print)).find((p) => p.text.includes(person.id))!;
  const shot = async (file: string, pdf: Uint8Array, page: PdfPage): Promise<Shot> => ({
    file,
    png: await pagePng(pdf, page.page, dpi),
    page,
    ink: await pageInk(pdf, page.page),
  });
  return [
    await shot('template.png', template, score),
    await shot('template-summary.png', template, summary),
    await shot('print.png', print, printed),
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const dir = resolve(process.argv[2] ?? join(root, 'docs/screenshots'));
  for (const s of await printShots(sampleTeam())) {
    writeFileSync(join(dir, s.file), s.png);
    console.log(`เขียนภาพ ${join(dir, s.file)}`);
  }
}
