import { afterEach, describe, expect, test } from 'vitest';
import { fill, undo } from '../../../extension/engine';
import type { Person } from '../../../shared/interchange/types';

afterEach(() => {
  document.body.replaceChildren();
});

const person: Person = {
  id: 'P1',
  name: 'นาย ก ข',
  competencies: { ACH: 2, SERV: 1, EXP: 3, ING: 2, TW: 1 },
};

const FORM = `<form>
  <label>การมุ่งผลสัมฤทธิ์ <input id="ach" value=""></label>
  <label>การบริการที่ดี <select id="serv"><option value="">-</option><option value="a">ระดับ 1</option><option value="b">ระดับ 2</option></select></label>
  <table><tr><td>การสั่งสมความเชี่ยวชาญในงานอาชีพ</td>${[1, 2, 3, 4].map((l) => `<td><label><input type="checkbox" name="exp" id="exp${l}"> ระดับ ${l}</label></td>`).join('')}</tr>
  <tr><td>คุณธรรมจริยธรรม</td>${[1, 2, 3].map((l) => `<td><label><input type="radio" name="ing" id="ing${l}" ${l === 1 ? 'checked' : ''}> ${l}</label></td>`).join('')}</tr>
  <tr><td>การทำงานเป็นทีม</td>${[1, 2, 3].map((l) => `<td><label><input type="radio" name="tw" id="tw${l}"> ${l}</label></td>`).join('')}</tr></table>
</form>`;

function state() {
  return Array.from(document.querySelectorAll<HTMLInputElement>('input, select')).map((e) =>
    e.localName === 'select'
      ? (e as unknown as HTMLSelectElement).selectedIndex
      : e.type === 'text'
        ? e.value
        : e.checked,
  );
}

describe('undo', () => {
  test('puts back exactly what fill changed, from a JSON copy of the report', () => {
    document.body.innerHTML = FORM;
    const before = state();
    const report = fill({ people: [person], overwrite: true });
    expect(report.filled).toHaveLength(5);
    expect(state()).not.toEqual(before);
    const events: string[] = [];
    document.querySelector('form')!.addEventListener('change', (e) => events.push((e.target as Element).id));
    const result = undo(JSON.parse(JSON.stringify(report)));
    expect(result).toEqual({ restored: report.undo.length, changedSince: 0, gone: 0 });
    expect(state()).toEqual(before);
    // the same events as a person's edit, newest change first, so page totals recompute
    expect(events[0]).toBe('tw1');
    expect(events).toContain('ach');
    expect(events).toContain('serv');
  });

  test('a radio chosen before comes back; one that was empty is cleared', () => {
    document.body.innerHTML = FORM;
    const report = fill({ people: [person], overwrite: true });
    expect((document.getElementById('ing2') as HTMLInputElement).checked).toBe(true);
    undo(report);
    expect((document.getElementById('ing1') as HTMLInputElement).checked).toBe(true);
    expect(
      ['tw1', 'tw2', 'tw3'].map((id) => (document.getElementById(id) as HTMLInputElement).checked),
    ).toEqual([false, false, false]);
  });

  test('leaves what someone changed since, and counts controls that are gone', () => {
    document.body.innerHTML = FORM;
    const report = fill({ people: [person] });
    (document.getElementById('ach') as HTMLInputElement).value = '5';
    document.getElementById('serv')!.remove();
    const result = undo(JSON.parse(JSON.stringify(report)));
    expect(result.changedSince).toBe(1);
    expect(result.gone).toBe(1);
    expect((document.getElementById('ach') as HTMLInputElement).value).toBe('5');
    expect(result.restored).toBe(report.undo.length - 2);
  });

  test('an empty or foreign report restores nothing', () => {
    expect(undo({ filled: [], skipped: [], missing: [], undo: [] })).toEqual({
      restored: 0,
      changedSince: 0,
      gone: 0,
    });
    expect(undo({} as never)).toEqual({ restored: 0, changedSince: 0, gone: 0 });
  });
});
