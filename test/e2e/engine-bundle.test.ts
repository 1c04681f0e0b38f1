/**
 * dist/fill-engine.js on its own in Chromium: what it defines, that no dependency slipped in (a
 * generous size ceiling), that its waitForForm waits for a late form, selectors for ids only a real
 * browser can escape, and a teach-mode profile filling a form automatic matching cannot read, undone
 * from a JSON copy.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FillReport, ScanResult, SiteProfile, UndoResult } from '../../extension/engine';
import { ENGINE_GZIP_CEILING, ensureEngine } from '../../scripts/build-engine';
import { launchChromium } from '../../scripts/chromium';

type Api = {
  version: number;
  scan(root?: ParentNode, o?: { profile?: SiteProfile }): ScanResult;
  fill(i: unknown, root?: ParentNode): FillReport;
  undo(r: unknown): UndoResult;
  cssPath(el: Element): string;
  validateProfile(
    j: unknown,
    doc?: Document,
  ): { ok: true } | { ok: false; problems: { where: string; message: string }[] };
  waitForForm?(r?: ParentNode, o?: object): Promise<ScanResult>;
};

let browser: Browser;
let engine: string;

async function pageWith(html: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setContent(html);
  await page.addScriptTag({ path: engine });
  return page;
}

beforeAll(async () => {
  engine = await ensureEngine();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('dist/fill-engine.js', () => {
  test('defines globalThis.samatthanaFill and nothing else', async () => {
    const page = await browser.newPage();
    await page.setContent('<p>ว่าง</p>');
    const before = await page.evaluate(() => Object.keys(globalThis));
    await page.addScriptTag({ path: engine });
    const added = await page.evaluate(
      (before) => Object.keys(globalThis).filter((k) => !before.includes(k)),
      before,
    );
    expect(added).toEqual(['samatthanaFill']);
    const api = await page.evaluate(() =>
      Object.entries(
        (globalThis as unknown as { samatthanaFill: Record<string, unknown> }).samatthanaFill,
      ).map(([k, v]) => `${k}:${typeof v}`),
    );
    expect(api.sort()).toEqual(
      ['cssPath', 'fill', 'scan', 'undo', 'validateProfile', 'waitForForm']
        .map((k) => `${k}:function`)
        .concat('version:number')
        .sort(),
    );
    await page.close();
  });

  test('no dependency slipped in: far below a generous ceiling, Thai kept as UTF-8', () => {
    const code = readFileSync(engine);
    expect(code.toString('utf8').includes('การมุ่งผลสัมฤทธิ์')).toBe(true);
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(ENGINE_GZIP_CEILING);
  });

  test('injected again, the first copy stays: its undo still knows what it changed', async () => {
    const page = await pageWith('<label>การมุ่งผลสัมฤทธิ์ <input id="a"></label>');
    await page.evaluate(() => {
      const api = (globalThis as unknown as { samatthanaFill: Api }).samatthanaFill;
      (globalThis as unknown as { first: Api }).first = api;
      (globalThis as unknown as { report: FillReport }).report = api.fill({
        people: [{ id: 'P1', name: 'ก', competencies: { ACH: 2 } }],
      });
    });
    await page.addScriptTag({ path: engine });
    const result = await page.evaluate(() => {
      const g = globalThis as unknown as { samatthanaFill: Api; first: Api; report: FillReport };
      return { same: g.samatthanaFill === g.first, undone: g.samatthanaFill.undo(g.report) };
    });
    expect(result).toEqual({ same: true, undone: { restored: 1, changedSince: 0, gone: 0 } });
    expect(await page.inputValue('#a')).toBe('');
    await page.close();
  });

  test('waitForForm waits for a form that renders late', async () => {
    const page = await pageWith('<div id="app">กำลังโหลด…</div>');
    const found = await page.evaluate(() => {
      setTimeout(() => {
        document.getElementById('app')!.innerHTML =
          '<label>การบริการที่ดี <select><option value="">-</option><option>ระดับ 1</option></select></label>';
      }, 300);
      return (globalThis as unknown as { samatthanaFill: Api }).samatthanaFill.waitForForm!(document, {
        timeoutMs: 60_000,
      });
    });
    expect(found.fields.map((f) => [f.competency, f.control, f.value])).toEqual([['SERV', 'select', '']]);
    await page.close();
  });
});

describe('cssPath in Chromium', () => {
  test('ids with spaces, quotes, Thai and leading digits', async () => {
    const page = await pageWith('<div id="box"></div>');
    const ok = await page.evaluate(() => {
      const api = (globalThis as unknown as { samatthanaFill: Api }).samatthanaFill;
      return ['1 ระดับ"x', '2', 'a b.c', 'ระดับ:๓'].map((id) => {
        const input = document.createElement('input');
        input.id = id;
        document.getElementById('box')!.appendChild(input);
        const sel = api.cssPath(input);
        const found = document.querySelectorAll(sel);
        return found.length === 1 && found[0] === input;
      });
    });
    expect(ok).toEqual([true, true, true, true]);
    await page.close();
  });
});

describe('teach mode', () => {
  const OPAQUE = `<form id="f">
    <div class="q"><input name="q_71a"></div><div class="q"><input name="q_71b"></div>
    <div class="q"><select name="q_72"><option value="">-</option><option value="k">๑</option><option value="m">๒</option></select></div>
    <span id="sum">-</span><button type="submit" id="save">บันทึก</button>
  </form>
  <script>
    document.getElementById('f').addEventListener('change', function () {
      var a = document.querySelector('[name=q_71a]').value, s = document.querySelector('[name=q_72]').value;
      document.getElementById('sum').textContent = a + '/' + s;
    });
  </script>`;
  const profile: SiteProfile = {
    version: 1,
    site: 'eval.example.go.th',
    fields: [
      { selector: 'input[name=q_71a]', competency: 'ACH', control: 'text' },
      { selector: 'input[name=q_71b]', competency: 'ACH', control: 'text', valueKind: 'points' },
      { selector: 'select[name=q_72]', competency: 'TW', control: 'select' },
    ],
  };
  const people = [{ id: 'P1', name: 'นาง ทดสอบ', expected: { ACH: 3 }, competencies: { ACH: 2, TW: 2 } }];

  test('a profile fills what automatic matching cannot read; undo from JSON restores it', async () => {
    const page = await pageWith(OPAQUE);
    const result = await page.evaluate(
      ({ profile, people }) => {
        const api = (globalThis as unknown as { samatthanaFill: Api }).samatthanaFill;
        const auto = api.scan().fields.length;
        const taught = api.scan(document, { profile }).fields.length;
        const report = api.fill({ people, profile });
        const filled = Array.from(document.querySelectorAll<HTMLInputElement>('input, select')).map(
          (e) => e.value,
        );
        const sum = document.getElementById('sum')!.textContent;
        const undone = api.undo(JSON.parse(JSON.stringify(report)));
        const after = Array.from(document.querySelectorAll<HTMLInputElement>('input, select')).map(
          (e) => e.value,
        );
        return {
          auto,
          taught,
          filled,
          sum,
          undone,
          after,
          sumAfter: document.getElementById('sum')!.textContent,
        };
      },
      { profile, people },
    );
    expect(result.auto).toBe(0);
    expect(result.taught).toBe(3);
    // ACH level 2 against expected 3 on the gap scale: 2 points
    expect(result.filled).toEqual(['2', '2', 'm']);
    expect(result.sum).toBe('2/m');
    expect(result.undone).toEqual({ restored: 3, changedSince: 0, gone: 0 });
    expect(result.after).toEqual(['', '', '']);
    expect(result.sumAfter).toBe('/');
    await page.close();
  });
});

describe('profile checks in Chromium', () => {
  test('hostile and invisible values are refused with short messages; fill refuses cleanly', async () => {
    const page = await pageWith('<label>การมุ่งผลสัมฤทธิ์ <input id="a"></label>');
    const result = await page.evaluate(() => {
      const api = (globalThis as unknown as { samatthanaFill: Api }).samatthanaFill;
      let deep: unknown = 'x';
      for (let i = 0; i < 20_000; i++) deep = [deep];
      const base = { version: 1, site: 'eval.example.go.th' };
      const field = { selector: '#a', competency: 'ACH', control: 'text' };
      const check = (profile: unknown) => {
        const r = api.validateProfile(profile);
        return r.ok ? [] : r.problems.map((p) => [p.where, p.message.length < 200, p.message]);
      };
      let thrown = '';
      try {
        api.fill({
          people: [{ id: 'P1', name: 'ก', competencies: { ACH: 2 } }],
          profile: { ...base, version: deep, fields: [field] },
        });
      } catch (e) {
        thrown = `${(e as Error).name} ${(e as Error).message.length}`;
      }
      return {
        deep: check({ ...base, fields: [{ ...field, competency: deep }] }),
        huge: check({ ...base, fields: [{ ...field, control: 'ก'.repeat(5_000_000) }] }),
        // Chromium's own parser decides: :has() is fine, an unknown pseudo-class is not.
        selectors: check({
          ...base,
          fields: [
            { ...field, selector: 'div:has(> input)' },
            { ...field, selector: 'input:fancy' },
            { ...field, selector: '\u200b' },
          ],
        }),
        thrown,
        value: (document.getElementById('a') as HTMLInputElement).value,
      };
    });
    expect(result.deep).toEqual([['fields[0].competency', true, 'ต้องเป็น ACH / SERV / EXP / ING / TW; ได้ …']]);
    expect(result.huge).toEqual([
      ['fields[0].control', true, expect.stringMatching(/^ต้องเป็น radio \/ select .*; ได้ "ก{40}…"$/)],
    ]);
    expect(result.selectors).toEqual([
      ['fields[1].selector', true, 'ตัวเลือก CSS ไม่ถูกต้อง: "input:fancy"'],
      ['fields[2].selector', true, 'ต้องเป็นข้อความที่ไม่ว่าง'],
    ]);
    expect(result.thrown).toMatch(/^FillInputError \d{2,3}$/);
    expect(result.value).toBe('');
    await page.close();
  });
});
