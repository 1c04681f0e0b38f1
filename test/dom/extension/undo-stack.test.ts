/** Undo you can trust: every fill of a page in order, a fill that changed nothing never hiding one that did. */
import { describe, expect, it } from 'vitest';
import type { FillReport } from '../../../extension/engine/types';
import type { TabFill } from '../../../extension/ui/page-bridge';
import { pagePeople } from '../../../extension/ui/page-people';
import { pageKey, UndoStacks } from '../../../extension/ui/undo-stack';
import type { Person } from '../../../shared/interchange/types';

const fillOf = (changed: number): TabFill => {
  const report: FillReport = {
    filled: [],
    skipped: [],
    missing: [],
    undo: Array.from({ length: changed }, (_, i) => ({
      frames: [],
      selector: `#x${i}`,
      control: 'text',
      before: '',
      after: '1',
    })),
  };
  return { tabId: 1, frames: [{ frameId: 0, key: 'k', report }], report };
};

describe('the undo stack of a page', () => {
  it('undoes fills newest first; one that changed nothing is not recorded', () => {
    const stacks = new UndoStacks();
    const key = pageKey({ id: 7, url: 'https://e.go.th/form?id=1#part2' })!;
    const first = fillOf(3);
    const second = fillOf(2);
    expect(stacks.push(key, first)).toBe(true);
    expect(stacks.push(key, second)).toBe(true);
    expect(stacks.push(key, fillOf(0))).toBe(false);
    expect(stacks.size(key)).toBe(2);
    expect(stacks.pop(key)).toBe(second);
    expect(stacks.peek(key)).toBe(first);
    expect(stacks.pop(key)).toBe(first);
    expect(stacks.pop(key)).toBeUndefined();
  });

  it('keeps one stack per tab and page; the fragment does not make another page', () => {
    const stacks = new UndoStacks();
    stacks.push(pageKey({ id: 1, url: 'https://e.go.th/a' })!, fillOf(1));
    expect(stacks.size(pageKey({ id: 1, url: 'https://e.go.th/a#x' }))).toBe(1);
    expect(stacks.size(pageKey({ id: 2, url: 'https://e.go.th/a' }))).toBe(0);
    expect(stacks.size(pageKey({ id: 1, url: 'https://e.go.th/b' }))).toBe(0);
    expect(stacks.size(null)).toBe(0);
  });
});

describe('whom the page holds', () => {
  const people: Person[] = [
    { id: 'P001', name: 'นางสาวสมศรี ใจดี', competencies: {} },
    { id: 'P002', name: 'นายสมชาย รักงาน', competencies: {} },
    { id: 'P003', name: 'นางมาลี ศรีสุข', competencies: {} },
  ];
  it('by id or by name as the page writes it; the others and the strangers', () => {
    const r = pagePeople(['P002', 'นาง มาลี  ศรีสุข', 'นายใครก็ได้ ไม่มีชื่อ'], people);
    expect(r.found.map((p) => p.id)).toEqual(['P002', 'P003']);
    expect(r.lacking.map((p) => p.id)).toEqual(['P001']);
    expect(r.strangers).toEqual(['นายใครก็ได้ ไม่มีชื่อ']);
  });
});
