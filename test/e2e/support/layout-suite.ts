/**
 * The panel at Firefox's sidebar width (about 252 px) and Chrome's side panel width (about 400 px):
 * nothing sticks out sideways and no control is covered by another, in every view, on the first
 * run and with the sample team. Screenshots of each go to test-results/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureExtensionBuilt } from './browser';
import type { DrivenBrowser, DrivenPage } from './driver';
import { breaksInsideWords, measureLayout, measureThaiWraps } from './layout';
import { importAssessment, showView, TEAM_JSON } from './panel';
import { ROOT } from './server';

export const WIDTHS = [252, 400] as const;

export function layoutSuite(launch: () => Promise<DrivenBrowser>): void {
  let b: DrivenBrowser;
  let panel: DrivenPage;
  const shots = join(ROOT, 'test-results');

  beforeAll(async () => {
    ensureExtensionBuilt();
    mkdirSync(shots, { recursive: true });
    b = await launch();
    panel = await b.openPanel();
  });

  afterAll(async () => {
    await b?.close();
  });

  /** Measures the view as it is at each width and keeps a screenshot of the top of it. */
  async function check(view: string) {
    for (const width of WIDTHS) {
      await panel.setSize(width, 900);
      const found = await panel.evaluate(measureLayout);
      expect(found, `${view} at ${width} px`).toEqual({ overflow: [], covered: [] });
      // Thai wraps between words only (Firefox's own line breaker splits "สมรรถ|นะ").
      const wraps = await panel.evaluate(measureThaiWraps);
      expect(breaksInsideWords(wraps), `${view} at ${width} px: lines that begin inside a word`).toEqual([]);
      await panel.evaluate(() => scrollTo(0, 0));
      await panel.screenshot(join(shots, `panel-${view}-${b.name}-${width}.png`));
    }
  }

  describe(`panel layout in ${WIDTHS.join(' and ')} px`, () => {
    it('first run: the three steps', async () => {
      await panel.waitFor('ol.steps');
      expect(await panel.text('h2')).toBe('เริ่มใช้งานใน 3 ขั้นตอน');
      await check('first-run');
    });

    it('the editor with the sample team, a self-assessment, a competency’s evidence and the person form open', async () => {
      await importAssessment(panel, 'team.json', TEAM_JSON);
      await panel.waitFor('.person-editor');
      await check('editor');
      // The appraisee's own level, entered beside the evaluator's 2: the difference said in words.
      await panel.selectByText('.competency[data-competency=ACH] .self-level select', 'ระดับ 4');
      await panel.waitFor('.competency[data-competency=ACH] .self-compare');
      expect(await panel.text('.competency[data-competency=ACH] .self-compare')).toBe(
        'ต่ำกว่าที่ประเมินตนเอง 2 ระดับ',
      );
      await check('editor-self');
      // The evidence checklist of a competency, opened.
      await panel.click('.evidence-slot[data-competency=ACH] summary');
      await panel.waitFor('.evidence fieldset.indicator-level');
      await check('editor-evidence');
      await panel.clickButton('แก้ชื่อ / ตำแหน่ง');
      await panel.waitFor('form.person-form');
      await check('editor-person-form');
    });

    it('lookup with a level opened', async () => {
      await showView(panel, 'ค้นหาพฤติกรรมบ่งชี้');
      await panel.fill('คำค้น (ชื่อสมรรถนะ ระดับ หรือพฤติกรรมบ่งชี้)', 'การทำงานเป็นทีม ระดับ 5');
      await panel.clickButton(/ระดับ 5/, { within: '.hits' });
      await panel.waitFor('.hits article.level');
      await check('lookup');
    });

    it('fill, with the allowed sites open', async () => {
      await showView(panel, 'เติมแบบฟอร์ม');
      await panel.click('details.site-access summary');
      await check('fill');
    });

    it('form set-up (teach)', async () => {
      await showView(panel, 'ตั้งค่าแบบฟอร์ม');
      await check('teach');
    });
  });
}
