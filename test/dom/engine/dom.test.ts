import { afterEach, describe, expect, test } from 'vitest';
import {
  ControlCounts,
  fire,
  frameDocuments,
  isOperable,
  isVisible,
  Labels,
  matcher,
  optionsOf,
  setProperty,
  textOf,
  withSetters,
} from '../../../extension/engine/dom';

afterEach(() => {
  document.body.replaceChildren();
});

describe('textOf', () => {
  test('reads what a person reads: no option, script or button text; cells apart; Thai digits folded', () => {
    document.body.innerHTML = `<div id="d"><b>ระดับ</b>ที่&nbsp;๓<select><option>ระดับ 5</option></select><button>บันทึก</button><script>x=1</script><table><tr><td>ก</td><td>ข</td></tr></table></div>`;
    expect(textOf(document.getElementById('d')!)).toBe('ระดับที่ 3 ก ข');
  });
});

describe('visibility', () => {
  test('display:none, hidden and visibility:hidden hide; a visible label keeps a hidden radio operable', () => {
    document.body.innerHTML = `
      <div style="display:none"><input id="a"></div>
      <input id="b" hidden>
      <input id="c" style="visibility:hidden">
      <input id="d">
      <input type="radio" id="e" style="display:none"><label for="e">ระดับ 1</label>
      <input type="text" id="f" style="display:none"><label for="f">ระดับ</label>`;
    const $ = (id: string) => document.getElementById(id) as HTMLInputElement;
    expect(['a', 'b', 'c', 'd'].map((id) => isVisible($(id)))).toEqual([false, false, false, true]);
    const labels = new Labels();
    expect(isOperable($('e'), labels.of($('e')))).toBe(true);
    expect(isOperable($('f'), labels.of($('f')))).toBe(false);
  });
});

describe('Labels', () => {
  test('the wrapping label and every label pointing at the id', () => {
    document.body.innerHTML = `<label id="w">ห่อ <input id="a"></label><label for="a" id="f1">หนึ่ง</label><label for="a" id="f2">สอง</label>
      <label for="b" id="wb">ชี้ไปที่อื่น <input id="c"></label>`;
    const labels = new Labels();
    expect(labels.of(document.getElementById('a')!).map((l) => l.id)).toEqual(['w', 'f1', 'f2']);
    // a label with for= labels only its target, even around another control
    expect(labels.of(document.getElementById('c')!)).toEqual([]);
  });
});

describe('setProperty', () => {
  test('goes below a per-instance setter, as React installs one to track values', () => {
    document.body.innerHTML = '<input id="i">';
    const input = document.getElementById('i') as HTMLInputElement;
    const tracked: string[] = [];
    const proto = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')!;
    Object.defineProperty(input, 'value', {
      configurable: true,
      get() {
        return proto.get!.call(this);
      },
      set(v: string) {
        tracked.push(v);
        proto.set!.call(this, v);
      },
    });
    setProperty(input, 'value', '3');
    expect(input.value).toBe('3');
    expect(tracked).toEqual([]); // the tracker did not see it, so the framework notices the change
    input.value = '4';
    expect(tracked).toEqual(['4']);
  });

  test('sets selectedIndex and checked', () => {
    document.body.innerHTML =
      '<select id="s"><option>a</option><option>b</option></select><input type="checkbox" id="c">';
    const s = document.getElementById('s') as HTMLSelectElement;
    setProperty(s, 'selectedIndex', 1);
    expect(s.value).toBe('b');
    const c = document.getElementById('c') as HTMLInputElement;
    setProperty(c, 'checked', true);
    expect(c.checked).toBe(true);
  });

  test("a class's setter is looked up once within a pass of writes, and afresh after it", () => {
    document.body.innerHTML = '<input id="i">';
    const input = document.getElementById('i') as HTMLInputElement;
    const proto = Object.getPrototypeOf(input);
    const own = Object.getOwnPropertyDescriptor(proto, 'value')!;
    const seen: string[] = [];
    const patch = () =>
      Object.defineProperty(proto, 'value', {
        ...own,
        set(v: string) {
          seen.push(v);
          own.set!.call(this, v);
        },
      });
    try {
      withSetters(() => {
        setProperty(input, 'value', '1');
        patch(); // a page replacing the setter in answer to the first write
        setProperty(input, 'value', '2');
      });
      expect(seen).toEqual([]);
      setProperty(input, 'value', '3'); // a later pass (an undo) writes through the page's setter
      expect(seen).toEqual(['3']);
      expect(input.value).toBe('3');
    } finally {
      Object.defineProperty(proto, 'value', own);
    }
  });
});

