/**
 * `samatthana print FILE --out OUT.pdf [OPTIONS]`: each person's summary on one A4 page, printed
 * to PDF by the Chromium the project already uses (HTML with Thai fonts from fonts-thai-tlwg, then
 * page.pdf), for offices with neither Excel nor Sheets. Nothing leaves the machine: the page is
 * set from a string, with no URL loaded.
 */
import { existsSync } from 'node:fs';
import { missingCompetencies, type ResolvedAssessment } from '../../shared/interchange';
import { summariesHtml } from '../../shared/print/summary-html';
import { ASSESSMENT_OPTIONS, overridesFrom, parse, readInput } from '../args';
import { incompletePeople, renderIncomplete } from '../incomplete';
import { type Command, InputError, UsageError } from '../io';
import { outputPath, writeWhole } from '../output';

const USAGE = `ใช้: samatthana print FILE --out OUT.pdf [--set bma|ocsc] [--method gap|rating|bma-points] [--weights 70/30]
  พิมพ์แบบสรุปผลการประเมินของทุกคนในไฟล์ คนละหนึ่งหน้า A4 เป็นไฟล์ PDF (ใช้ Chromium)`;

/**
 * A summary whose texts (long evidence, a long plan) are taller than its page is scaled down until
 * it fits, so every person stays on one A4 page with nothing cut off.
 */
const FIT_PAGES = `for (const page of document.querySelectorAll('.page')) {
  const body = page.querySelector('.fit');
  if (!body) continue;
  const room = page.getBoundingClientRect().height - (page.querySelector('footer')?.getBoundingClientRect().height ?? 0);
  const fits = (zoom) => {
    body.style.zoom = String(zoom);
    return body.getBoundingClientRect().height <= room;
  };
  if (fits(1)) continue;
  // The largest zoom that fits: a smaller zoom also widens the lines, so it is searched, not computed.
  let [lo, hi] = [0.2, 1];
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  fits(lo);
}`;

/** The PDF of every person's summary page. */
export async function summariesPdf(a: ResolvedAssessment): Promise<Uint8Array> {
  const { CHROMIUM_PATH, launchChromium } = await import('../../scripts/chromium');
  if (!existsSync(CHROMIUM_PATH))
    throw new InputError(
      `ไม่พบ Chromium ที่ ${CHROMIUM_PATH}: ติดตั้งด้วย apt-get install chromium fonts-thai-tlwg`,
    );
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // Laid out as printed (A4 less the margins, 96 px to the inch), so the fit below measures the page.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 688, height: 1036 });
    await page.setContent(summariesHtml(a), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(FIT_PAGES);
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}

export const print: Command = async (argv, io) => {
  const { values, positionals } = parse(argv, { ...ASSESSMENT_OPTIONS, out: { type: 'string' } }, 1);
  const file = positionals[0];
  if (!file || !values.out) throw new UsageError(`ต้องระบุไฟล์และ --out\n${USAGE}`);
  if (!/\.pdf$/i.test(values.out)) throw new UsageError(`--out ต้องเป็นไฟล์ .pdf (ได้ "${values.out}")`);
  const out = outputPath(values.out);
  const { assessment: a, places } = readInput(file, overridesFrom(values));
  if (!a.people.length) throw new InputError(`${file}: ไม่มีรายชื่อให้พิมพ์ `);
  const pdf = await summariesPdf(a);
  writeWhole(out, pdf);
  io.out(`พิมพ์แบบสรุป ${a.people.length} คน (คนละหนึ่งหน้า A4) ไว้ที่ ${values.out}`);
  // Still printed (a blank form is signed by hand), but nobody is left thinking the pages are complete.
  const incomplete = incompletePeople(
    a.people.map((person) => ({ person, missing: missingCompetencies(person) })),
    places,
  );
  const note = renderIncomplete(
    a,
    incomplete,
    'หน้าของคนเหล่านี้ยังไม่มีคะแนนรวม และแผนพัฒนาอาจยังไม่ครบ กรอกระดับให้ครบแล้วพิมพ์ใหม่',
  );
  if (note) io.out(note);
  return 0;
};
