/**
 * The appraisee's self-assessment in the panel's editor (happy-dom): shown beside the evaluator's
 * level, entered and cleared, the difference said in words, saved through the panel's storage and
 * carried by every export.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StorageArea } from '../../../extension/storage/area';
import { createPanelStore } from '../../../extension/storage/panel-store';
import { CURRENT_VERSION, KEYS } from '../../../extension/storage/schema';
import { App } from '../../../extension/ui/App';
import { Editor } from '../../../extension/ui/Editor';
import { parseAssessment, readAssessmentFile } from '../../../shared/interchange';
import type { ResolvedAssessment } from '../../../shared/interchange/types';
import { templateFromAssessment } from '../../../shared/template';
import { templateXlsx } from '../../../shared/template/xlsx';
import { twoPeople } from './two-people';

const TEAM = (method = 'gap') => twoPeople(method, { achievement: 80 });

let root: HTMLElement;
let latest: ResolvedAssessment;
beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
});

function Harness({ initial }: { initial: ResolvedAssessment }) {
  const [a, setA] = useState(initial);
  latest = a;
  return <Editor a={a} onChange={setA} />;
}

const block = (code: string) => root.querySelector(`.competency[data-competency=${code}]`)!;
const selfSelect = (code: string) => block(code).querySelector<HTMLSelectElement>('.self-level select')!;
const levelSelect = (code: string) => block(code).querySelector<HTMLSelectElement>('select')!;
const comparison = (code: string) => block(code).querySelector('.self-compare');
const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));

async function choose(el: HTMLSelectElement, value: string) {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('self-assessment in the editor', () => {
  it('is shown beside the evaluator’s level, labelled, with the difference in words', async () => {
    await act(() => render(<Harness initial={parseAssessment(JSON.stringify(TEAM()), 't.json')} />, root));
    const s = selfSelect('ACH');
    expect(s.value).toBe('3');
    expect(s.getAttribute('aria-label')).toBe('นางสาวหนึ่ง ประเมินตนเอง: การมุ่งผลสัมฤทธิ์');
    expect(block('ACH').querySelector(`label[for="${s.id}"]`)?.textContent).toBe('ผู้รับการประเมินประเมินตนเอง');
    // Same range as the evaluator's levels, and a way to say there is none.
    expect([...s.options].map((o) => o.textContent)).toEqual([
      'ไม่มี',
      ...[...levelSelect('ACH').options].slice(1).map((o) => `ระดับ ${o.value}`),
    ]);
    // The evaluator gave 2, the appraisee 3: said in text, tied to the list for screen readers.
    const cmp = comparison('ACH')!;
    expect(cmp.textContent).toBe('ต่ำกว่าที่ประเมินตนเอง 1 ระดับ');
    expect(cmp.classList.contains('differs')).toBe(true);
    expect(s.getAttribute('aria-describedby')).toBe(cmp.id);
    // Without a self level there is nothing to compare.
    expect(selfSelect('SERV').value).toBe('');
    expect(comparison('SERV')).toBeNull();
    expect(selfSelect('SERV').hasAttribute('aria-describedby')).toBe(false);

    await choose(levelSelect('ACH'), '3');
    expect(comparison('ACH')?.textContent).toBe('ตรงกับที่ประเมินตนเอง');
    expect(comparison('ACH')?.classList.contains('differs')).toBe(false);
    await choose(levelSelect('ACH'), '5');
    expect(comparison('ACH')?.textContent).toBe('สูงกว่าที่ประเมินตนเอง 2 ระดับ');
  });

  it('is entered and cleared per competency, saved with the person, nothing else touched', async () => {
    await act(() => render(<Harness initial={parseAssessment(JSON.stringify(TEAM()), 't.json')} />, root));
    await choose(selfSelect('SERV'), '1');
    expect(latest.people[0]!.self).toEqual({ ACH: 3, SERV: 1 });
    expect(comparison('SERV')?.textContent).toBe('สูงกว่าที่ประเมินตนเอง 2 ระดับ');
    await choose(selfSelect('EXP'), '0');
    expect(latest.people[0]!.self).toEqual({ ACH: 3, SERV: 1, EXP: 0 });
    expect(comparison('EXP')?.textContent).toBe('สูงกว่าที่ประเมินตนเอง 1 ระดับ');
    // The evaluator's levels and score are the evaluator's alone.
    expect(latest.people[0]!.competencies).toEqual({ ACH: 2, SERV: 3, EXP: 1, ING: 2, TW: 2 });
    expect(latest.people[1]).not.toHaveProperty('self');

    await choose(selfSelect('ACH'), '');
    await choose(selfSelect('EXP'), '');
    expect(latest.people[0]!.self).toEqual({ SERV: 1 });
    expect(comparison('ACH')).toBeNull();
    await choose(selfSelect('SERV'), '');
    // A person left with no self level has no `self` at all (as a file without it).
    expect(latest.people[0]).not.toHaveProperty('self');
  });

  it('says nothing about a difference until the evaluator has chosen a level', async () => {
    await act(() => render(<Harness initial={parseAssessment(JSON.stringify(TEAM()), 't.json')} />, root));
    await choose(root.querySelector<HTMLSelectElement>('select[aria-label=ผู้รับการประเมิน]')!, 'P2');
    await choose(selfSelect('SERV'), '2');
    expect(latest.people[1]!.self).toEqual({ SERV: 2 });
    expect(comparison('SERV')).toBeNull();
    await choose(levelSelect('SERV'), '2');
    expect(comparison('SERV')?.textContent).toBe('ตรงกับที่ประเมินตนเอง');
  });

  it('under the 1–5 rating, in points', async () => {
    await act(() =>
      render(<Harness initial={parseAssessment(JSON.stringify(TEAM('rating')), 't.json')} />, root),
    );
    expect([...selfSelect('ACH').options].map((o) => o.textContent)).toEqual([
      'ไม่มี',
      'คะแนน 1',
      'คะแนน 2',
      'คะแนน 3',
      'คะแนน 4',
      'คะแนน 5',
    ]);
    expect(comparison('ACH')?.textContent).toBe('สูงกว่าที่ประเมินตนเอง 1 คะแนน');
  });
});

describe('self-assessment saved and exported', () => {
  const area = () => fakeBrowser.storage.local as unknown as StorageArea;
  const openApp = async () => {
    await act(() =>
      render(
        <App store={createPanelStore(area())} findTarget={async () => null} watch={() => () => undefined} />,
        root,
      ),
    );
    await flush();
  };
  const stored = async () =>
    ((await fakeBrowser.storage.local.get(KEYS.assessment))[KEYS.assessment] as { data: ResolvedAssessment })
      .data;
  const nav = (name: string) =>
    [...root.querySelectorAll<HTMLButtonElement>('nav button')].find((b) => b.textContent === name)!;

  /** The files the panel's export buttons hand to the browser, by name. */
  function catchDownloads(): Map<string, Blob> {
    const files = new Map<string, Blob>();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return `blob:test/${blobs.length}`;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      files.set(this.download, blobs[Number(this.href.split('/').pop()) - 1]!);
    });
    return files;
  }

  it('through the panel’s storage, across a reopening, and into JSON, CSV and .xlsx', async () => {
    await fakeBrowser.storage.local.set({
      [KEYS.version]: CURRENT_VERSION,
      [KEYS.assessment]: { data: TEAM(), fileName: 'team.json', savedAt: '2026-01-01T00:00:00Z' },
    });
    await openApp();
    await act(() => nav('แบบประเมิน').click());
    await choose(selfSelect('TW'), '4');
    await choose(selfSelect('ACH'), '');
    await flush();
    expect((await stored()).people[0]!.self).toEqual({ TW: 4 });

    // Reopened: read back from storage through the importer's checks.
    render(null, root);
    await openApp();
    expect(selfSelect('TW').value).toBe('4');
    expect(comparison('TW')?.textContent).toBe('ต่ำกว่าที่ประเมินตนเอง 2 ระดับ');
    expect(selfSelect('ACH').value).toBe('');

    const files = catchDownloads();
    const button = (name: string) =>
      [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === name)!;
    await act(() => button('ส่งออก JSON').click());
    await act(() => button('ส่งออก CSV').click());
    const json = await files.get('team.json')!.text();
    const csv = await files.get('team.csv')!.text();
    expect(JSON.parse(json).people[0].self).toEqual({ TW: 4 });
    const [header, first] = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
    const cols = header!.split(',');
    const at = cols.indexOf('ประเมินตนเอง ความร่วมแรงร่วมใจ');
    expect(at).toBeGreaterThan(0);
    expect(first!.split(',')[at]).toBe('4');
    expect(cols.indexOf('ประเมินตนเอง การมุ่งผลสัมฤทธิ์')).toBeGreaterThan(0);

    const fromCsv = readAssessmentFile(new TextEncoder().encode(csv), 'team.csv', { set: 'bma' }).assessment;
    expect(fromCsv.people.map((p) => p.self)).toEqual([{ TW: 4 }, undefined]);
    const xlsx = await templateXlsx(templateFromAssessment(parseAssessment(json, 'team.json')));
    const fromXlsx = readAssessmentFile(xlsx, 'team.xlsx').assessment;
    expect(fromXlsx.people.map((p) => p.self)).toEqual([{ TW: 4 }, undefined]);
  });

  it('survives the upgrade from version-1 storage, and a damaged self level is set aside, not lost', async () => {
    // What version 1 wrote: the assessment itself under "assessment", no version key.
    await fakeBrowser.storage.local.set({ assessment: TEAM() });
    const upgraded = await createPanelStore(area()).load();
    expect(upgraded.problems).toEqual([]);
    expect(upgraded.assessment?.data.people[0]?.self).toEqual({ ACH: 3 });

    fakeBrowser.reset();
    const broken = TEAM();
    broken.people[0]!.self = { ACH: 9 };
    await fakeBrowser.storage.local.set({
      [KEYS.version]: CURRENT_VERSION,
      [KEYS.assessment]: { data: broken, fileName: 'team.json', savedAt: '2026-01-01T00:00:00Z' },
    });
    const store = createPanelStore(area());
    const s = await store.load();
    expect(s.assessment).toBeNull();
    expect(s.problems[0]!.message).toContain('self.ACH');
    expect((await store.quarantined())[0]).toMatchObject({ key: KEYS.assessment, value: { data: broken } });
  });

  it('offers the fill view’s self column once a self level is entered in the editor', async () => {
    const plain = TEAM();
    delete (plain.people[0] as { self?: unknown }).self;
    await fakeBrowser.storage.local.set({
      [KEYS.version]: CURRENT_VERSION,
      [KEYS.assessment]: { data: plain, fileName: 'team.json', savedAt: '2026-01-01T00:00:00Z' },
    });
    await openApp();
    const selfBox = () =>
      [...root.querySelectorAll('label.check')].find((l) =>
        l.textContent?.startsWith('เติมช่อง “ผลการประเมินตนเอง”'),
      );
    await act(() => nav('เติมแบบฟอร์ม').click());
    expect(selfBox()).toBeUndefined();
    await act(() => nav('แบบประเมิน').click());
    await choose(selfSelect('ING'), '3');
    await act(() => nav('เติมแบบฟอร์ม').click());
    expect(selfBox()).toBeDefined();
  });
});
