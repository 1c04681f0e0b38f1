/**
 * The fill engine on generated forms (happy-dom): random nesting (tables in tables, divs, fieldsets,
 * same-origin frames, a hidden frame), competency rows worded as either set names them, labels tied
 * by `for`, wrapping, or only beside the control, hidden (type=hidden, [hidden], display:none),
 * disabled and read-only controls, unrelated inputs (a search box, a sign-in form, remarks, the
 * expected level), buttons and forms whose submission is recorded. Whatever the form and the input:
 * scan, fill and undo never throw; nothing hidden, disabled, read-only or unrelated changes; no form is
 * submitted and nothing but a choice is clicked; undo puts every control back exactly as it was.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { type FillReport, fill, scan, undo } from '../../../extension/engine';
import {
  COMPETENCY_ALIASES,
  COMPETENCY_CODES,
  type CompetencyCode,
  getCompetency,
  type SetId,
} from '../../../shared/dictionary';
import { METHODS, type Person } from '../../../shared/interchange/types';
import { toThaiDigits } from '../../../shared/text/normalize';

type ControlKind = 'radio' | 'select' | 'text' | 'checkbox';
/** How a choice shows its level. */
type Wording = 'word' | 'thai' | 'title' | 'plain';
/** How the competency's name is tied to the control. */
type Tie = 'for' | 'wrap' | 'beside';
type State =
  | 'live'
  | 'typeHidden'
  | 'hiddenAttr'
  | 'displayNone'
  | 'disabled'
  | 'readonly'
  | 'disabledFieldset';
type Layout = 'table' | 'nestedTable' | 'div' | 'fieldset' | 'grid' | 'iframe' | 'hiddenIframe';

interface Row {
  code: CompetencyCode;
  set: SetId;
  alias: number;
  control: ControlKind;
  wording: Wording;
  tie: Tie;
  state: State;
  /** Level shown before the fill (a chosen option, a checked radio, ticked boxes, a typed value). */
  prefill: number | null;
  points: boolean;
}

interface Block {
  layout: Layout;
  rows: Row[];
  /** Index of the person the block's heading or legend names, if any. */
  person: number | null;
}

interface Spec {
  blocks: Block[];
  extras: { search: boolean; signIn: boolean; remarks: boolean; buttons: boolean };
  people: Person[];
  set: SetId;
  method: (typeof METHODS)[number];
  overwrite: boolean;
}

const NAMES = ['นางสาวสมศรี ใจดี', 'นายสมชาย รักงาน', 'ว่าที่ร้อยตรีประเสริฐ มั่นคง'];

const row: fc.Arbitrary<Row> = fc.record({
  code: fc.constantFrom(...COMPETENCY_CODES),
  set: fc.constantFrom<SetId>('bma', 'ocsc'),
  alias: fc.nat(9),
  control: fc.constantFrom<ControlKind>('radio', 'select', 'text', 'checkbox'),
  wording: fc.constantFrom<Wording>('word', 'thai', 'title', 'plain'),
  tie: fc.constantFrom<Tie>('for', 'wrap', 'beside'),
  state: fc.oneof(
    { weight: 6, arbitrary: fc.constant<State>('live') },
    {
      weight: 4,
      arbitrary: fc.constantFrom<State>(
        'typeHidden',
        'hiddenAttr',
        'displayNone',
        'disabled',
        'readonly',
        'disabledFieldset',
      ),
    },
  ),
  prefill: fc.option(fc.integer({ min: 0, max: 5 }), { freq: 3 }),
  points: fc.boolean(),
});

const person = (i: number): fc.Arbitrary<Person> =>
  fc.record(
    {
      id: fc.constant(`P${i + 1}`),
      name: fc.constant(NAMES[i]!),
      positionType: fc.constantFrom('วิชาการ', 'ทั่วไป', 'ไม่มีตำแหน่งนี้'),
      positionLevel: fc.constantFrom('ชำนาญการ', 'ปฏิบัติงาน', 'K2', ''),
      competencies: fc.dictionary(fc.constantFrom(...COMPETENCY_CODES), fc.integer({ min: 0, max: 6 }), {
        minKeys: 1,
      }),
      expected: fc.dictionary(fc.constantFrom(...COMPETENCY_CODES), fc.integer({ min: 1, max: 5 })),
    },
    { requiredKeys: ['id', 'name', 'competencies'] },
  ) as fc.Arbitrary<Person>;

