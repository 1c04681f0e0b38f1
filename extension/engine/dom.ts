/**
 * DOM helpers shared by the engine's steps. Pages may hand us elements from another frame (another
 * JavaScript realm), so nothing here relies on `instanceof` or on this realm's constructors.
 */
import { cleanText } from '../../shared/text/normalize';
import { passCache } from './pass-cache';

export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Controls that count when deciding whether a cell or row holds something to fill. */
export const VISIBLE_CONTROLS = 'input:not([type=hidden]),select,textarea';

/**
 * `el.matches(list)` for a selector list read many times over a pass: its plain tag names are
 * looked up in a set, and the rest (attribute or pseudo-class parts) goes to `matches` only for an
 * element that could match one of them: of the tag a part starts with (`input:not(…)`), or with
 * the attribute it starts with (`[role=heading]`).
 */
export function matcher(list: string): (el: Element) => boolean {
  const parts = list.split(',').map((p) => p.trim());
  const tags = new Set(parts.filter((p) => /^[a-z][a-z0-9]*$/.test(p)));
  const others = parts.filter((p) => !tags.has(p));
  const rest = others.join(',');
  if (rest === '') return (el) => tags.has(el.localName);
  // What an element needs to match each other part: the tag it starts with, or the attribute.
  const restTags = new Set<string>();
  const restAttrs: string[] = [];
  for (const p of others) {
    const tag = /^([a-z][a-z0-9]*)[:[.#]/.exec(p)?.[1];
    const attr = /^\[([a-z][a-z0-9-]*)[\]=~|^$*]/.exec(p)?.[1];
    if (tag) restTags.add(tag);
    else if (attr) restAttrs.push(attr);
    else return (el) => tags.has(el.localName) || el.matches(rest);
  }
  return (el) =>
    tags.has(el.localName) ||
    ((restTags.has(el.localName) || restAttrs.some((a) => el.hasAttribute(a))) && el.matches(rest));
}

/**
 * Elements whose insides hold nothing the engine reads: a select's options, a text area's text. (What
 * a page puts in a select besides options is not a control or label of the form; a data list's
 * few options are walked, with anything else a page puts there.)
 */
const OPAQUE = new Set(['select', 'textarea']);

/**
 * Visits the elements below `root` in document order, as a query of it would list them, without
 * going into an opaque element: a grid's selects hold most of its elements, as options, and a walk
 * that skips them costs half a query of the whole document.
 */
export function walk(root: ParentNode, visit: (el: Element) => void): void {
  let el: Element | null = root.firstElementChild;
  while (el) {
    visit(el);
    const down: Element | null = OPAQUE.has(el.localName) ? null : el.firstElementChild;
    if (down) {
      el = down;
      continue;
    }
    while (el && !el.nextElementSibling) {
      const up: Node | null = el.parentNode;
      el = up && up !== root && up.nodeType === 1 ? (up as Element) : null;
    }
    el = el?.nextElementSibling ?? null;
  }
}

/** Whether an element is one of VISIBLE_CONTROLS. */
export const isVisibleControl = matcher(VISIBLE_CONTROLS);

type Realm = typeof globalThis;

export function realmOf(node: Node): Realm {
  return (node.ownerDocument?.defaultView ?? globalThis) as Realm;
}

export function isInput(el: Element): el is HTMLInputElement {
  return el.localName === 'input';
}

export function isSelect(el: Element): el is HTMLSelectElement {
  return el.localName === 'select';
}

export function isTextArea(el: Element): el is HTMLTextAreaElement {
  return el.localName === 'textarea';
}

/**
 * Which kinds of element looked for above a control its document (or shadow root) holds at all,
 * as far as known: above the controls of a document without any, none is looked for. Collector
 * learns them from its one query of the document; elsewhere every kind may be there.
 */
export interface Kinds {
  /** `[hidden]` */
  hidden: boolean;
  fieldset: boolean;
  /** Unrelated containers (rules.ts UNRELATED_CONTAINERS: a search landmark). */
  search: boolean;
}

export const ANY_KINDS: Readonly<Kinds> = { hidden: true, fieldset: true, search: true };

/** Rendered and not `visibility: hidden` (in its own frame; callers check the frame element too). */
export function isVisible(el: Element, kinds: Readonly<Kinds> = ANY_KINDS): boolean {
  // Chrome 105+, Firefox 106+ and happy-dom have it; an engine without it sees every control as visible.
  if (kinds.hidden && el.closest('[hidden]')) return false;
  return el.checkVisibility?.({ visibilityProperty: true }) ?? true;
}

/**
 * A select's options in order, as `select.options` lists them: its option children and those of
 * its optgroups, read by walking children (reading the live options collection item by item costs
 * more than all else in a grid of thousands of selects). Any other markup falls back to the collection.
 */
export function optionsOf(select: HTMLSelectElement): HTMLOptionElement[] {
  const out: HTMLOptionElement[] = [];
  for (let c = select.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName === 'option') out.push(c as HTMLOptionElement);
    else if (c.localName === 'optgroup') {
      for (let o = c.firstElementChild; o; o = o.nextElementSibling)
        if (o.localName === 'option') out.push(o as HTMLOptionElement);
    }
  }
  return out.length === select.length ? out : Array.from(select.options);
}

/**
 * The labels of a control: the one wrapping it and those pointing at its id. (`el.labels` walks
 * the whole document on each call in Chromium: far too slow for a grid of thousands of controls.)
 */
export class Labels {
  readonly #byId = new Map<Document, Map<string, Element[]>>();
  readonly #of = new Map<Element, Element[]>();

  /** Documents without a single label: no control in them is looked up for one. */
  readonly #none = new Set<Document>();

  /**
   * Takes every `label` element of a document, in order, from a query made anyway
   * (Collector.collect): each query over a large document costs as much as reading a hundred controls.
   */
  seed(doc: Document, labels: readonly Element[]): void {
    if (this.#byId.has(doc)) return;
    const map = new Map<string, Element[]>();
    for (const l of labels) {
      const id = l.getAttribute('for');
      if (id !== null) map.set(id, [...(map.get(id) ?? []), l]);
    }
    this.#byId.set(doc, map);
    if (labels.length === 0) this.#none.add(doc);
  }

  of(el: Element): Element[] {
    let labels = this.#of.get(el);
    if (!labels) {
      labels = this.#find(el);
      this.#of.set(el, labels);
    }
    return labels;
  }

  #find(el: Element): Element[] {
    const out: Element[] = [];
    const doc = el.ownerDocument;
    if (this.#none.has(doc)) return out;
    const wrapping = el.closest('label');
    if (wrapping && !wrapping.hasAttribute('for')) out.push(wrapping);
    if (el.id) {
      if (!this.#byId.has(doc)) this.seed(doc, [...doc.querySelectorAll('label')]);
      out.push(...(this.#byId.get(doc)!.get(el.id) ?? []));
    }
    return out;
  }
}

/**
 * Pages often hide the real radio or checkbox and draw a styled label instead; such a control is
 * still what a person operates, through its label.
 */
export function isOperable(el: FormControl, labels: Element[], kinds: Readonly<Kinds> = ANY_KINDS): boolean {
  if (isVisible(el, kinds)) return true;
  return (
    isInput(el) && (el.type === 'radio' || el.type === 'checkbox') && labels.some((l) => isVisible(l, kinds))
  );
}

/** Elements whose text a person does not read as a label (option texts are read per option). */
const NO_TEXT = new Set([
  'select',
  'option',
  'optgroup',
  'datalist',
  'script',
  'style',
  'textarea',
  'noscript',
  'template',
  'button',
]);
/** Elements that start a new line or cell: their text is never glued to the text beside them. */
const BREAKS = new Set([
  'td',
  'th',
  'tr',
  'div',
  'p',
  'li',
  'br',
  'label',
  'legend',
  'dd',
  'dt',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

function rawText(node: Node, out: string[]): void {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) out.push(c.nodeValue!);
    else if (c.nodeType === 1) {
      const name = (c as Element).localName;
      if (NO_TEXT.has(name)) continue;
      const brk = BREAKS.has(name);
      if (brk) out.push(' ');
      rawText(c, out);
      if (brk) out.push(' ');
    }
  }
}

/** The text a person reads in an element, without the texts of options, scripts and buttons; cleaned. */
export function textOf(node: Node): string {
  const out: string[] = [];
  rawText(node, out);
  // A grid's control cells hold no text of their own.
  return out.length === 0 ? '' : cleanText(out.join(''));
}

/** Memoises textOf over one pass (one scan or fill); the DOM does not change while we read it. */
export class TextCache {
  readonly #map = new Map<Node, string>();
  get(node: Node): string {
    let t = this.#map.get(node);
    if (t === undefined) {
      t = textOf(node);
      this.#map.set(node, t);
    }
    return t;
  }
}

/**
 * How many controls (VISIBLE_CONTROLS) each element holds, over one pass: one query per document
 * (or shadow root) instead of one per element asked about. The DOM does not change while we read it.
 */
export class ControlCounts {
  readonly #byRoot = new Map<Node, Map<Element, number>>();

  /** The controls inside an element (never counting itself): those of VISIBLE_CONTROLS that `walk` visits. */
  in(el: Element): number {
    const root = el.getRootNode();
    if (!this.#byRoot.has(root)) {
      const controls: Element[] = [];
      walk(root as ParentNode, (c) => {
        if (isVisibleControl(c)) controls.push(c);
      });
      this.seed(root, controls);
    }
    return this.#byRoot.get(root)!.get(el) ?? 0;
  }

  /** Counts a root's controls from a walk made anyway: `controls` are the VISIBLE_CONTROLS `walk` visits in `root`. */
  seed(root: Node, controls: Iterable<Element>): void {
    if (this.#byRoot.has(root)) return;
    const counts = new Map<Element, number>();
    for (const c of controls) {
      for (let a = c.parentElement; a; a = a.parentElement) counts.set(a, (counts.get(a) ?? 0) + 1);
    }
    this.#byRoot.set(root, counts);
  }
}

type Settable = 'value' | 'checked' | 'selectedIndex';

type Setters = WeakMap<object, Partial<Record<Settable, ((v: unknown) => void) | null>>>;

/** While a fill writes, the setter each class (prototype) defines for a property, found once (see withSetters). */
const setters = passCache((): Setters => new WeakMap());

/**
 * Runs `f` with each class's setters looked up once: a fill writes thousands of controls. The cache
 * lives for that pass only, so a page that replaces a setter later is written through its own.
 */
export function withSetters<T>(f: () => T): T {
  return setters.run(f);
}

function findSetter(proto: object, prop: Settable): ((v: unknown) => void) | null {
  for (let p: object | null = proto; p; p = Object.getPrototypeOf(p)) {
    const set = Object.getOwnPropertyDescriptor(p, prop)?.set;
    if (set) return set;
  }
  return null;
}

function setterOf(proto: object, prop: Settable): ((v: unknown) => void) | null {
  const byClass = setters.current();
  if (!byClass) return findSetter(proto, prop);
  let known = byClass.get(proto);
  if (!known) {
    known = {};
    byClass.set(proto, known);
  }
  let set = known[prop];
  if (set === undefined) {
    set = findSetter(proto, prop);
    known[prop] = set;
  }
  return set;
}

/** Calls the setter the element's class defines, below any per-instance override a framework installs. */
export function setProperty(el: Element, prop: Settable, value: unknown): void {
  const set = setterOf(Object.getPrototypeOf(el), prop);
  if (set) set.call(el, value);
  else (el as unknown as Record<string, unknown>)[prop] = value;
}

/**
 * Dispatches the events a person's edit causes, built in the element's own realm: input (and, in a
 * text box, the keyup that typing ends with: pages check and total there, as DPIS's onkeyup does) and
 * change, then (when typing or choosing, not clicking) leaving the control: blur and a bubbling focusout.
 */
export function fire(el: Element, leave: boolean): void {
  const realm = realmOf(el);
  el.dispatchEvent(new (realm.InputEvent ?? realm.Event)('input', { bubbles: true, composed: true }));
  if (leave && isInput(el)) el.dispatchEvent(keyUp(el, realm));
  el.dispatchEvent(new realm.Event('change', { bubbles: true }));
  if (!leave) return;
  const Focus = realm.FocusEvent ?? realm.Event;
  el.dispatchEvent(new Focus('blur'));
  el.dispatchEvent(new Focus('focusout', { bubbles: true }));
}

/**
 * The keyup that ends typing the box's value: its last character's key (Backspace when the box was
 * emptied). Legacy pages read `event.keyCode` and drop a character they take for a letter (DPIS's
 * NumOnly_Limit), so the key code is the one a keyboard gives for that character.
 */
function keyUp(el: HTMLInputElement, realm: Realm): Event {
  const last = el.value.slice(-1);
  const key = last === '' ? 'Backspace' : last;
  const keyCode =
    last === '' ? 8 : /\d/.test(last) ? last.charCodeAt(0) : last === '.' ? 190 : last === '-' ? 189 : 0;
  // Chromium and Firefox take the legacy codes in the event's init (and so does the page's own world,
  // when the engine runs in an extension's isolated world); others get them defined on the event.
  const init = { bubbles: true, key, keyCode, which: keyCode } as KeyboardEventInit;
  const e = new (realm.KeyboardEvent ?? realm.Event)('keyup', init) as KeyboardEvent;
  if (e.keyCode !== keyCode)
    for (const prop of ['keyCode', 'which']) Object.defineProperty(e, prop, { get: () => keyCode });
  return e;
}

/**
 * Same-origin frame documents inside a root (or of the frame elements given, found by the caller's
 * own query); frames we may not read are left out.
 */
export function frameDocuments(
  root: ParentNode,
  frames: Iterable<HTMLIFrameElement> = root.querySelectorAll<HTMLIFrameElement>('iframe, frame'),
): { frameEl: HTMLIFrameElement; doc: Document }[] {
  const out: { frameEl: HTMLIFrameElement; doc: Document }[] = [];
  for (const frame of frames) {
    try {
      const doc = frame.contentDocument;
      if (doc?.documentElement) out.push({ frameEl: frame, doc });
    } catch {
      // cross-origin: not ours to read
    }
  }
  return out;
}
