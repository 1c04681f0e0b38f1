/**
 * The sidebar in a DOM, talking to the real server actions over the in-memory spreadsheet (the
 * server object stands in for google.script.run, whose calls are asynchronous).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as actions from '../../../apps-script/server/actions';
import * as evidence from '../../../apps-script/server/evidence';
import { MemoryAdapter } from '../../../apps-script/server/memory-adapter';
import { App } from '../../../apps-script/sidebar/App';
import type { Server } from '../../../apps-script/sidebar/server';
import { indicatorsUpTo } from '../../../shared/dictionary/indicators';
import { COL, FIRST_PERSON_ROW, SHEETS, scoreLayout } from '../../../shared/template';

let root: HTMLElement;
let sheets: MemoryAdapter;
let server: Server;

const later = <T,>(f: () => T) =>
  new Promise<T>((resolve, reject) =>
    setTimeout(() => {
      try {
        resolve(f());
      } catch (e) {
        reject(e);
      }
    }, 1),
  );

beforeEach(() => {
  sheets = new MemoryAdapter();
  server = {
    buildScoringTemplate: vi.fn((o) => later(() => actions.buildScoringTemplate(sheets, o))),
    exportAssessment: () => later(() => actions.exportAssessment(sheets)),
    repairTemplate: () => later(() => actions.repairTemplate(sheets)),
    templateStatus: () => later(() => actions.templateStatus(sheets)),
    lookupIndicators: (q, set) => later(() => actions.lookupIndicators(q, set)),
    selectedEvidence: () => later(() => evidence.selectedEvidence(sheets)),
    writeEvidence: (w) => later(() => evidence.writeEvidence(sheets, w)),
  };
  root = document.createElement('div');
  document.body.append(root);
  render(<App server={server} />, root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

async function waitFor(check: () => void, ms = 2000) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      check();
      return;
    } catch (e) {
      if (Date.now() > end) throw e;
      await act(() => new Promise((r) => setTimeout(r, 5)));
    }
  }
}

const byLabel = <T extends HTMLElement>(text: string): T => {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent!.startsWith(text));
  if (!label) throw new Error(`no label ${text}`);
  return root.querySelector<T>(`#${label.htmlFor}`)!;
};
const button = (text: string) => {
  const b = [...root.querySelectorAll('[role=tabpanel] button')].find(
    (x) => x.textContent!.trim() === text,
  ) as HTMLButtonElement | undefined;
  if (!b) throw new Error(`no button ${text}`);
  return b;
};
const status = () => root.querySelector('[role=status]')!.textContent!;

async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const TEAM = JSON.stringify({
  format: 'samatthana/assessment',
  version: 1,
  set: 'ocsc',
  people: [
    {
      id: 'P001',
      name: 'นางสาวสมศรี ใจดี',
      positionType: 'วิชาการ',
      positionLevel: 'ชำนาญการ',
      achievement: 80,
      competencies: { ACH: 2, SERV: 3, EXP: 1, ING: 0, TW: 2 },
    },
    {
      id: 'P002',
      name: '=สมชาย',
      positionLevel: 'O3',
      competencies: { ACH: 2, SERV: 2, EXP: 2, ING: 2, TW: 2 },
    },
  ],
});

describe('sidebar', () => {
  it('is Thai first, with labelled controls', () => {
    expect(root.querySelector('h1')!.textContent).toMatch(/สมรรถนะ/);
    for (const control of root.querySelectorAll('input, select, textarea')) {
      expect(root.querySelector(`label[for="${control.id}"]`), control.id).not.toBeNull();
    }
  });

  it('builds a template from pasted people', async () => {
    await act(() => {
      byLabel<HTMLSelectElement>('ฉบับสมรรถนะ').value = 'ocsc';
      byLabel<HTMLSelectElement>('ฉบับสมรรถนะ').dispatchEvent(new Event('change', { bubbles: true }));
    });
    await type(byLabel('รายชื่อ'), TEAM);
    await type(byLabel('น้ำหนักผลสัมฤทธิ์'), '60');
    await act(() => button('สร้างแม่แบบ').click());
    await waitFor(() => expect(status()).toMatch(/สร้างแม่แบบในชีต "คะแนน" แล้ว: 2 คน/));
    expect(sheets.cell(SHEETS.score, FIRST_PERSON_ROW + 1, COL.name).value).toBe('=สมชาย');
    expect(sheets.getValues(SHEETS.settings, 2, 2, 2, 1)).toEqual([[60], [40]]);
    expect(server.buildScoringTemplate).toHaveBeenCalledWith(
      expect.objectContaining({ set: 'ocsc', method: 'gap' }),
    );
  });

  it('lists every problem in pasted CSV and calls nothing', async () => {
    await type(byLabel('รายชื่อ'), 'รหัส,ชื่อ-สกุล,ACH,SERV,EXP,ING,TW\nP1,ก,9,1,1,1,1\nP1,ข,1,1,1,1,1\n');
    await act(() => button('สร้างแม่แบบ').click());
    await waitFor(() => expect(root.querySelector('[role=alert]')).not.toBeNull());
    const text = root.querySelector('[role=alert]')!.textContent!;
    expect(text).toMatch(/บรรทัด 2/);
    expect(text).toMatch(/ซ้ำ/);
    expect(server.buildScoringTemplate).not.toHaveBeenCalled();
  });

  it('offers to replace an existing template', async () => {
    actions.buildScoringTemplate(sheets, { people: [] });
    await act(() => button('สร้างแม่แบบ').click());
    await waitFor(() => expect(status()).toMatch(/อยู่แล้ว/));
    await act(() => button('แทนที่แม่แบบเดิม').click());
    await waitFor(() => expect(status()).toMatch(/สร้างแม่แบบ.*แล้ว/));
  });

  it('moves between tabs with the arrow keys', async () => {
    const tabs = [...root.querySelectorAll<HTMLButtonElement>('[role=tab]')];
    tabs[0]!.focus();
    await act(
      () => void tabs[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })),
    );
    expect(tabs[1]!.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tabs[1]);
    await act(() => void tabs[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true })));
    const last = tabs.at(-1)!;
    expect(last.getAttribute('aria-selected')).toBe('true');
    await act(
      () => void last.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })),
    );
    expect(tabs[0]!.getAttribute('aria-selected')).toBe('true');
  });

  it('looks up indicators', async () => {
    await act(() => root.querySelectorAll<HTMLButtonElement>('[role=tab]')[1]!.click());
    await type(byLabel('คำค้น'), 'ระดับ 2 จริยธรรม');
    await act(() => button('ค้นหา').click());
    await waitFor(() => expect(root.querySelectorAll('.hits li').length).toBeGreaterThan(0));
    expect(root.querySelector('.hits li')!.textContent).toMatch(/ระดับ 2/);
  });

  it('exports the sheet as a JSON file, or lists the rows to fix', async () => {
    actions.buildScoringTemplate(sheets, JSON.parse(TEAM));
    await act(() => root.querySelectorAll<HTMLButtonElement>('[role=tab]')[2]!.click());
    await act(() => button('ส่งออกเป็น JSON').click());
    await waitFor(() => expect(root.querySelector('a[download]')).not.toBeNull());
    const link = root.querySelector<HTMLAnchorElement>('a[download]')!;
    expect(link.getAttribute('download')).toBe('samatthana-ocsc-ไม่ระบุรอบ.json');
    expect(JSON.parse(byLabel<HTMLTextAreaElement>('หรือคัดลอก').value).people).toHaveLength(2);

    sheets.setValues(SHEETS.score, FIRST_PERSON_ROW, COL.firstCompetency, [[7]]);
    await act(() => button('ส่งออกเป็น JSON').click());
    await waitFor(() =>
      expect(root.querySelector('[role=alert]')!.textContent).toMatch(/แถว 4, คอลัมน์ การมุ่งผลสัมฤทธิ์/),
    );
  });

  it('repairs the template', async () => {
    actions.buildScoringTemplate(sheets, JSON.parse(TEAM));
    await act(() => root.querySelectorAll<HTMLButtonElement>('[role=tab]')[2]!.click());
    await act(() => button('ซ่อมแม่แบบ').click());
    await waitFor(() => expect(status()).toMatch(/ซ่อมแม่แบบแล้ว.*2 คน/));
  });

  it('composes the selected row’s evidence from the checklist and writes it in one call', async () => {
    actions.buildScoringTemplate(sheets, JSON.parse(TEAM));
    const L = scoreLayout(false);
    const tab = [...root.querySelectorAll<HTMLButtonElement>('[role=tab]')].find(
      (t) => t.textContent === 'เหตุการณ์/พฤติกรรม',
    )!;
    await act(() => tab.click());
    // Nothing selected on the score sheet: said in Thai, nothing read.
    await act(() => button('อ่านแถวที่เลือก').click());
    await waitFor(() => expect(status()).toMatch(/เลือกแถวของผู้รับการประเมินในชีต "คะแนน"/));

    sheets.select(SHEETS.score, FIRST_PERSON_ROW, 3);
    await act(() => button('อ่านแถวที่เลือก').click());
    await waitFor(() => expect(status()).toMatch(/อ่านแถว 4 แล้ว: นางสาวสมศรี ใจดี/));
    const item = [...root.querySelectorAll<HTMLDetailsElement>('details')].find((d) =>
      d.querySelector('summary')!.textContent!.startsWith('การมุ่งผลสัมฤทธิ์'),
    )!;
    expect(item.querySelector('summary')!.textContent).toContain('ระดับ 2');
    await act(() => {
      item.open = true;
      item.dispatchEvent(new Event('toggle'));
    });
    // Cumulative: the indicators of levels 1 and 2, from the dictionary.
    const expected = indicatorsUpTo('ocsc', 'ACH', 2).map((i) => i.text);
    const boxes = [...item.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(boxes.map((b) => b.closest('label')!.textContent)).toEqual(expected);
    expect([...item.querySelectorAll('legend')].map((l) => l.textContent)).toEqual([
      expect.stringMatching(/^ระดับ 1 /),
      expect.stringMatching(/^ระดับ 2 /),
    ]);
    await act(() => boxes.at(-1)!.click());
    await act(() => boxes[0]!.click());
    const area = item.querySelector<HTMLTextAreaElement>('textarea')!;
    expect(area.value).toBe(`${expected.at(-1)}\n${expected[0]}`);
    // Editable: a line of the evaluator's own, starting with "=", stays text.
    await type(area, `${area.value}\n=ส่งงานก่อนกำหนด`);
    const before = sheets.calls.length;
    await act(() => button('บันทึกลงชีต').click());
    await waitFor(() => expect(status()).toMatch(/บันทึกเหตุการณ์\/พฤติกรรมของ นางสาวสมศรี ใจดี ลงแถว 4 แล้ว/));
    const writes = sheets.calls.slice(before).filter((c) => c.op === 'setValues' || c.op === 'setFormulas');
    expect(writes).toHaveLength(1);
    expect(sheets.cell(SHEETS.score, FIRST_PERSON_ROW, L.evidence.ACH).value).toBe(
      `${expected.at(-1)}\n${expected[0]}\n=ส่งงานก่อนกำหนด`,
    );
    expect(sheets.cell(SHEETS.score, FIRST_PERSON_ROW, L.evidence.SERV).value).toBe('');
    // The export carries it.
    const out = actions.exportAssessment(sheets);
    expect(out.ok && JSON.parse(out.json).people[0].evidence.ACH).toContain('=ส่งงานก่อนกำหนด');

    // A control character is refused before anything is sent.
    await type(area, 'มี\u0007ระฆัง');
    expect(button('บันทึกลงชีต').disabled).toBe(true);
    expect(item.textContent).toContain('อักขระควบคุม');
  });
});
