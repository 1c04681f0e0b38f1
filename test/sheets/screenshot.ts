/**
 * The demo picture: the sample team's template, recalculated by LibreOffice and photographed by
 * Chromium (LibreOffice writes the computed sheet as HTML; its own PNG export is not available in
 * the headless build here). `tsx test/sheets/screenshot.ts [OUT.png]` writes docs/screenshots/template.png.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { launchChromium } from '../../scripts/chromium';
import { parseAssessment } from '../../shared/interchange';
import type { ResolvedAssessment } from '../../shared/interchange/types';
import { templateFromAssessment } from '../../shared/template';
import { templateXlsx } from '../../shared/template/xlsx';
import { generatePeople } from './helpers';

const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The sample team (shared/samples/team.json) when it exists, else a generated team of twelve. */
export function sampleTeam(): ResolvedAssessment {
  const file = join(root, 'shared/samples/team.json');
  if (existsSync(file)) return parseAssessment(readFileSync(file, 'utf8'), file);
  const people = generatePeople(12, 'ocsc', 'gap', 2569).map((p, i) => ({
    ...p,
    name: ['นางสาวสมศรี ใจดี', 'นายสมชาย รักงาน', 'นางวันดี มีสุข', 'นายประเสริฐ ตั้งใจ'][i] ?? p.name,
  }));
  const json = JSON.stringify({
    format: 'samatthana/assessment',
    version: 1,
    set: 'ocsc',
    method: 'gap',
    round: { fiscalYear: 2569, round: 1 },
    people,
  });
  return parseAssessment(json, 'team.json');
}

/** PNG of the score sheet of a template, as LibreOffice computes it. */
export async function templatePng(assessment: ResolvedAssessment): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'samatthana-shot-'));
  try {
    const xlsx = join(dir, 'template.xlsx');
    writeFileSync(xlsx, await templateXlsx(templateFromAssessment(assessment, { spareRows: 2 })));
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'html',
        '--outdir',
        dir,
        xlsx,
      ],
      {
        timeout: 120_000,
      },
    );
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1600, height: 900 }, deviceScaleFactor: 1 });
      await page.goto(pathToFileURL(join(dir, 'template.html')).href);
      await page.addStyleTag({ content: 'body { margin: 16px; background: #fff } td { padding: 1px 6px }' });
      return await page.locator('table').first().screenshot();
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const out = resolve(process.argv[2] ?? join(root, 'docs/screenshots/template.png'));
  writeFileSync(out, await templatePng(sampleTeam()));
  console.log(`เขียนภาพแม่แบบไว้ที่ ${out}`);
}
