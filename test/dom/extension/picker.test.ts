/** Teach mode's page side: the user's click picks a control (without changing it); Escape cancels. */
import { beforeEach, describe, expect, it } from 'vitest';
import { cssPath } from '../../../extension/engine/css-path';
import { controlFor, createPicker, describeControl } from '../../../extension/profiles/picker';

beforeEach(() => {
  document.body.replaceChildren();
  const table = document.createElement('table');
  const row = (label: string, control: HTMLElement) => {
    const tr = document.createElement('tr');
    const a = document.createElement('td');
    a.textContent = label;
    const b = document.createElement('td');
    b.append(control);
    tr.append(a, b);
    table.append(tr);
  };
  const radio = document.createElement('input');
  radio.type = 'radio';
  radio.name = 'q1';
  radio.id = 'r1';
  row('ข้อ ก', radio);
  const select = document.createElement('select');
  select.name = 'q2';
  for (const [text, value] of [
    ['-', ''],
    ['1', 'a'],
  ]) {
    const o = document.createElement('option');
    o.textContent = text!;
    o.value = value!;
    select.append(o);
  }
  row('ข้อ ข', select);
  const label = document.createElement('label');
  label.textContent = 'คะแนนข้อ ค ';
  const text = document.createElement('input');
  text.name = 'q3';
  label.append(text);
  row('', label);
  document.body.append(table);
});

describe('teach-mode picker', () => {
  it('resolves with the clicked control and swallows the click', async () => {
    const picker = createPicker(document, cssPath);
    const picked = picker.pick();
    expect(document.querySelector('[role=status]')?.textContent).toContain('คลิกช่องคำตอบ');
    const radio = document.getElementById('r1') as HTMLInputElement;
    radio.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(radio.style.outline).toContain('solid');
    radio.click();
    const result = await picked;
    expect(result).toEqual({ selector: cssPath(radio), control: 'radio', label: 'ข้อ ก' });
    expect(document.querySelector(result!.selector)).toBe(radio);
    expect(radio.checked).toBe(false);
    expect(radio.style.outline).toBe('');
    expect(document.querySelector('[role=status]')).toBeNull();
  });

  it('maps a click on a label to its control, and names it by the label', async () => {
    const picker = createPicker(document, cssPath);
    const picked = picker.pick();
    (document.querySelector('label') as HTMLLabelElement).click();
    const r = await picked;
    expect(r?.control).toBe('text');
    expect(r?.label).toBe('คะแนนข้อ ค');
  });

  it('ignores clicks on text and resolves null on Escape', async () => {
    const picker = createPicker(document, cssPath);
    const picked = picker.pick();
    (document.querySelector('td') as HTMLElement).click();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(await picked).toBeNull();
    // Listeners are gone: a later click reaches the page normally.
    const radio = document.getElementById('r1') as HTMLInputElement;
    radio.click();
    expect(radio.checked).toBe(true);
  });

  it('cancel() ends a pending pick', async () => {
    const picker = createPicker(document, cssPath);
    const picked = picker.pick();
    picker.cancel();
    expect(await picked).toBeNull();
  });

  it('finds controls and their descriptions', () => {
    const select = document.querySelector('select')!;
    expect(controlFor(select)).toBe(select);
    expect(controlFor(document.querySelector('td'))).toBeNull();
    expect(describeControl(select)).toBe('ข้อ ข');
  });
});
