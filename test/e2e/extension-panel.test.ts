/**
 * The side panel in real Chromium with the built extension: lookup, import (validated inside the
 * extension's CSP, which forbids eval), the editor's live scores, export, accessibility (axe-core)
 * and a screenshot with Thai fonts.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAssessment } from '../../shared/interchange';
import { templateFromAssessment } from '../../shared/template';
import { templateXlsx } from '../../shared/template/xlsx';
import { axeViolations } from './support/axe';
import {
  type ExtensionBrowser,
  ensureExtensionBuilt,
  launchWithExtension,
  openPanel,
} from './support/browser';
import { ROOT } from './support/server';

const TEAM = readFileSync(join(ROOT, 'shared/samples/team.json'));

let b: ExtensionBrowser;
let panel: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  ensureExtensionBuilt();
  b = await launchWithExtension();
  panel = await openPanel(b);
  panel.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  panel.on('pageerror', (e) => consoleErrors.push(e.message));
});

afterAll(async () => {
  await b?.close();
});

async function importFile(name: string, body: Buffer | string, mimeType = 'application/json') {
  await panel.getByRole('button', { name: 'แบบประเมิน', exact: true }).click();
  await panel.getByLabel('นำเข้าไฟล์แบบประเมิน (Excel, CSV หรือ JSON)').setInputFiles({
    name,
    mimeType,
    buffer: Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'),
  });
}

describe('side panel', () => {
  it('looks indicators up across both sets and shows corrections of the source', async () => {
    await panel.getByRole('button', { name: 'ค้นหาพฤติกรรมบ่งชี้' }).click();
    const box = panel.getByRole('searchbox');
    await box.fill('ตรงต่อ เวลา'); // the source's spacing typo still finds the corrected text
    await expect.poll(() => panel.locator('.hits > li').count()).toBeGreaterThan(0);
    const first = panel.locator('.hits > li').first();
    await expect.poll(() => first.textContent()).toContain('การมุ่งผลสัมฤทธิ์');
    await first.getByRole('button').click();
    const details = first.locator('details.corrections');
    await details.locator('summary').click();
    const text = await details.textContent();
    expect(text).toContain('ตรงต่อ เวลา');
    expect(text).toContain('ตรงต่อเวลา');
    expect(text).toContain('ช่องว่างแทรกกลางคำ');

    // Limit to one set.
    await panel.getByLabel('ค้นในฉบับ', { exact: true }).selectOption('ocsc');
    await box.fill('บริการ');
    await expect
      .poll(() => panel.locator('.hits .tag').allTextContents())
      .toEqual(expect.arrayContaining(['ก.พ.']));
    expect(new Set(await panel.locator('.hits .tag').allTextContents())).toEqual(new Set(['ก.พ.']));
  });

  it('marks a level missing from the source and names where its text comes from', async () => {
    await panel.getByLabel('ฉบับ', { exact: true }).selectOption('bma');
    await panel.getByLabel('สมรรถนะ', { exact: true }).selectOption('EXP');
    const level2 = panel.getByRole('article', { name: /ระดับ 2$/ });
    await expect.poll(() => level2.textContent()).toContain('ไม่มีในต้นฉบับ');
    expect(await level2.textContent()).toContain('DPIS');
  });

  it('rejects a bad file with every problem listed, inside the extension (no eval under MV3 CSP)', async () => {
    // The extension page's CSP is in force (MV3: script-src 'self', no eval, no inline script).
    const blocked = await panel.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), {
            once: true,
          });
          const s = document.createElement('script');
          s.textContent = 'window.__inlineRan = true';
          document.head.append(s);
          setTimeout(
            () => resolve((window as unknown as { __inlineRan?: boolean }).__inlineRan ? 'ran' : 'none'),
            1000,
          );
        }),
    );
    expect(blocked).toMatch(/^script-src/);
    const bad = JSON.parse(TEAM.toString('utf8'));
    bad.people[0].competencies.ACH = 6; // within the schema, beyond bma's levels 0–5
    bad.people[1].id = bad.people[0].id;
    bad.weights = { achievement: 70, competency: 40 };
    await importFile('bad.json', JSON.stringify(bad));
    const alert = panel.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('ไม่ได้นำเข้า bad.json');
    expect(text).toContain('คนที่ 1 (P001 นางสาวสมศรี ใจดี), ช่อง competencies.ACH');
    expect(text).toMatch(/คนที่ 2 \(P001 [^)]*\), ช่อง id/);
    expect(text).toContain('ช่อง weights');
    expect(await panel.locator('.person-editor').count()).toBe(0);
    // A schema error (wrong type) comes from the precompiled validator.
    await importFile('typo.json', JSON.stringify({ ...bad, people: 'nobody' }));
    await expect
      .poll(async () => (await panel.getByRole('alert').textContent()) ?? '')
      .toContain('ช่อง people');
  });

  it('imports the sample, scores live as levels change, and keeps it when a later import fails', async () => {
    await importFile('team.json', TEAM);
    await panel.getByRole('status').filter({ hasText: 'นำเข้า team.json แล้ว' }).waitFor();
    const rows = panel.locator('table.people-summary tbody tr');
    expect(await rows.count()).toBe(JSON.parse(TEAM.toString('utf8')).people.length);

    const first = panel.locator('.person-editor');
    const before = await first.locator('[data-col=total]').textContent();
    const ach = panel.getByLabel('นางสาวสมศรี ใจดี: การมุ่งผลสัมฤทธิ์');
    expect(await ach.inputValue()).toBe('2');
    // The options show each level's title.
    expect(await ach.locator('option[value="3"]').textContent()).toMatch(/^3 — ปรับปรุง/);
    await ach.selectOption('3');
    // P001 is K2 (expected 2 in bma): EXP 1 earns 2 points; raising it to 2 earns 3 and the total moves.
    const exp = panel.getByLabel('นางสาวสมศรี ใจดี: การสั่งสมความเชี่ยวชาญในงานอาชีพ');
    const expCell = first.locator('.competency[data-competency=EXP] .cell-score');
    expect(await expCell.textContent()).toBe('คาดหวัง 2 · 2 คะแนน');
    await exp.selectOption('2');
    await expect.poll(() => expCell.textContent()).toBe('คาดหวัง 2 · 3 คะแนน');
    await expect.poll(() => first.locator('[data-col=total]').textContent()).not.toBe(before);

    // A bad import now leaves the edited assessment exactly as it was.
    await importFile('broken.csv', 'id,name\nP1', 'text/csv');
    await panel.getByRole('alert').filter({ hasText: 'ไม่ได้นำเข้า broken.csv' }).waitFor();
    expect(await panel.getByRole('alert').textContent()).toContain('แบบประเมินเดิมยังอยู่ครบ');
    expect(await rows.count()).toBe(JSON.parse(TEAM.toString('utf8')).people.length);
    expect(await ach.inputValue()).toBe('3');
    expect(await exp.inputValue()).toBe('2');
  });

  it('exports the edited assessment as JSON and CSV through a download (no network)', async () => {
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'ส่งออก JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('team.json');
    expect(download.url()).toMatch(/^blob:chrome-extension:\/\//);
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(saved.format).toBe('samatthana/assessment');
    expect(saved.people[0].competencies.ACH).toBe(3);

    const [csv] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'ส่งออก CSV' }).click(),
    ]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.split('\r\n')[0]).toContain('ชื่อ-สกุล');
    expect(text).toContain('นางสาวสมศรี ใจดี');
  });

  it('keeps the assessment after the panel is closed and opened again', async () => {
    const again = await openPanel(b, '?view=assessment');
    await again.locator('.person-editor').waitFor();
    expect(await again.getByLabel('นางสาวสมศรี ใจดี: การมุ่งผลสัมฤทธิ์').inputValue()).toBe('3');
    await again.close();
  });

  it('composes evidence from the indicators and keeps it, with the plan, after reopening', async () => {
    await panel.getByRole('button', { name: 'แบบประเมิน', exact: true }).click();
    await panel.getByLabel('ผู้รับการประเมิน', { exact: true }).selectOption('P001');
    const slot = panel.locator('.evidence-slot[data-competency=ACH]');
    await slot.locator('summary').click();
    // The checklist is drawn once it opens: wait for it before reading it.
    await slot.locator('legend').nth(2).waitFor();
    // ACH was raised to 3 above: the indicators of levels 1, 2 and 3.
    const legends = await slot.locator('legend').allTextContents();
    expect(legends.map((l) => l.split(' ')[1])).toEqual(['1', '2', '3']);
    const boxes = slot.locator('input[type=checkbox]');
    const labels = await slot.locator('label.check').allTextContents();
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    const text = panel.getByLabel('เหตุการณ์/พฤติกรรม (การมุ่งผลสัมฤทธิ์) ของ นางสาวสมศรี ใจดี');
    expect(await text.inputValue()).toBe(`${labels[0]}\n${labels[2]}`);
    await text.fill(`${labels[0]}\n${labels[2]}\nลดเวลาเบิกจ่ายเหลือ 3 วัน`);
    // ING 0 is below the expected 2: a plan row whose method the evaluator writes.
    await panel.getByLabel('วิธีการพัฒนา (จริยธรรม)').fill('อบรมจริยธรรมข้าราชการ');
    await panel.getByLabel('วิธีการพัฒนา (จริยธรรม)').blur();

    const again = await openPanel(b, '?view=assessment');
    await again.getByLabel('ผู้รับการประเมิน', { exact: true }).selectOption('P001');
    const slotAgain = again.locator('.evidence-slot[data-competency=ACH]');
    expect(await slotAgain.locator('summary').textContent()).toContain('เขียนแล้ว');
    await slotAgain.locator('summary').click();
    const kept = again.getByLabel('เหตุการณ์/พฤติกรรม (การมุ่งผลสัมฤทธิ์) ของ นางสาวสมศรี ใจดี');
    expect(await kept.inputValue()).toBe(`${labels[0]}\n${labels[2]}\nลดเวลาเบิกจ่ายเหลือ 3 วัน`);
    expect(await slotAgain.locator('input[type=checkbox]').nth(0).isChecked()).toBe(true);
    expect(await slotAgain.locator('input[type=checkbox]').nth(1).isChecked()).toBe(false);
    expect(await again.getByLabel('วิธีการพัฒนา (จริยธรรม)').inputValue()).toBe('อบรมจริยธรรมข้าราชการ');
    // Narrow, as in Firefox's sidebar: nothing wider than the panel.
    await again.setViewportSize({ width: 300, height: 1400 });
    const overflow = await again.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await slotAgain.screenshot({ path: join(ROOT, 'test-results/sidepanel-evidence.png') });
    await again.locator('section.plan').screenshot({ path: join(ROOT, 'test-results/sidepanel-plan.png') });
    // The CSV export carries the evidence and the plan, in their own columns, and reads back the same.
    const [csv] = await Promise.all([
      again.waitForEvent('download'),
      again.getByRole('button', { name: 'ส่งออก CSV' }).click(),
    ]);
    const exported = readFileSync((await csv.path())!, 'utf8');
    const header = exported.split('\r\n')[0]!.split(',');
    expect(header).toContain('เหตุการณ์/พฤติกรรม การมุ่งผลสัมฤทธิ์');
    // The team is in the BMA set: its columns say จริยธรรม, as its level column does.
    expect(header).toContain('วิธีการพัฒนา จริยธรรม');
    const back = parseAssessment(exported, 'team.csv', { set: 'bma' }).people[0]!;
    expect(back.evidence?.ACH).toBe(`${labels[0]}\n${labels[2]}\nลดเวลาเบิกจ่ายเหลือ 3 วัน`);
    expect(back.plan?.find((e) => e.competency === 'ING')?.method).toBe('อบรมจริยธรรมข้าราชการ');
    await again.close();
  });

  it('imports the scoring template .xlsx an Excel user saved, read inside the extension', async () => {
    const team = JSON.parse(TEAM.toString('utf8'));
    team.people[0].competencies.ACH = 4;
    const xlsx = await templateXlsx(
      templateFromAssessment(parseAssessment(JSON.stringify(team), 'team.json')),
    );
    await importFile(
      'ทีม.xlsx',
      Buffer.from(xlsx),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    await panel.getByRole('status').filter({ hasText: 'นำเข้า ทีม.xlsx แล้ว' }).waitFor();
    expect(await panel.locator('table.people-summary tbody tr').count()).toBe(team.people.length);
    expect(await panel.getByLabel('นางสาวสมศรี ใจดี: การมุ่งผลสัมฤทธิ์').inputValue()).toBe('4');
    // A workbook that is not a template is refused with one message, in Thai.
    await importFile('รายงาน.pdf', Buffer.from('%PDF-1.7\n'), 'application/pdf');
    await expect
      .poll(async () => (await panel.getByRole('alert').textContent()) ?? '')
      .toContain('เป็นไฟล์ PDF');
  });

  it('has no accessibility violations in any view (axe-core)', async () => {
    for (const view of ['ค้นหาพฤติกรรมบ่งชี้', 'แบบประเมิน', 'เติมแบบฟอร์ม', 'ตั้งค่าแบบฟอร์ม']) {
      await panel.getByRole('button', { name: view, exact: true }).click();
      if (view === 'ค้นหาพฤติกรรมบ่งชี้') {
        await panel.getByRole('searchbox').fill('จริยธรรม ระดับ 2');
        await panel.locator('.hits > li button').first().click();
      }
      const violations = await axeViolations(panel);
      expect(violations, `${view}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
    }
  });

  it('renders Thai with a system Thai font, and saves a screenshot', async () => {
    await panel.getByRole('button', { name: 'แบบประเมิน', exact: true }).click();
    await panel.setViewportSize({ width: 420, height: 900 });
    const font = await panel.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(font).toMatch(/Sarabun|Garuda|Loma|Noto Sans Thai/);
    // The font really resolves to an installed Thai face (fonts-thai-tlwg), not a fallback box.
    const loaded = await panel.evaluate(() =>
      ['Garuda', 'Loma', 'Sarabun', 'Noto Sans Thai'].filter((f) =>
        document.fonts.check(`16px "${f}"`, 'สมรรถนะ'),
      ),
    );
    expect(loaded.length).toBeGreaterThan(0);
    // Into test-results/ (not tracked); the README's pictures come from `npm run screenshots`.
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    const shot = await panel.screenshot({ path: join(ROOT, 'test-results/sidepanel.png'), fullPage: false });
    expect(shot.byteLength).toBeGreaterThan(10_000);
    await panel.setViewportSize({ width: 1280, height: 900 });
  });

  it('made no network request and logged no error (CSP included)', () => {
    const foreign = b.requests.filter(
      (r) =>
        !r.url.startsWith(`chrome-extension://${b.extensionId}/`) &&
        !r.url.startsWith('blob:') &&
        r.url !== 'about:blank',
    );
    expect(foreign).toEqual([]);
    // Only the inline script this file injected on purpose to prove the CSP was refused.
    const csp = /inline script violates the following Content Security Policy/;
    expect(consoleErrors.filter((m) => !csp.test(m))).toEqual([]);
    expect(consoleErrors.filter((m) => csp.test(m)).length).toBeGreaterThan(0);
  });
});
