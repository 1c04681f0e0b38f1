import { afterEach, describe, expect, test } from 'vitest';
import { plan, REASONS } from '../../../extension/engine/apply';
import { Collector } from '../../../extension/engine/collect';
import { classify, type Field } from '../../../extension/engine/match';

const opts = (overwrite: boolean) => ({ overwrite, fillZeros: false, zeroForm: false });

afterEach(() => {
  document.body.replaceChildren();
});

function only(html: string): Field {
  document.body.innerHTML = html;
  const col = new Collector();
  const f = classify(col.collect(document), col);
  expect(f).toHaveLength(1);
  return f[0]!;
}

function events(el: Element, into: string[]) {
  for (const t of ['click', 'input', 'change', 'blur', 'focusout'])
    el.addEventListener(t, () => into.push(t));
}

describe('text box', () => {
  test('types like a person: value, then input, change, blur', () => {
    const f = only('<label>การมุ่งผลสัมฤทธิ์ <input id="a"></label>');
    const seen: string[] = [];
    events(f.els[0]!, seen);
    const p = plan(f, 3, opts(false));
    expect(p).toMatchObject({ ok: true, from: '', to: '3' });
    expect((f.els[0] as HTMLInputElement).value).toBe(''); // planning changes nothing
    const done = p.ok ? p.apply() : null;
    expect((f.els[0] as HTMLInputElement).value).toBe('3');
    expect(seen).toEqual(['input', 'change', 'blur', 'focusout']);
    expect(done?.entries).toEqual([{ frames: [], selector: '#a', control: 'text', before: '', after: '3' }]);
  });

  test('keeps a value already there unless told to overwrite; the same value is never rewritten', () => {
    const f = only('<label>การมุ่งผลสัมฤทธิ์ <input value="2"></label>');
    expect(plan(f, 3, opts(false))).toEqual({ ok: false, ...REASONS.already('2'), from: '2' });
    expect(plan(f, 2, opts(true))).toEqual({ ok: false, ...REASONS.same, from: '2' });
    expect(plan(f, 3, opts(true))).toMatchObject({ ok: true, from: '2', to: '3' });
  });
});

describe('select', () => {
  const html = (attrs = '') =>
    `<label>การบริการที่ดี <select${attrs}><option value="">-- เลือก --</option><option value="z1">ระดับ ๑</option><option value="z2">ระดับ ๒</option></select></label>`;

  test('picks the option of the level and fires change', () => {
    const f = only(html());
    const seen: string[] = [];
    events(f.els[0]!, seen);
    const p = plan(f, 2, opts(false));
    expect(p).toMatchObject({ ok: true, from: '', to: '2' });
    if (p.ok) expect(p.apply().entries[0]).toMatchObject({ control: 'select', before: 0, after: 2 });
    expect((f.els[0] as HTMLSelectElement).value).toBe('z2');
    expect(seen).toEqual(['input', 'change', 'blur', 'focusout']);
  });

  test('a level with no option is reported; a chosen option counts as a value', () => {
    const f = only(html());
    expect(plan(f, 5, opts(false))).toEqual({ ok: false, ...REASONS.noChoice('5') });
    (f.els[0] as HTMLSelectElement).selectedIndex = 1;
    expect(plan(f, 2, opts(false))).toMatchObject({ ok: false, from: '1' });
    expect(plan(f, 1, opts(false))).toMatchObject({ ok: false, ...REASONS.same });
  });

  test('the browser’s default first option is not a choice; an option marked selected is', () => {
    const noPlaceholder = only(
      '<label>การบริการที่ดี <select><option>๐</option><option>๑</option></select></label>',
    );
    expect(plan(noPlaceholder, 1, opts(false))).toMatchObject({ ok: true, from: '' });
    const marked = only(
      '<label>การบริการที่ดี <select><option selected>๐</option><option>๑</option></select></label>',
    );
    (marked.els[0] as HTMLSelectElement).selectedIndex = 0; // as a browser does for `selected` (happy-dom does not)
    expect(plan(marked, 1, opts(false))).toMatchObject({ ok: false, from: '0' });
  });
});

describe('radio', () => {
  const group = (checked = -1) =>
    `<table><tr><th></th><th>๑</th><th>๒</th><th>๓</th></tr><tr><td>การทำงานเป็นทีม</td>${[1, 2, 3]
      .map((l) => `<td><input type="radio" name="tw" value="v${l}"${l === checked ? ' checked' : ''}></td>`)
      .join('')}</tr></table>`;

  test('clicks the radio of the level (click, input, change)', () => {
    const f = only(group());
    const seen: string[] = [];
    events(f.els[1]!, seen);
    const p = plan(f, 2, opts(false));
    if (!p.ok) throw new Error(p.reason);
    const { entries } = p.apply();
    expect((f.els[1] as HTMLInputElement).checked).toBe(true);
    expect(seen).toEqual(['click', 'input', 'change']);
    expect(entries).toEqual([
      {
        frames: [],
        selector: 'input[name="tw"][value="v2"]',
        control: 'radio',
        before: false,
        after: true,
        previous: null,
      },
    ]);
  });

  test('with overwrite, records the radio that was chosen before', () => {
    const f = only(group(3));
    expect(plan(f, 2, opts(false))).toMatchObject({ ok: false, from: '3' });
    const p = plan(f, 2, opts(true));
    if (!p.ok) throw new Error(p.reason);
    expect(p.apply().entries[0]!.previous).toBe('input[name="tw"][value="v3"]');
  });

  test('a page that cancels the click keeps its radio, and says so', () => {
    const f = only(group());
    f.els[1]!.addEventListener('click', (e) => e.preventDefault());
    const p = plan(f, 2, opts(false));
    if (!p.ok) throw new Error(p.reason);
    expect(p.apply()).toEqual({ entries: [], refused: REASONS.refused });
    expect((f.els[1] as HTMLInputElement).checked).toBe(false);
  });
});

describe('checkboxes', () => {
  const boxes = (checked: number[] = []) =>
    `<table><tr><td>การสั่งสมความเชี่ยวชาญในงานอาชีพ</td>${[1, 2, 3, 4]
      .map(
        (l) =>
          `<td><label><input type="checkbox" name="e"${checked.includes(l) ? ' checked' : ''}> ระดับ ${l}</label></td>`,
      )
      .join('')}</tr></table>`;
  const state = (f: Field) => f.els.map((e) => (e as HTMLInputElement).checked);

  test('ticks every level up to and including the displayed one', () => {
    const f = only(boxes());
    const p = plan(f, 3, opts(false));
    if (!p.ok) throw new Error(p.reason);
    expect(p.apply().entries).toHaveLength(3);
    expect(state(f)).toEqual([true, true, true, false]);
  });

  test('with overwrite, unticks levels above the displayed one', () => {
    const f = only(boxes([1, 2, 3, 4]));
    expect(plan(f, 2, opts(false))).toMatchObject({ ok: false, from: '4' });
    const p = plan(f, 2, opts(true));
    if (!p.ok) throw new Error(p.reason);
    expect(p.apply().entries.map((e) => [e.before, e.after])).toEqual([
      [true, false],
      [true, false],
    ]);
    expect(state(f)).toEqual([true, true, false, false]);
  });

  test('level 0 ticks nothing: with nothing ticked there is nothing to do', () => {
    const f = only(boxes());
    expect(plan(f, 0, opts(false))).toEqual({ ok: false, ...REASONS.same, from: '' });
  });
});
