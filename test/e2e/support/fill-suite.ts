/**
 * "Fill this page" through the real panel, one test body for every browser: the engine is injected
 * on demand into the form's tab, the page's own controls change (with their change events), nothing
 * is submitted, undo puts everything back, read back and teach mode work, and no request leaves the
 * machine. extension-fill.test.ts runs it in Chromium, extension-fill-firefox.test.ts in Firefox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureExtensionBuilt } from './browser';
import type { DrivenBrowser, DrivenPage } from './driver';
import { allowFromPanel, importAssessment, reportCounts, showView, TEAM_JSON, tabIdOf } from './panel';
import { type FormServer, startFormServer } from './server';

const EMPTY = { c1: '-- เลือก --', c2: '-- เลือก --', c3: '', c4: '-- เลือก --', c5: 'ระดับ 1', note: '' };

const values = (page: DrivenPage) =>
  page.evaluate(() => {
    const sel = (id: string) => {
      const s = document.getElementById(id) as HTMLSelectElement;
      return s.selectedOptions[0]?.text ?? '';
    };
    return {
      c1: sel('c1'),
      c2: sel('c2'),
      c3: (document.getElementById('c3') as HTMLInputElement).value,
      c4: sel('c4'),
      c5: sel('c5'),
      note: (document.getElementById('note') as HTMLInputElement).value,
    };
  });
const events = (page: DrivenPage) =>
  page.evaluate(() => (window as unknown as { __events: string[] }).__events);

export function fillSuite(launch: () => Promise<DrivenBrowser>): void {
  let b: DrivenBrowser;
  let server: FormServer;
  let form: DrivenPage;
  let panel: DrivenPage;

  beforeAll(async () => {
    ensureExtensionBuilt();
    server = await startFormServer();
    b = await launch();
    await b.answerSitePrompt('http://127.0.0.1/*');
    form = await b.openPage(`${server.origin}/support/one-person.html`);
    await form.bringToFront();
    // The panel opened as a tab aims at the tab the user looked at last: the form. Its address is
    // hidden until the site is allowed (Firefox), so the panel must look again once it is.
    panel = await b.openPanel();
    await allowFromPanel(panel, server.origin);
    await importAssessment(panel, 'team.json', TEAM_JSON);
    await panel.waitFor('.person-editor');
  });

  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  describe('fill through the side panel', () => {
    it('aims at the form tab without being told, once its site is allowed', async () => {
      await showView(panel, 'เติมแบบฟอร์ม');
      await expect
        .poll(() => panel.attribute('[data-target-url]', 'data-target-url'), { timeout: 30_000 })
        .toBe(`${server.origin}/support/one-person.html`);
    });

    it('fills one person, leaves a field that already has a value, and submits nothing', async () => {
      expect(await values(form)).toEqual(EMPTY);
      await panel.select('ผู้รับการประเมิน', 'P001');
      await panel.clickButton(/^เติมแบบฟอร์มให้ นางสาวสมศรี ใจดี/);
      expect(await reportCounts(panel)).toEqual({ filled: 4, skipped: 1, missing: 0 });
      // P001: ACH 2, SERV 3, EXP 1, ING 0, TW 2 (TW already holds ระดับ 1 on the page).
      expect(await values(form)).toEqual({ ...EMPTY, c1: 'ระดับ 2', c2: 'ระดับ 3', c3: '1', c4: '๐' });
      const skipped = await panel.evaluate(
        () =>
          [...document.querySelectorAll('section.report details')].find((d) =>
            d.textContent?.includes('ข้ามไป'),
          )?.textContent ?? '',
      );
      expect(skipped).toContain('ความร่วมแรงร่วมใจ');
      const ev = await events(form);
      expect(ev).toEqual(
        expect.arrayContaining(['change:cp_101', 'change:cp_102', 'change:cp_103', 'change:cp_104']),
      );
      expect(ev).not.toContain('submit');
      expect(ev).not.toContain('click-save');
      // The panel with a report (lists open) is still accessible.
      expect(await panel.axe()).toEqual([]);
    });

    it('undoes in one click, exactly', async () => {
      await panel.clickButton(/^เลิกทำ/);
      await panel.waitForText('status', 'คืนค่าเดิมแล้ว 4 ช่อง');
      expect(await values(form)).toEqual(EMPTY);
      expect(await panel.count('section.report')).toBe(0);
    });

    it('overwrites when asked to, and undo restores the page’s own earlier value', async () => {
      await panel.setChecked('เขียนทับค่าที่มีอยู่แล้วในแบบฟอร์ม', true);
      await panel.clickButton(/^เติมแบบฟอร์มให้/);
      expect(await reportCounts(panel)).toEqual({ filled: 5, skipped: 0, missing: 0 });
      expect((await values(form)).c5).toBe('ระดับ 2');
      await panel.clickButton(/^เลิกทำ/);
      await panel.waitForText('status', 'คืนค่าเดิมแล้ว 5 ช่อง');
      expect(await values(form)).toEqual(EMPTY);
      await panel.setChecked('เขียนทับค่าที่มีอยู่แล้วในแบบฟอร์ม', false);
    });

    it('reads an already-filled form back into the assessment', async () => {
      await form.selectByText('#c1', 'ระดับ 4');
      await form.fillCss('#c3', '3');
      await panel.clickButton('อ่านค่าจากแบบฟอร์ม');
      const found = await panel.waitForText('status', 'พบช่องประเมิน');
      // The page shows ACH 4, EXP 3, TW 1 (P001 has 2, 1, 2); SERV and ING are empty.
      expect(found).toContain('ค่าที่ต่างจากแบบประเมิน 3 ค่า');
      await panel.clickButton('นำค่าเข้าแบบประเมิน');
      await showView(panel, 'แบบประเมิน');
      expect(await panel.value('นางสาวสมศรี ใจดี: การมุ่งผลสัมฤทธิ์')).toBe('4');
      expect(await panel.value('นางสาวสมศรี ใจดี: การสั่งสมความเชี่ยวชาญในงานอาชีพ')).toBe('3');
      expect(await panel.value('นางสาวสมศรี ใจดี: ความร่วมแรงร่วมใจ')).toBe('1');
      expect(await panel.value('นางสาวสมศรี ใจดี: การบริการที่ดี')).toBe('3');
      // Put the sample back for the next tests.
      await importAssessment(panel, 'team.json', TEAM_JSON);
      await form.reload();
    });

    it('fills everyone on a grid form, matching rows by name despite titles and spacing', async () => {
      const grid = await b.openPage(`${server.origin}/support/grid.html`);
      const tab = await tabIdOf(panel, `${server.origin}/support/grid.html`);
      const gp = await b.openPanel(`?tab=${tab}&view=fill`);
      await gp.clickButton('เติมให้ทุกคน (แบบฟอร์มตาราง)');
      const team = JSON.parse(TEAM_JSON.toString('utf8'));
      // Three of the team are on the page; the others' fields are reported as not found.
      expect(await reportCounts(gp)).toEqual({
        filled: 15,
        skipped: 0,
        missing: (team.people.length - 3) * 5,
      });
      const row = (n: number) =>
        grid.evaluate(
          (i) =>
            [...document.querySelectorAll<HTMLSelectElement>(`#rows tr:nth-child(${i}) select`)].map(
              (s) => s.selectedOptions[0]?.text,
            ),
          n,
        );
      const levels = (i: number) =>
        ['ACH', 'SERV', 'EXP', 'ING', 'TW'].map((c) => String(team.people[i].competencies[c]));
      expect(await row(1)).toEqual(levels(0));
      expect(await row(2)).toEqual(levels(1));
      expect(await row(3)).toEqual(levels(2));
      expect(await events(grid)).toEqual([]);
      await gp.clickButton(/^เลิกทำ/);
      await gp.waitForText('status', 'คืนค่าเดิมแล้ว 15 ช่อง');
      expect(await row(2)).toEqual(['-', '-', '-', '-', '-']);
      await gp.close();
      await grid.close();
    });

    it('learns an unknown form in teach mode, then fills it; profiles export and import', async () => {
      const page = await b.openPage(`${server.origin}/support/unknown.html`);
      const tab = await tabIdOf(panel, `${server.origin}/support/unknown.html`);
      const tp = await b.openPanel(`?tab=${tab}&view=fill`);
      // Before teaching: nothing on this page is recognised.
      await tp.clickButton(/^เติมแบบฟอร์มให้/);
      expect((await reportCounts(tp)).filled).toBe(0);

      await showView(tp, 'ตั้งค่าแบบฟอร์ม');
      const teach = async (competency: string, selector: string) => {
        await tp.select('สมรรถนะ', competency, { exact: true });
        await tp.clickButton('เลือกช่องในหน้าเว็บ');
        await tp.waitForButton('กำลังรอคลิกในหน้าเว็บ…');
        await page.click(selector);
        await tp.waitForText('status', 'บันทึกแล้ว');
      };
      await teach('ACH', '#q1');
      await teach('SERV', '#q2');
      // What the engine cannot fill from a profile is refused when picked, saying why; nothing is saved.
      const refused = async (selector: string) => {
        await tp.clickButton('เลือกช่องในหน้าเว็บ');
        await tp.waitForButton('กำลังรอคลิกในหน้าเว็บ…');
        await page.click(selector);
        return tp.waitForText('alert');
      };
      expect(await refused('#q3')).toMatch(/^เลือกช่อง “ข้อ ค บรรยาย” ไม่ได้: ช่องข้อความยาว/);
      expect(await refused('#find')).toMatch(/ไม่ได้: ช่องค้นหาไม่ใช่ช่องคำตอบ/);
      // The click while teaching chose the field; it did not change it.
      expect(await page.valueCss('#q1')).toBe('');
      expect(await tp.count('ul.mappings li')).toBe(2);

      await showView(tp, 'เติมแบบฟอร์ม');
      await tp.clickButton(/^เติมแบบฟอร์มให้/);
      const counts = await reportCounts(tp);
      expect(counts.filled).toBe(2);
      expect(
        await page.evaluate(
          () => (document.getElementById('q1') as HTMLSelectElement).selectedOptions[0]?.text,
        ),
      ).toBe('2');
      expect(await page.valueCss('#q2')).toBe('3');
      await tp.clickButton(/^เลิกทำ/);
      await tp.waitForText('status', 'คืนค่าเดิมแล้ว 2 ช่อง');

      await showView(tp, 'ตั้งค่าแบบฟอร์ม');
      const download = await tp.download('ส่งออกโปรไฟล์ (JSON)');
      const exported = JSON.parse(download.text);
      expect(exported.profiles).toHaveLength(1);
      expect(exported.profiles[0].site).toBe(server.origin);
      expect(exported.profiles[0].fields.map((f: { competency: string }) => f.competency)).toEqual([
        'ACH',
        'SERV',
      ]);

      // A bad profile file is rejected whole, with its problems listed; the saved profile stays.
      const bad = {
        ...exported,
        profiles: [
          ...exported.profiles,
          {
            version: 1,
            site: 'https://x.go.th',
            fields: [{ selector: '#a', competency: 'XYZ', control: 'radio' }],
          },
        ],
      };
      await tp.setFile('นำเข้าโปรไฟล์ (JSON)', {
        name: 'bad-profiles.json',
        mimeType: 'application/json',
        body: Buffer.from(JSON.stringify(bad)),
      });
      const alert = await tp.waitForText('alert');
      expect(alert).toContain('$.profiles[1]');
      expect(alert).toContain('competency');
      expect(await tp.count('ul.mappings li')).toBe(2);
      // A good one is merged in.
      const other = {
        version: 1,
        site: 'https://dpis.example.go.th',
        fields: [{ selector: '#x', competency: 'TW', control: 'select' }],
      };
      await tp.setFile('นำเข้าโปรไฟล์ (JSON)', {
        name: 'one.json',
        mimeType: 'application/json',
        body: Buffer.from(JSON.stringify(other)),
      });
      await tp.waitForText('status', 'นำเข้าโปรไฟล์แล้ว: https://dpis.example.go.th');
      const headings = await tp.evaluate(() =>
        [...document.querySelectorAll('h1, h2, h3, h4, [role=heading]')].map((h) => h.textContent ?? ''),
      );
      expect(headings.filter((h) => /โปรไฟล์ทั้งหมด \(2 เว็บไซต์\)/.test(h))).toHaveLength(1);
      await tp.close();
      await page.close();
    });

    it('sent nothing anywhere: only the local pages were loaded, and never submitted', () => {
      expect(b.foreignRequests(server.origin)).toEqual([]);
      expect(server.requests.every((r) => r.method === 'GET' && !r.url.startsWith('/submit'))).toBe(true);
      const pages = server.requests.map((r) => r.url);
      expect(pages.filter((u) => u === '/support/one-person.html')).toHaveLength(2); // opened, then reloaded
      // The extension's own background made no request at all.
      expect(b.requests.filter((r) => r.from === 'service-worker')).toEqual([]);
    });
  });
}