const spec: fc.Arbitrary<Spec> = fc.integer({ min: 1, max: 3 }).chain((n) =>
  fc.record({
    blocks: fc.array(
      fc.record({
        layout: fc.constantFrom<Layout>(
          'table',
          'nestedTable',
          'div',
          'fieldset',
          'grid',
          'iframe',
          'hiddenIframe',
        ),
        rows: fc.array(row, { minLength: 1, maxLength: 5 }),
        person: fc.option(fc.nat(n - 1)),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    extras: fc.record({
      search: fc.boolean(),
      signIn: fc.boolean(),
      remarks: fc.boolean(),
      buttons: fc.boolean(),
    }),
    people: fc.tuple(...Array.from({ length: n }, (_, i) => person(i))),
    set: fc.constantFrom<SetId>('bma', 'ocsc'),
    method: fc.constantFrom(...METHODS),
    overwrite: fc.boolean(),
  }),
);

/** Events nobody asked for: submissions and clicks on anything but a radio or checkbox. */
let unexpected: string[] = [];
let serial = 0;

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

function levelText(r: Row, level: number): string {
  switch (r.wording) {
    case 'word':
      return `ระดับ ${level}`;
    case 'thai':
      return toThaiDigits(level);
    case 'plain':
      return String(level);
    case 'title':
      return getCompetency(r.set, r.code).levels.find((l) => l.level === level)?.title ?? `ระดับ ${level}`;
  }
}

function nameOf(r: Row): string {
  const names = [...COMPETENCY_ALIASES[r.code], getCompetency(r.set, r.code).nameTh];
  return names[r.alias % names.length]!;
}

/** The controls of one row, untouchable ones marked with data-untouchable. */
function controls(doc: Document, r: Row): HTMLElement[] {
  const untouchable = r.state !== 'live' && !(r.state === 'readonly' && r.control === 'select');
  const mark = (e: HTMLElement) => {
    if (untouchable) e.setAttribute('data-untouchable', '');
    if (r.state === 'disabled') (e as HTMLInputElement).disabled = true;
    if (r.state === 'readonly') e.setAttribute('readonly', '');
    return e;
  };
  const id = `c${serial++}`;
  if (r.state === 'typeHidden') return [mark(el(doc, 'input', { type: 'hidden', name: id, value: '2' }))];
  const levels = [0, 1, 2, 3, 4, 5];
  switch (r.control) {
    case 'text': {
      const box = mark(el(doc, 'input', { id, name: id, size: '3' }));
      if (r.prefill !== null) (box as HTMLInputElement).value = String(r.prefill);
      return [box];
    }
    case 'select': {
      const select = mark(
        el(
          doc,
          'select',
          { id, name: id },
          el(doc, 'option', { value: '' }, '-- เลือก --'),
          ...levels.map((l) => el(doc, 'option', { value: `v${l}x` }, levelText(r, l))),
        ),
      ) as HTMLSelectElement;
      if (r.prefill !== null) select.selectedIndex = r.prefill + 1;
      return [select];
    }
    default: {
      const out: HTMLElement[] = [];
      for (const l of r.control === 'radio' ? levels : levels.slice(1)) {
        const input = mark(
          el(doc, 'input', { type: r.control, name: id, value: `o${l}` }),
        ) as HTMLInputElement;
        if (r.prefill !== null && (r.control === 'radio' ? l === r.prefill : l <= r.prefill))
          input.checked = true;
        out.push(el(doc, 'label', {}, input, ` ${levelText(r, l)}`));
      }
      return out;
    }
  }
}

/** Hides a node or disables it by a fieldset, as the row's state says. */
function inState(doc: Document, r: Row, node: HTMLElement): HTMLElement {
  if (r.state === 'hiddenAttr') node.setAttribute('hidden', '');
  if (r.state === 'displayNone') node.setAttribute('style', 'display:none');
  return r.state === 'disabledFieldset' ? el(doc, 'fieldset', { disabled: '' }, node) : node;
}

/** One competency row: its name tied to the control as the spec says, wrapped as its state says. */
function rowNodes(doc: Document, r: Row, asCells: boolean): HTMLElement {
  const parts = controls(doc, r);
  const first = parts[0]!.matches('input, select') ? parts[0]! : parts[0]!.querySelector('input')!;
  const name = `${nameOf(r)}${r.points ? ' (คะแนน)' : ''}`;
  let label: HTMLElement | string = name;
  if (r.tie === 'for' && first.id) label = el(doc, 'label', { for: first.id }, name);
  // A label holds one control: choices, each in its own label already, are wrapped in a span instead.
  const wrapper = r.tie === 'wrap' && parts.length === 1 ? 'label' : 'span';
  const control =
    r.tie === 'wrap' ? el(doc, wrapper, {}, name, ' ', ...parts) : el(doc, 'span', {}, ...parts);
  const nameNode = r.tie === 'wrap' ? '' : label;
  let wrapped: HTMLElement = asCells
    ? el(doc, 'tr', {}, el(doc, 'td', {}, nameNode), el(doc, 'td', {}, control))
    : el(doc, 'div', {}, nameNode, ' ', control);
  if (r.state === 'hiddenAttr') wrapped.setAttribute('hidden', '');
  if (r.state === 'displayNone') wrapped.setAttribute('style', 'display:none');
  if (r.state === 'disabledFieldset') {
    if (asCells) {
      const cell = wrapped.lastElementChild!;
      cell.replaceChildren(el(doc, 'fieldset', { disabled: '' }, control));
    } else wrapped = el(doc, 'fieldset', { disabled: '' }, wrapped);
  }
  return wrapped;
}

function blockNodes(doc: Document, b: Block, people: readonly Person[]): HTMLElement {
  const table = (rows: Row[]) =>
    el(doc, 'table', {}, el(doc, 'tbody', {}, ...rows.map((r) => rowNodes(doc, r, true))));
  const who = b.person !== null && people[b.person] ? `ผู้รับการประเมิน: ${people[b.person]!.name}` : null;
  switch (b.layout) {
    case 'table':
      return el(doc, 'div', {}, ...(who ? [el(doc, 'h3', {}, who)] : []), table(b.rows));
    case 'nestedTable':
      return el(
        doc,
        'table',
        {},
        el(
          doc,
          'tbody',
          {},
          el(doc, 'tr', {}, el(doc, 'td', {}, who ?? 'แบบประเมิน'), el(doc, 'td', {}, table(b.rows))),
        ),
      );
    case 'fieldset':
      return el(
        doc,
        'fieldset',
        {},
        el(doc, 'legend', {}, who ?? 'สมรรถนะหลัก'),
        ...b.rows.map((r) => rowNodes(doc, r, false)),
      );
    case 'div':
      return el(
        doc,
        'div',
        {},
        ...(who ? [el(doc, 'h3', {}, who)] : []),
        ...b.rows.map((r) => rowNodes(doc, r, false)),
      );
    case 'grid': {
      // One row per person (the name spaced as printed forms do), one column per competency.
      const head = el(
        doc,
        'tr',
        {},
        el(doc, 'th', {}, 'ชื่อ - สกุล'),
        ...b.rows.map((r) => el(doc, 'th', {}, nameOf(r))),
      );
      const lines = people.map((p) =>
        el(
          doc,
          'tr',
          {},
          el(doc, 'td', {}, p.name.replace(/^(นางสาว|นาย|ว่าที่ร้อยตรี)/, '$1 ')),
          ...b.rows.map((r) => el(doc, 'td', {}, inState(doc, r, el(doc, 'span', {}, ...controls(doc, r))))),
        ),
      );
      return el(doc, 'table', {}, el(doc, 'thead', {}, head), el(doc, 'tbody', {}, ...lines));
    }
    case 'iframe':
    case 'hiddenIframe':
      // Filled once attached (a frame's document exists only then).
      return el(doc, 'iframe', b.layout === 'hiddenIframe' ? { style: 'display:none' } : {});
  }
}

function extras(doc: Document, x: Spec['extras']): HTMLElement[] {
  const out: HTMLElement[] = [];
  const untouchable = (e: HTMLElement) => {
    e.setAttribute('data-untouchable', '');
    return e;
  };
  if (x.search) {
    out.push(
      el(
        doc,
        'div',
        { role: 'search' },
        el(
          doc,
          'label',
          {},
          'ค้นหา การมุ่งผลสัมฤทธิ์ ',
          untouchable(el(doc, 'input', { type: 'search', name: 'q' })),
        ),
      ),
      el(doc, 'label', {}, 'การบริการที่ดี ', untouchable(el(doc, 'input', { name: 'keyword' }))),
    );
  }
  if (x.signIn) {
    out.push(
      el(
        doc,
        'form',
        { id: 'signin' },
        el(doc, 'label', {}, 'ชื่อผู้ใช้ ', untouchable(el(doc, 'input', { name: 'user' }))),
        el(doc, 'label', {}, 'รหัสผ่าน ', untouchable(el(doc, 'input', { type: 'password', name: 'pw' }))),
        el(doc, 'label', {}, 'การทำงานเป็นทีม ', untouchable(el(doc, 'input', { name: 'tw' }))),
        el(doc, 'button', {}, 'เข้าสู่ระบบ'),
      ),
    );
  }
  if (x.remarks) {
    out.push(
      el(doc, 'label', {}, 'ความเห็น การมุ่งผลสัมฤทธิ์ ', untouchable(el(doc, 'textarea', { name: 'note' }))),
      el(doc, 'label', {}, 'หมายเหตุ การทำงานเป็นทีม ', untouchable(el(doc, 'input', { name: 'remark' }))),
      el(
        doc,
        'label',
        {},
        'ระดับที่คาดหวัง จริยธรรม ',
        untouchable(el(doc, 'input', { name: 'exp', value: '3' })),
      ),
    );
  }
  if (x.buttons) {
    out.push(
      el(doc, 'button', { type: 'button' }, 'บันทึก'),
      el(doc, 'input', { type: 'submit', value: 'ส่งแบบประเมิน' }),
      el(doc, 'button', {}, 'ระดับ 3'),
    );
  }
  return out;
}

/** Records submissions and clicks on anything but a choice, in one document. */
function watch(doc: Document): void {
  doc.addEventListener('submit', () => unexpected.push('submit'), true);
  doc.addEventListener(
    'click',
    (e) => {
      const t = e.target as Element;
      if (!t.matches?.('input[type=radio], input[type=checkbox]')) unexpected.push(`click ${t.localName}`);
    },
    true,
  );
  for (const form of doc.querySelectorAll('form')) {
    form.submit = () => unexpected.push('form.submit()');
    form.requestSubmit = () => unexpected.push('form.requestSubmit()');
  }
}

function render(s: Spec): Document[] {
  const form = el(document, 'form', { id: 'appraisal', action: '/save' });
  const frames: [HTMLIFrameElement, Block][] = [];
  for (const b of s.blocks) {
    const node = blockNodes(document, b, s.people);
    if (node instanceof HTMLIFrameElement) frames.push([node, b]);
    form.append(node);
  }
  document.body.replaceChildren(form, ...extras(document, s.extras));
  const docs = [document];
  for (const [frame, b] of frames) {
    const doc = frame.contentDocument!;
    doc.body.replaceChildren(el(doc, 'form', {}, blockNodes(doc, { ...b, layout: 'div' }, s.people)));
    if (b.layout === 'hiddenIframe') {
      for (const c of doc.querySelectorAll('input, select, textarea')) c.setAttribute('data-untouchable', '');
    }
    docs.push(doc);
  }
  for (const doc of docs) watch(doc);
  return docs;
}

/** Every control's state, in document order, frames after the page. */
function snapshot(docs: Document[], only = '') {
  return docs.flatMap((doc) =>
    [
      ...doc.querySelectorAll<HTMLInputElement & HTMLSelectElement>(`:is(input, select, textarea)${only}`),
    ].map((c) => ({ value: c.value, checked: c.checked ?? null, selectedIndex: c.selectedIndex ?? null })),
  );
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('fill engine on generated forms', () => {
  test('never throws, touches only what it may, submits nothing, and undo restores every control', () => {
    let runs = 0;
    let filledRuns = 0;
    fc.assert(
      fc.property(spec, (s) => {
        unexpected = [];
        const docs = render(s);
        const before = snapshot(docs);
        const guarded = snapshot(docs, '[data-untouchable]');
        const input = { people: s.people, set: s.set, method: s.method, overwrite: s.overwrite };

        const found = scan();
        expect(found.fields.every((f) => typeof f.value === 'string')).toBe(true);
        const report: FillReport = fill(input);
        expect(snapshot(docs, '[data-untouchable]')).toEqual(guarded);
        expect(unexpected).toEqual([]);
        // Whatever the report says was filled was changed on the page, and recorded for undo.
        if (report.filled.length) expect(report.undo.length).toBeGreaterThan(0);
        runs++;
        if (report.filled.length) filledRuns++;

        const undone = undo(report);
        expect(undone).toEqual({ restored: report.undo.length, changedSince: 0, gone: 0 });
        expect(snapshot(docs)).toEqual(before);
        expect(unexpected).toEqual([]);

        // The report travels as JSON (to the side panel and back): undo from a copy restores as well.
        if (!s.blocks.some((b) => b.layout === 'iframe' || b.layout === 'hiddenIframe')) {
          const again = fill(input);
          undo(JSON.parse(JSON.stringify(again)) as FillReport);
          expect(snapshot(docs)).toEqual(before);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
    // The generator must produce forms the engine fills, or the properties above prove little.
    expect(filledRuns / runs).toBeGreaterThan(0.4);
  }, 60_000);
});
