/** The panel's Preact UI in happy-dom: corrupt storage never breaks it, the editor scores live. */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StorageArea } from '../../../extension/storage/area';
import { createPanelStore } from '../../../extension/storage/panel-store';
import { CURRENT_VERSION, KEYS } from '../../../extension/storage/schema';
import { App } from '../../../extension/ui/App';
import { importAssessment } from '../../../extension/ui/AssessmentView';
import { Editor } from '../../../extension/ui/Editor';
import { assessmentToCsv, parseAssessment } from '../../../shared/interchange';
import type { ResolvedAssessment } from '../../../shared/interchange/types';

const TEAM = {
  format: 'samatthana/assessment',
  version: 1,
  set: 'bma',
  method: 'gap',
  people: [
    {
      id: 'P001',
      name: 'นางสาวสมศรี ใจดี',
      positionType: 'วิชาการ',
      positionLevel: 'ชำนาญการ',
      achievement: 80,
      competencies: { ACH: 2, SERV: 3, EXP: 1, ING: 0, TW: 2 },
    },
  ],
};

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));
const area = () => fakeBrowser.storage.local as unknown as StorageArea;
const noTab = async () => null;
const noWatch = () => () => undefined;

function change(el: HTMLSelectElement | HTMLInputElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('panel', () => {
  it('opens despite a corrupt stored assessment, says so, and keeps working', async () => {
    await fakeBrowser.storage.local.set({
      [KEYS.version]: CURRENT_VERSION,
      [KEYS.assessment]: { data: { people: 'garbage' }, fileName: 'old.json', savedAt: 'x' },
    });
    await act(() =>
      render(<App store={createPanelStore(area())} findTarget={noTab} watch={noWatch} />, root),
    );
    await flush();
    const alert = root.querySelector('[role=alert]');
    expect(alert?.textContent).toContain('แบบประเมินที่บันทึกไว้อ่านไม่ได้');
    expect(alert?.textContent).toContain('เก็บข้อมูลเดิมแยกไว้แล้ว');
    // The lookup still works.
    const lookup = [...root.querySelectorAll('nav button')].find(
      (b) => b.textContent === 'ค้นหาพฤติกรรมบ่งชี้',
    ) as HTMLButtonElement;
    await act(() => lookup.click());
    const box = root.querySelector('input[type=search]') as HTMLInputElement;
    await act(() => {
      box.value = 'จริยธรรม';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(root.querySelectorAll('.hits > li').length).toBeGreaterThan(0);
  });

  it('saves edits to storage as they happen', async () => {
    await fakeBrowser.storage.local.set({
      [KEYS.version]: CURRENT_VERSION,
      [KEYS.assessment]: { data: TEAM, fileName: 'team.json', savedAt: '2026-01-01T00:00:00Z' },
    });
    await act(() =>
      render(<App store={createPanelStore(area())} findTarget={noTab} watch={noWatch} />, root),
    );
    await flush();
    const nav = [...root.querySelectorAll('nav button')].find(
      (b) => b.textContent === 'แบบประเมิน',
    ) as HTMLButtonElement;
    await act(() => nav.click());
    const ach = root.querySelector('select[aria-label="นางสาวสมศรี ใจดี: การมุ่งผลสัมฤทธิ์"]') as HTMLSelectElement;
    expect(ach.value).toBe('2');
    await act(() => change(ach, '4'));
    await flush();
    const stored = (await fakeBrowser.storage.local.get(KEYS.assessment))[KEYS.assessment] as {
      data: ResolvedAssessment;
      fileName: string;
    };
    expect(stored.data.people[0]!.competencies.ACH).toBe(4);
    expect(stored.fileName).toBe('team.json');
  });
});

function Harness({ initial }: { initial: ResolvedAssessment }) {
  const [a, setA] = useState(initial);
  return <Editor a={a} onChange={setA} />;
}

describe('editor', () => {
  it('shows level titles and updates expected level, points and total live', async () => {
    const a = parseAssessment(JSON.stringify(TEAM), 'team.json');
    await act(() => render(<Harness initial={a} />, root));
    const exp = root.querySelector(
      'select[aria-label="นางสาวสมศรี ใจดี: การสั่งสมความเชี่ยวชาญในงานอาชีพ"]',
    ) as HTMLSelectElement;
    expect([...exp.options].map((o) => o.textContent)[3]).toMatch(/^2 — รอบรู้เท่าทัน/);
    const cell = exp.parentElement!.querySelector('.cell-score')!;
    expect(cell.textContent).toBe('คาดหวัง 2 · 2 คะแนน');
    const total = root.querySelector('[data-col=total]')!;
    // 70/30: achievement 80 → 56; points 3+3+2+1+3 = 12 of 15 → 24.00; total 80.00 (ดีมาก).
    expect(root.querySelector('[data-col=competencyScore]')!.textContent).toBe('24.00');
    expect(total.textContent).toBe('80.00');
    expect(root.querySelector('[data-col=band]')!.textContent).toBe('ดีมาก');
    await act(() => change(exp, '2'));
    expect(cell.textContent).toBe('คาดหวัง 2 · 3 คะแนน');
    expect(total.textContent).toBe('82.00');
    // ACH down to 0 (3 → 1 point): 11 of 15 → 22.00, total 78.00, band ดี.
    await act(() =>
      change(
        root.querySelector('select[aria-label="นางสาวสมศรี ใจดี: การมุ่งผลสัมฤทธิ์"]') as HTMLSelectElement,
        '0',
      ),
    );
    expect(total.textContent).toBe('78.00');
    expect(root.querySelector('[data-col=band]')!.textContent).toBe('ดี');
    // Clearing a level: the score cannot be worked out, and the totals say why, in Thai.
    await act(() => change(exp, ''));
    expect(total.textContent).toBe('—');
    expect(root.querySelector('[data-col=band]')!.textContent).toContain('การสั่งสมความเชี่ยวชาญในงานอาชีพ');
    expect(root.querySelector('[data-col=band]')!.textContent).not.toContain('EXP');
  });

  it('takes an achievement typed in Thai digits and refuses one out of range', async () => {
    const a = parseAssessment(JSON.stringify(TEAM), 'team.json');
    await act(() => render(<Harness initial={a} />, root));
    const input = root.querySelector('input[aria-label$="ผลสัมฤทธิ์ของงาน (0–100)"]') as HTMLInputElement;
    await act(() => change(input, '๙๐'));
    expect(root.querySelector('[data-col=total]')!.textContent).toBe('87.00');
    await act(() => change(input, '150'));
    expect(root.querySelector('[data-col=total]')!.textContent).toBe('87.00');
  });
});

describe('import', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  it('returns every problem and no assessment for a bad file', () => {
    const bad = {
      ...TEAM,
      weights: { achievement: 50, competency: 40 },
      people: [
        { ...TEAM.people[0], competencies: { ACH: 5, SERV: 6, EXP: 1, ING: 0, TW: 2 } },
        TEAM.people[0],
      ],
    };
    const r = importAssessment(bytes(JSON.stringify(bad)), 'bad.json', {});
    expect('assessment' in r).toBe(false);
    const where = 'problems' in r ? r.problems.map((p) => p.where) : [];
    expect(where).toEqual(expect.arrayContaining(['ช่อง weights', 'คนที่ 2 (P001 นางสาวสมศรี ใจดี), ช่อง id']));
  });

  it('reads a CSV with the set and method chosen in the panel', () => {
    const csv =
      'id,name,positionType,positionLevel,achievement,ACH,SERV,EXP,ING,TW\r\nP1,ก ข,วิชาการ,ชำนาญการ,๘๐,5,5,5,5,5\r\n';
    const r = importAssessment(bytes(csv), 'team.csv', { csvSet: 'ocsc', csvMethod: 'rating' });
    expect('assessment' in r && r.assessment.set).toBe('ocsc');
    expect('assessment' in r && r.assessment.method).toBe('rating');
    expect('assessment' in r && r.assessment.people[0]!.achievement).toBe(80);
  });

  it('takes the set a CSV’s headers show, with or without a choice, and asks only when they show none', () => {
    const ocsc = assessmentToCsv({ set: 'ocsc', people: [] }, { thaiHeaders: true });
    const csv = `${ocsc}P1,ก ข,วิชาการ,ชำนาญการ,80,1,1,1,1,1\r\n`;
    for (const settings of [{}, { csvSet: 'bma' as const }]) {
      const r = importAssessment(bytes(csv), 'team.csv', settings);
      expect('assessment' in r && r.assessment.set).toBe('ocsc');
    }
    const codes =
      'id,name,positionType,positionLevel,achievement,ACH,SERV,EXP,ING,TW\r\nP1,ก ข,วิชาการ,ชำนาญการ,80,1,1,1,1,1\r\n';
    expect(importAssessment(bytes(codes), 'team.csv', {})).toMatchObject({
      problems: [{ where: 'team.csv', message: expect.stringContaining('ไม่ได้ระบุฉบับสมรรถนะ') }],
    });
  });

  it('reports a file that is not JSON at all', () => {
    const r = importAssessment(bytes('{"format": '), 'x.json', {});
    expect('problems' in r && r.problems.length).toBeGreaterThan(0);
  });
});

describe('first run', () => {
  const click = (el: Element | null | undefined) => act(() => (el as HTMLElement).click());
  const button = (text: string | RegExp) =>
    [...root.querySelectorAll('button')].find((b) =>
      typeof text === 'string' ? b.textContent === text : text.test(b.textContent ?? ''),
    ) as HTMLButtonElement | undefined;
  const field = (label: string) => {
    const l = [...root.querySelectorAll('label')].find((x) => x.textContent === label);
    return root.querySelector(`#${CSS.escape(l!.htmlFor)}`) as HTMLInputElement | HTMLSelectElement;
  };
  const type = (el: HTMLInputElement | HTMLSelectElement, value: string) =>
    act(() => {
      el.value = value;
      el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
    });
  const submit = () =>
    act(() => {
      root.querySelector('form.person-form')!.dispatchEvent(new Event('submit'));
    });

  async function openApp() {
    await act(() =>
      render(<App store={createPanelStore(area())} findTarget={noTab} watch={noWatch} />, root),
    );
    await flush();
  }

  it('opens on three steps, asks for the set and guesses nothing until then', async () => {
    await openApp();
    expect(root.querySelector('h2')?.textContent).toBe('เริ่มใช้งานใน 3 ขั้นตอน');
    const steps = [...root.querySelectorAll('ol.steps > li')].map(
      (li) => li.querySelector('legend, h3')?.textContent ?? '',
    );
    expect(steps.map((s) => s.slice(0, 9))).toEqual(['ขั้นที่ 1', 'ขั้นที่ 2', 'ขั้นที่ 3']);
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[type=radio][name=set]')];
    expect(radios.map((r) => r.checked)).toEqual([false, false]);
    expect(root.textContent).toContain('ฉบับ ก.พ.');
    expect(root.textContent).toContain('ฉบับกรุงเทพมหานคร');
    expect(button('เพิ่มรายชื่อทีละคน')?.disabled).toBe(true);
    // A CSV (it names no set) is refused until the set is chosen.
    const csv = new TextEncoder().encode(
      'id,name,positionType,positionLevel,achievement,ACH,SERV,EXP,ING,TW\r\nP1,ก ข,วิชาการ,ชำนาญการ,80,1,1,1,1,1\r\n',
    );
    const r = importAssessment(csv, 'team.csv', {});
    expect('problems' in r && r.problems[0]!.message).toContain('เลือกฉบับ');

    await act(() => radios[0]!.click());
    await flush();
    expect((await fakeBrowser.storage.local.get(KEYS.settings))[KEYS.settings]).toMatchObject({
      csvSet: 'ocsc',
    });
    expect(button('เพิ่มรายชื่อทีละคน')?.disabled).toBe(false);
  });

  it('adds, renames and removes people by hand, checked like an import, nothing half-applied', async () => {
    await fakeBrowser.storage.local.set({
      [KEYS.version]: CURRENT_VERSION,
      [KEYS.settings]: { csvSet: 'ocsc' },
    });
    await openApp();
    await click(button('เพิ่มรายชื่อทีละคน'));
    await type(field('รหัส (ไม่ซ้ำกัน เช่น เลขประจำตัว)'), 'P1');
    await type(field('ชื่อ-สกุล'), 'นายหนึ่ง ทดสอบ');
    await type(field('ประเภทตำแหน่ง'), 'วิชาการ');
    await type(field('ระดับตำแหน่ง'), 'ชำนาญการพิเศษ');
    await submit();
    await flush();
    // The editor shows the new person, in the chosen set.
    expect(root.querySelector('.person h3')?.textContent).toContain('นายหนึ่ง ทดสอบ');
    expect(root.querySelector('.basis')?.textContent).toMatch(/^ฉบับ ก\.พ\. · เทียบระดับที่คาดหวัง/);
    const stored = async () =>
      (
        (await fakeBrowser.storage.local.get(KEYS.assessment))[KEYS.assessment] as {
          data: ResolvedAssessment;
        }
      ).data;
    expect((await stored()).set).toBe('ocsc');
    expect((await stored()).people.map((p) => p.id)).toEqual(['P1']);

    // A second person with the same id is refused whole, with the importer's reason.
    await click(button('เพิ่มรายชื่อทีละคน'));
    await type(field('รหัส (ไม่ซ้ำกัน เช่น เลขประจำตัว)'), 'P1');
    await type(field('ชื่อ-สกุล'), 'นางสอง ซ้ำ');
    await type(field('ประเภทตำแหน่ง'), 'ทั่วไป');
    await type(field('ระดับตำแหน่ง'), 'ชำนาญงาน');
    await submit();
    expect(root.querySelector('form.person-form [role=alert]')?.textContent).toContain('ซ้ำ');
    expect((await stored()).people).toHaveLength(1);
    await type(field('รหัส (ไม่ซ้ำกัน เช่น เลขประจำตัว)'), 'P2');
    await submit();
    await flush();
    expect((await stored()).people.map((p) => p.id)).toEqual(['P1', 'P2']);
    expect(root.querySelector('.person h3')?.textContent).toContain('นางสอง ซ้ำ');

    // Rename the person on screen: their levels stay.
    const ach = root.querySelector('select[aria-label="นางสอง ซ้ำ: การมุ่งผลสัมฤทธิ์"]') as HTMLSelectElement;
    await act(() => change(ach, '2'));
    await click(button('แก้ชื่อ / ตำแหน่ง'));
    await type(field('ชื่อ-สกุล'), 'นางสอง เปลี่ยนชื่อ');
    await submit();
    await flush();
    const renamed = (await stored()).people[1]!;
    expect(renamed).toMatchObject({ id: 'P2', name: 'นางสอง เปลี่ยนชื่อ', competencies: { ACH: 2 } });
    // An unknown position is refused and the person stays as they were.
    await click(button('แก้ชื่อ / ตำแหน่ง'));
    await type(field('ประเภทตำแหน่ง'), '');
    await submit();
    expect(root.querySelector('form.person-form [role=alert]')).not.toBeNull();
    expect((await stored()).people[1]).toEqual(renamed);
    await click(button('ยกเลิก'));

    // Remove asks once more, then shows the neighbour.
    await click(button('ลบคนนี้'));
    expect((await stored()).people).toHaveLength(2);
    await click(button('ลบ นางสอง เปลี่ยนชื่อ'));
    await flush();
    expect((await stored()).people.map((p) => p.id)).toEqual(['P1']);
    expect(root.querySelector('.person h3')?.textContent).toContain('นายหนึ่ง ทดสอบ');
  });

  it('moves between people with the buttons, the list and the names', async () => {
    const team = { ...TEAM, people: [TEAM.people[0]!, { ...TEAM.people[0]!, id: 'P002', name: 'นายสอง' }] };
    await fakeBrowser.storage.local.set({
      [KEYS.version]: CURRENT_VERSION,
      [KEYS.assessment]: { data: team, fileName: 'team.json', savedAt: '2026-01-01T00:00:00Z' },
    });
    await openApp();
    const who = () => root.querySelector('.person h3')?.textContent ?? '';
    expect(who()).toContain('คนที่ 1 จาก 2');
    expect(button('‹')?.disabled).toBe(true);
    await click(root.querySelector('button[aria-label=คนถัดไป]'));
    expect(who()).toContain('นายสอง');
    await click(button('นางสาวสมศรี ใจดี'));
    expect(who()).toContain('นางสาวสมศรี ใจดี');
    await type(root.querySelector('select[aria-label=ผู้รับการประเมิน]') as HTMLSelectElement, 'P002');
    expect(who()).toContain('คนที่ 2 จาก 2');
  });
});
