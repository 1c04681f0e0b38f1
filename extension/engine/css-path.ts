/**
 * Stable, unique CSS selectors for controls: used by teach mode to remember a clicked control and
 * by `undo` to find a control again after the report travelled to the side panel and back.
 */

import { passCache } from './pass-cache';

/** Ids that frameworks or servers generate afresh on each render are useless as anchors. */
const GENERATED_ID = /[:«»]|^(?:ember|ext-gen|yui_|gwt-|react-|mui-|radix-)|\d{6,}|[0-9a-f]{12,}/i;

/** An identifier CSS.escape leaves as it is (most ids and names): a letter or _ first, then letters, digits, - and _. */
const PLAIN_IDENT = /^[A-Za-z_][\w-]*$/;

/** Browsers (and happy-dom) all have CSS.escape; the engine runs nowhere else. */
export function cssEscape(s: string): string {
  return PLAIN_IDENT.test(s) ? s : CSS.escape(s);
}

function attrValue(s: string): string {
  return `"${s.replace(/["\\]/g, '\\$&')}"`;
}

type Root = Document | DocumentFragment | Element;

function isUnique(root: Root, selector: string, el: Element): boolean {
  try {
    const found = root.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

/** While a fill writes, each document's ids, counted once (see withIdCounts). */
const idCounts = passCache(() => new WeakMap<Root, Map<string, number>>());

/**
 * Runs `f` with every document's (or shadow root's) ids counted once, instead of one query per
 * control asking whether its id is unique: a fill names hundreds of controls by id. The count is of
 * the page as it is when the first control is named.
 */
export function withIdCounts<T>(f: () => T): T {
  return idCounts.run(f);
}

/** Whether `el` is the only element of its root with the id `id` (its own); `selector` is `#id`. */
function idIsUnique(root: Root, el: Element, id: string, selector: string): boolean {
  const byRoot = idCounts.current();
  if (!byRoot) return isUnique(root, selector, el);
  let counts = byRoot.get(root);
  if (!counts) {
    counts = new Map();
    for (const e of root.querySelectorAll('[id]')) counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
    byRoot.set(root, counts);
  }
  return counts.get(id) === 1;
}

/** `#id` when an element's id is a stable one no other element of its root has, else null. */
function byOwnId(root: Root, e: Element): string | null {
  const id = e.id;
  if (!id || GENERATED_ID.test(id)) return null;
  const selector = `#${cssEscape(id)}`;
  return idIsUnique(root, e, id, selector) ? selector : null;
}

/** One step of a path: the tag, with its place among siblings of the same tag when it has any. */
function step(node: Element, parent: Element): string {
  const same = [...parent.children].filter((s) => s.localName === node.localName);
  return same.length > 1 ? `${node.localName}:nth-of-type(${same.indexOf(node) + 1})` : node.localName;
}

/** A selector that matches exactly this element in its document (or shadow root). */
export function cssPath(el: Element): string {
  const root = el.getRootNode() as Root;
  const byId = byOwnId(root, el);
  if (byId) return byId;
  const name = el.getAttribute('name');
  if (name) {
    const byName = `${el.localName}[name=${attrValue(name)}]`;
    if (isUnique(root, byName, el)) return byName;
    const value = el.getAttribute('value');
    const type = el.getAttribute('type');
    if (value !== null && (type === 'radio' || type === 'checkbox')) {
      const byValue = `${byName}[value=${attrValue(value)}]`;
      if (isUnique(root, byValue, el)) return byValue;
    }
  }
  const parts: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    const anchor = node !== el ? byOwnId(root, node) : null;
    if (anchor) {
      parts.unshift(anchor);
      break;
    }
    if (!node.parentElement) {
      parts.unshift(node.localName);
      break;
    }
    parts.unshift(step(node, node.parentElement));
  }
  return parts.join(' > ');
}

/** CSS paths of the frames an element sits in, outermost first, up to `top` (default this window's document). */
export function framePath(el: Element, top: Document = document): string[] {
  const path: string[] = [];
  let doc: Document | null = el.ownerDocument;
  while (doc && doc !== top) {
    let frame: Element | null = null;
    try {
      frame = doc.defaultView?.frameElement ?? null;
    } catch {
      // a frame of another origin: the path ends here
    }
    if (!frame) break;
    path.unshift(cssPath(frame));
    doc = frame.ownerDocument;
  }
  return path;
}

/** Finds an element by its frame path and selector, starting at `top`; null when it is gone. */
export function resolvePath(frames: readonly string[], selector: string, top: Document): Element | null {
  let doc: Document | null = top;
  try {
    for (const f of frames) {
      const frame: HTMLIFrameElement | null = doc?.querySelector<HTMLIFrameElement>(f) ?? null;
      doc = frame?.contentDocument ?? null;
    }
    return doc?.querySelector(selector) ?? null;
  } catch {
    return null;
  }
}
