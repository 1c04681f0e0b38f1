import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { cssEscape, cssPath, framePath, resolvePath, withIdCounts } from '../../../extension/engine/css-path';

afterEach(() => {
  document.body.replaceChildren();
});

describe('cssPath', () => {
  test('prefers a unique, stable id', () => {
    document.body.innerHTML = '<div><input id="lv-ach"></div>';
    expect(cssPath(document.getElementById('lv-ach')!)).toBe('#lv-ach');
  });

  test('ignores generated ids and duplicated ids', () => {
    document.body.innerHTML =
      '<form id="f"><p><input id=":r3:" name="a"></p><p><input id="dup"><input id="dup"></p></form>';
    expect(cssPath(document.querySelector('input[name=a]')!)).toBe('input[name="a"]');
    const second = document.querySelectorAll('#dup')[1]!;
    expect(cssPath(second)).toBe('#f > p:nth-of-type(2) > input:nth-of-type(2)');
  });

  test('names a radio by its group and value', () => {
    document.body.innerHTML =
      '<input type="radio" name="COMPETENCE_101" value="1"><input type="radio" name="COMPETENCE_101" value="2">';
    const r = document.querySelectorAll('input')[1]!;
    expect(cssPath(r)).toBe('input[name="COMPETENCE_101"][value="2"]');
  });

  test('every element of a random tree gets a selector that finds exactly it', () => {
    const tags = ['div', 'span', 'p', 'input', 'select', 'td'];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.nat(30), fc.constantFrom(...tags), fc.option(fc.constantFrom('x', 'y', '1a', ':r1:'))),
          {
            minLength: 1,
            maxLength: 30,
          },
        ),
        (spec) => {
          document.body.replaceChildren();
          const made: Element[] = [document.body];
          for (const [parent, tag, id] of spec) {
            const el = document.createElement(tag === 'td' ? 'div' : tag);
            if (id) el.id = id;
            made[parent % made.length]!.appendChild(el);
            made.push(el);
          }
          for (const el of made.slice(1)) {
            const sel = cssPath(el);
            const found = document.querySelectorAll(sel);
            if (found.length !== 1 || found[0] !== el) return false;
          }
          return true;
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('withIdCounts', () => {
  test('names the same elements as asking per element: unique ids, duplicated ones, generated ones', () => {
    document.body.innerHTML =
      '<form id="f"><p><select id="a"></select><select id="dup"></select></p>' +
      '<p><select id="dup"></select><select id=":r3:" name="x"></select><select id="b"></select></p></form>';
    const all = [...document.querySelectorAll('select, p, form')];
    const plain = all.map((el) => cssPath(el));
    expect(plain).toContain('#a');
    expect(withIdCounts(() => all.map((el) => cssPath(el)))).toEqual(plain);
    // After the pass, ids are asked per element again: a second element with id a is seen.
    document.querySelector('p')!.append(Object.assign(document.createElement('select'), { id: 'a' }));
    expect(cssPath(document.getElementById('a')!)).not.toBe('#a');
  });
});

describe('cssEscape', () => {
  // Escapes happy-dom's selector parser cannot read (spaces, quotes, leading digits) are checked in Chromium.
  test.each(['a:b', 'ระดับ', 'lv.ach'])('makes the id %s usable in a selector', (id) => {
    document.body.innerHTML = '<input>';
    const input = document.querySelector('input')!;
    input.id = id;
    expect(document.querySelector(`#${cssEscape(id)}`)).toBe(input);
  });

  test.each(['s-0-ACH', 'lv_1', '-x', '1a', 'a b', 'ก1', '_'])('gives %s as CSS.escape does', (id) => {
    expect(cssEscape(id)).toBe(CSS.escape(id));
  });
});

describe('framePath and resolvePath', () => {
  test('a control of the top document has no frames and is found again', () => {
    document.body.innerHTML = '<p><input name="x"></p>';
    const input = document.querySelector('input')!;
    expect(framePath(input)).toEqual([]);
    expect(resolvePath([], cssPath(input), document)).toBe(input);
  });

  test('a missing frame or element resolves to null, a broken selector too', () => {
    expect(resolvePath(['#nope'], 'input', document)).toBeNull();
    expect(resolvePath([], 'input[', document)).toBeNull();
  });
});
