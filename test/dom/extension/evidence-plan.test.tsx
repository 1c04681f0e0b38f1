/** Evidence from the dictionary’s indicators and the development plan in the panel’s editor (happy-dom). */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Editor } from '../../../extension/ui/Editor';
import { getLevel } from '../../../shared/dictionary';
import { parseAssessment } from '../../../shared/interchange';
import type { ResolvedAssessment } from '../../../shared/interchange/types';
import { twoPeople } from './two-people';

const team = (method = 'gap') =>
  parseAssessment(JSON.stringify(twoPeople(method, { evidence: { SERV: 'เขียนเอง' } })), 'team.json');

let root: HTMLElement;
let latest: ResolvedAssessment;
beforeEach(() => {
  code = 'ACH';
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

function Harness({ initial }: { initial: ResolvedAssessment }) {
  const [a, setA] = useState(initial);
  latest = a;
  return <Editor a={a} onChange={setA} />;
}

let code = 'ACH';
const slot = () => root.querySelector(`.evidence-slot[data-competency=${code}]`)!;
/** Opens the competency's evidence (the checklist exists only while it is open). */
async function openSlot() {
  await act(() => {
    const d = slot().querySelector('details')!;
    d.open = true;
    d.dispatchEvent(new Event('toggle'));
  });
}
const boxes = () => [...slot().querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
const evidenceBox = () => slot().querySelector<HTMLTextAreaElement>('.evidence textarea')!;
const personSelect = () => root.querySelector<HTMLSelectElement>('select[aria-label=ผู้รับการประเมิน]')!;

async function change(el: HTMLSelectElement | HTMLInputElement | HTMLTextAreaElement, value?: string) {
  await act(() => {
    if (value !== undefined) el.value = value;
    if (el instanceof HTMLInputElement && el.type === 'checkbox') el.click();
    else
      el.dispatchEvent(new Event(el instanceof HTMLTextAreaElement ? 'input' : 'change', { bubbles: true }));
  });
}

describe('evidence checklist', () => {
  it('lists the indicators of the chosen level and the levels below, grouped and titled by level', async () => {
    await act(() => render(<Harness initial={team()} />, root));
    await openSlot();
    const ach1 = getLevel('bma', 'ACH', 1)!;
    const ach2 = getLevel('bma', 'ACH', 2)!;
    const legends = [...slot().querySelectorAll('legend')].map((l) => l.textContent);
    expect(legends).toEqual([`ระดับ 1 ${ach1.title}`, `ระดับ 2 ${ach2.title}`]);
    expect(boxes().map((b) => b.nextElementSibling?.textContent)).toEqual([
      ...ach1.indicators,
      ...ach2.indicators,
    ]);
    expect(boxes().every((b) => !b.checked)).toBe(true);
    // The self-assessment sits with the evaluator's level now, not inside the evidence.
    expect(slot().querySelector('.self-level')).toBeNull();
    expect(
      root.querySelector<HTMLSelectElement>('.competency[data-competency=ACH] .self-level select')?.value,
    ).toBe('3');
  });

  it('ticking composes the evidence text, which stays editable and is saved', async () => {
    await act(() => render(<Harness initial={team()} />, root));
    await openSlot();
    const [first, second] = boxes();
    await change(first!);
    await change(second!);
    const ach1 = getLevel('bma', 'ACH', 1)!.indicators;
    expect(evidenceBox().value).toBe(`${ach1[0]}\n${ach1[1]}`);
    expect(latest.people[0]!.evidence?.ACH).toBe(`${ach1[0]}\n${ach1[1]}`);
    // The evaluator adds their own line; unticking the first indicator keeps it.
    await change(evidenceBox(), `${ach1[0]}\nส่งงานก่อนกำหนดทุกเดือน\n${ach1[1]}`);
    await change(boxes()[0]!);
    expect(latest.people[0]!.evidence?.ACH).toBe(`ส่งงานก่อนกำหนดทุกเดือน\n${ach1[1]}`);
    expect(boxes()[0]!.checked).toBe(false);
    expect(boxes()[1]!.checked).toBe(true);
    // The other person and competency are untouched.
    expect(latest.people[0]!.evidence?.SERV).toBe('เขียนเอง');
    expect(latest.people[1]).not.toHaveProperty('evidence');
  });

  it('shows what was written for another competency, and refuses a control character without saving', async () => {
    await act(() => render(<Harness initial={team()} />, root));
    await openSlot();
    code = 'SERV';
    expect(slot().querySelector('summary')?.textContent).toBe('เหตุการณ์/พฤติกรรม ✓ เขียนแล้ว');
    await openSlot();
    expect(evidenceBox().value).toBe('เขียนเอง');
    await change(evidenceBox(), 'มี\tแท็บ');
    expect(evidenceBox().getAttribute('aria-invalid')).toBe('true');
    expect(slot().querySelector('.evidence .error')?.textContent).toMatch(/อักขระควบคุม U\+0009/);
    expect(latest.people[0]!.evidence?.SERV).toBe('เขียนเอง');
    await change(evidenceBox(), 'ไม่ได้');
    expect(latest.people[0]!.evidence?.SERV).toBe('ไม่ได้');
    // Clearing the text removes the evidence altogether.
    await change(evidenceBox(), '');
    expect(latest.people[0]).not.toHaveProperty('evidence');
  });
});

describe('development plan in the panel', () => {
  it('one row per competency below expectation with the dictionary’s goal; texts saved with the goal', async () => {
    await act(() => render(<Harness initial={team()} />, root));
    await openSlot();
    const rows = [...root.querySelectorAll('.plan-row')];
    // ชำนาญการ expects 2 in bma: only EXP (1) is below.
    expect(rows).toHaveLength(1);
    const exp2 = getLevel('bma', 'EXP', 2)!;
    expect(rows[0]!.textContent).toContain(`เป้าหมาย: ระดับ 2 ${exp2.title}`);
    expect([...rows[0]!.querySelectorAll('li')].map((l) => l.textContent)).toEqual(exp2.indicators);
    const method = rows[0]!.querySelector('textarea')!;
    await act(() => {
      method.value = 'อบรมออนไลน์';
      method.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(latest.people[0]!.plan).toEqual([
      {
        competency: 'EXP',
        method: 'อบรมออนไลน์',
        goal: [`ระดับ 2 ${exp2.title}`, ...exp2.indicators.map((i) => `- ${i}`)].join('\n'),
      },
    ]);
  });

  it('says when a person is not fully assessed (never that they meet every expectation), and when the method has no levels', async () => {
    await act(() => render(<Harness initial={team()} />, root));
    await openSlot();
    await change(personSelect(), 'P2');
    const plan = root.querySelector('section.plan')?.textContent ?? '';
    expect(plan).toContain('ยังไม่มีระดับของการบริการที่ดี');
    expect(plan).not.toContain('ถึงระดับที่คาดหวังทุกสมรรถนะ');
    render(null, root);
    await act(() => render(<Harness initial={team('rating')} />, root));
    await openSlot();
    expect(boxes()).toHaveLength(0);
    expect(slot().textContent).toContain('คะแนน 1–5 ไม่ใช่ระดับ');
    expect(root.querySelector('section.plan')).toBeNull();
  });
});