describe('ControlCounts', () => {
  test('counts no control a page put inside a select, as the walk over the document does not', () => {
    document.body.innerHTML =
      '<div id="d"><select id="s"><option>1</option></select><datalist><input id="in-list"></datalist></div>';
    document.getElementById('s')!.append(document.createElement('input'));
    expect(new ControlCounts().in(document.getElementById('d')!)).toBe(2);
  });
});

describe('fire', () => {
  test('dispatches input, change, blur and a bubbling focusout, in order', () => {
    document.body.innerHTML = '<form id="f"><input id="i"></form>';
    const seen: string[] = [];
    const input = document.getElementById('i')!;
    for (const t of ['input', 'change', 'blur', 'focusout']) {
      document.getElementById('f')!.addEventListener(t, (e) => seen.push(`form:${e.type}`));
      input.addEventListener(t, (e) => seen.push(e.type));
    }
    fire(input, true);
    expect(seen).toEqual([
      'input',
      'form:input',
      'change',
      'form:change',
      'blur',
      'focusout',
      'form:focusout',
    ]);
  });

  test('a click-like change leaves focus where it is: input and change only', () => {
    document.body.innerHTML = '<input id="i" type="checkbox">';
    const seen: string[] = [];
    const input = document.getElementById('i')!;
    for (const t of ['input', 'change', 'blur', 'focusout'])
      input.addEventListener(t, (e) => seen.push(e.type));
    fire(input, false);
    expect(seen).toEqual(['input', 'change']);
  });
});

describe('frameDocuments', () => {
  test('lists readable frame documents', () => {
    document.body.innerHTML = '<iframe id="f"></iframe>';
    const frames = frameDocuments(document);
    expect(frames.every((f) => f.doc.documentElement)).toBe(true);
  });
});

describe('optionsOf', () => {
  test('lists a select’s options as select.options does, optgroups included', () => {
    document.body.innerHTML =
      '<select id="s"><option>-</option><optgroup label="ต่ำ"><option>1</option><option>2</option></optgroup><option>3</option></select>';
    const s = document.getElementById('s') as HTMLSelectElement;
    expect(optionsOf(s)).toEqual([...s.options]);
    expect(optionsOf(s).map((o) => o.text)).toEqual(['-', '1', '2', '3']);
    document.body.innerHTML = '<select id="e"></select>';
    expect(optionsOf(document.getElementById('e') as HTMLSelectElement)).toEqual([]);
  });
});

describe('matcher', () => {
  test('answers as el.matches does, for tags, attribute parts and tag parts', () => {
    document.body.innerHTML = `<h2>a</h2><div role="heading">b</div><div role="note">c</div><caption></caption>
      <input type="hidden"><input type="text"><input><select></select><textarea></textarea><span>d</span>`;
    for (const list of [
      'h1,h2,h3,h4,h5,h6,[role=heading],caption',
      'input:not([type=hidden]),select,textarea',
      'b,strong',
    ]) {
      const is = matcher(list);
      for (const el of document.body.querySelectorAll('*'))
        expect(is(el), `${list} ${el.outerHTML}`).toBe(el.matches(list));
    }
  });
});
