/**
 * Printing, checked by looking: LibreOffice turns a workbook into the PDF it would print, and
 * poppler-utils (pdfinfo, pdftotext, pdftoppm) read its pages back as sizes, text and pictures.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const LIMIT = { timeout: 180_000, maxBuffer: 64 * 1024 * 1024 };

/** The PDF LibreOffice prints from an .xlsx (every sheet, with its print settings). */
export async function xlsxToPdf(xlsx: Uint8Array): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'samatthana-pdf-'));
  try {
    writeFileSync(join(dir, 'book.xlsx'), xlsx);
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'book.xlsx'),
      ],
      LIMIT,
    );
    return readFileSync(join(dir, 'book.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function withFile<T>(pdf: Uint8Array, f: (file: string, dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'samatthana-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    return await f(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface PdfPage {
  /** 1-based. */
  page: number;
  /** In points; A4 is 595 × 842. */
  width: number;
  height: number;
  text: string;
}

/** Every page's size and text (pdftotext -layout, page by page). */
export function readPdf(pdf: Uint8Array): Promise<PdfPage[]> {
  return withFile(pdf, async (file) => {
    const info = (await run('pdfinfo', ['-f', '1', '-l', '100000', file], LIMIT)).stdout;
    const sizes = [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({
      page: Number(m[1]),
      width: Number(m[2]),
      height: Number(m[3]),
    }));
    const pages: PdfPage[] = [];
    for (const s of sizes) {
      const text = (
        await run('pdftotext', ['-layout', '-f', String(s.page), '-l', String(s.page), file, '-'], LIMIT)
      ).stdout;
      pages.push({ ...s, text });
    }
    return pages;
  });
}

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** The words of one page with their boxes (pdftotext -bbox), top to bottom. */
export function pdfWords(pdf: Uint8Array, page: number): Promise<Word[]> {
  return withFile(pdf, async (file) => {
    const html = (await run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], LIMIT))
      .stdout;
    return [
      ...html.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: m[5]!
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"'),
    }));
  });
}

/** One page rendered by pdftoppm: a PNG, or a grey PGM. */
function renderPage(pdf: Uint8Array, page: number, format: 'png' | 'gray', dpi: number): Promise<Uint8Array> {
  return withFile(pdf, async (file, dir) => {
    const args = [`-${format}`, '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile'];
    await run('pdftoppm', [...args, file, join(dir, 'page')], LIMIT);
    const out = readdirSync(dir).find((f) => f.startsWith('page.'));
    if (!out) throw new Error('pdftoppm wrote no picture');
    return readFileSync(join(dir, out));
  });
}

/** One page as a PNG, `dpi` dots per inch. */
export function pagePng(pdf: Uint8Array, page: number, dpi = 110): Promise<Uint8Array> {
  return renderPage(pdf, page, 'png', dpi);
}

/**
 * The share of a page's pixels that are dark (rendered grey): about 0 for a blank page, a few per
 * cent for a page of text.
 */
export async function pageInk(pdf: Uint8Array, page: number, dpi = 50): Promise<number> {
  const pgm = Buffer.from(await renderPage(pdf, page, 'gray', dpi));
  // "P5\n<w> <h>\n255\n" then one byte a pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm wrote no PGM');
  const pixels = pgm.subarray(header[0].length);
  let dark = 0;
  for (const v of pixels) if (v < 160) dark++;
  return dark / pixels.length;
}
