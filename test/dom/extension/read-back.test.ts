/** Read back: levels shown by the page's controls, and the assessment changes they lead to. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { ScannedField } from '../../../extension/engine/types';
import { readLevels } from '../../../extension/profiles/read-levels';
import { findPerson, readBackChanges } from '../../../extension/ui/read-back';
import { parseAssessment } from '../../../shared/interchange';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text = '',
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text) e.textContent = text;
  return e;
}

const field = (
  competency: ScannedField['competency'],
  selector: string,
  control: ScannedField['control'],
  extra: Partial<ScannedField> = {},
): ScannedField => ({
  competency,
  control,
  selector,
  label: competency,
  valueKind: 'level',
  frames: [],
  ...extra,
});

beforeEach(() => {
  document.body.replaceChildren();
  const form = el('form');
  // A select whose options say "ระดับ N" behind opaque values.
  const sel = el('select', { id: 's' });
  for (const [v, t] of [
    ['', '-'],
    ['x1', 'ระดับ 1'],
    ['x2', 'ระดับ 2'],
    ['x3', 'ระดับ 3'],
  ])
    sel.append(el('option', { value: v! }, t));
  sel.selectedIndex = 3;
  // Radios labelled by Thai digits.
  const radios = el('div');
  for (const n of ['๑', '๒', '๓']) {
    const r = el('input', { type: 'radio', name: 'serv', id: `r${n}` });
    radios.append(r, el('label', { for: `r${n}` }, n));
  }
  // Cumulative checkboxes named by a column header.
  const table = el('table');
  const thead = el('thead');
  const hr = el('tr');
  for (const h of ['ชื่อ', 'ระดับ 1', 'ระดับ 2', 'ระดับ 3']) hr.append(el('th', {}, h));
  thead.append(hr);
  const tb = el('tbody');
  const row = el('tr');
  row.append(el('td', {}, 'นาย ก'));
  for (let i = 1; i <= 3; i++) {
    const td = el('td');
    td.append(el('input', { type: 'checkbox', name: 'exp', id: `c${i}` }));
    row.append(td);
  }
  tb.append(row);
  table.append(thead, tb);
  const text = el('input', { id: 't', type: 'text' });
  const empty = el('input', { id: 'e', type: 'text' });
  const points = el('input', { id: 'p', type: 'text' });
  form.append(sel, radios, table, text, empty, points);
  document.body.append(form);
});

describe('reading levels from the page', () => {
  it('reads select, radio, cumulative checkboxes and text boxes; skips points and empty ones', () => {
    (document.getElementById('r๒') as HTMLInputElement).checked = true;
    (document.getElementById('c1') as HTMLInputElement).checked = true;
    (document.getElementById('c2') as HTMLInputElement).checked = true;
    (document.getElementById('t') as HTMLInputElement).value = '๔';
    (document.getElementById('p') as HTMLInputElement).value = '3';
    const got = readLevels(
      [
        field('ACH', '#s', 'select'),
        field('SERV', '#r๑', 'radio'),
        field('EXP', '#c1', 'checkbox'),
        field('ING', '#t', 'text'),
        field('TW', '#e', 'text'),
        field('TW', '#p', 'text', { valueKind: 'points' }),
        field('TW', '#gone', 'text'),
      ],
      document,
    );
    expect(got.map((f) => f.level)).toEqual([3, 2, 2, 4, null, null, null]);
  });

  it('reads nothing from an untouched radio group', () => {
    expect(readLevels([field('SERV', '#r๑', 'radio')], document)[0]!.level).toBeNull();
  });
});

describe('turning levels into assessment changes', () => {
  const a = parseAssessment(
    JSON.stringify({
      format: 'samatthana/assessment',
      version: 1,
      set: 'bma',
      people: [
        {
          id: 'P001',
          name: 'นางสาวสมศรี ใจดี',
          positionType: 'วิชาการ',
          positionLevel: 'ชำนาญการ',
          competencies: { ACH: 2, SERV: 3 },
        },
        {
          id: 'P002',
          name: 'นายสมชาย รักไทย',
          positionType: 'วิชาการ',
          positionLevel: 'ชำนาญการ',
          competencies: { ACH: 1 },
        },
      ],
    }),
    'a.json',
  );
  const read = (competency: ScannedField['competency'], level: number | null, evaluatee?: string) => ({
    ...field(competency, '#x', 'select'),
    level,
    ...(evaluatee ? { evaluatee } : {}),
  });

  it('matches grid rows to people by name despite titles and spacing, or uses the selected person', () => {
    expect(findPerson(a.people, 'สมชาย  รักไทย')?.id).toBe('P002');
    expect(findPerson(a.people, 'น.ส. สมศรี ใจดี')?.id).toBe('P001');
    const changes = readBackChanges(
      {
        fields: [
          read('ACH', 4, 'นาย สมชาย รักไทย'),
          read('ACH', 2),
          read('SERV', 1),
          read('EXP', null),
          read('ING', 9),
        ],
      },
      a,
      'P001',
    );
    expect(changes).toEqual([
      { personId: 'P002', personName: 'นายสมชาย รักไทย', competency: 'ACH', from: 1, to: 4 },
      { personId: 'P001', personName: 'นางสาวสมศรี ใจดี', competency: 'SERV', from: 3, to: 1 },
    ]);
  });

  it('leaves out rows of people who are not in the assessment', () => {
    expect(readBackChanges({ fields: [read('ACH', 3, 'นายใครก็ไม่รู้ ไม่มีชื่อ')] }, a, 'P001')).toEqual([]);
  });
});
