import { afterEach, describe, expect, test } from 'vitest';
import { waitForForm } from '../../../extension/engine';

afterEach(() => {
  document.body.replaceChildren();
});

describe('waitForForm', () => {
  test('resolves once a late form has rendered', async () => {
    document.body.innerHTML = '<div id="app">กำลังโหลด…</div>';
    setTimeout(() => {
      const label = document.createElement('label');
      label.textContent = 'การมุ่งผลสัมฤทธิ์ ';
      label.appendChild(document.createElement('input'));
      document.getElementById('app')!.replaceChildren(label);
    }, 120);
    const started = Date.now();
    const found = await waitForForm(document, { timeoutMs: 60_000, settleMs: 60 });
    expect(found.fields.map((f) => f.competency)).toEqual(['ACH']);
    // It returned once the form was there, not at the time limit (limits generous for slow machines).
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  test('waits for a form rendered in steps to settle', async () => {
    document.body.innerHTML = '<div id="app"></div>';
    const add = (name: string) => {
      const label = document.createElement('label');
      label.textContent = `${name} `;
      label.appendChild(document.createElement('input'));
      document.getElementById('app')!.appendChild(label);
    };
    setTimeout(() => add('การมุ่งผลสัมฤทธิ์'), 50);
    setTimeout(() => add('การบริการที่ดี'), 100);
    // A settle time far above the 50 ms between the steps, so a slow machine still sees both.
    const found = await waitForForm(document, { timeoutMs: 60_000, settleMs: 1500 });
    expect(found.fields).toHaveLength(2);
  });

  test('gives up at the time limit with whatever is there', async () => {
    document.body.innerHTML = '<p>ไม่มีแบบฟอร์ม</p>';
    const started = Date.now();
    const found = await waitForForm(document, { timeoutMs: 300 });
    expect(found).toEqual({ fields: [], evaluatees: [] });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});
