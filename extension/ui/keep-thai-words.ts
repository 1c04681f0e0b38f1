/**
 * Keeps each Thai word of the panel's text on one line. Installed once before the first render:
 * every element's text children that hold Thai become `<span class="w">word</span><wbr>` pieces
 * (shared/text/thai-units.ts says where the words are), so the browser may wrap only between
 * words — Firefox's own Thai line breaker splits words such as "สมรรถ|นะ". Text content, and so
 * what is read aloud, copied or searched, is unchanged; form controls' text is left alone.
 */
import { type ComponentChild, createElement, options, type VNode } from 'preact';
import { THAI_LETTERS, thaiLineUnits } from '../../shared/text/thai-units';

/** Elements whose text is not laid out as lines of the page (or must stay plain text). */
const PLAIN = new Set(['option', 'optgroup', 'textarea', 'title', 'script', 'style']);
const HAS_THAI = new RegExp(`[${THAI_LETTERS}]{2}`);
const THAI_START = new RegExp(`^[${THAI_LETTERS}]`);

/** The class of a word's own span (its text is one word) and of the span holding a text's pieces. */
const WORD = 'w';
const WORDS = 'ws';

/**
 * The words of a text, kept across renders: a view renders the same texts again on every change
 * (the lookup on each key typed), and splitting them is the costly part.
 */
const seen = new Map<string, ReturnType<typeof thaiLineUnits>>();
const SEEN_MAX = 2000;

function unitsOf(text: string): ReturnType<typeof thaiLineUnits> {
  let units = seen.get(text);
  if (!units) {
    if (seen.size >= SEEN_MAX) seen.clear();
    units = thaiLineUnits(text);
    seen.set(text, units);
  }
  return units;
}

/**
 * One span holding the pieces, so that a text that was one flex item (a label beside its
 * checkbox) stays one item.
 */
function piecesOf(text: string): ComponentChild {
  const out: ComponentChild[] = [];
  const units = unitsOf(text);
  for (const [i, unit] of units.entries()) {
    if (!unit.keep) out.push(unit.text);
    else out.push(createElement('span', { class: WORD }, unit.text));
    // A break between two Thai words only: before a space, a colon or a bracket the browser's
    // own rules hold (no line begins with ":" or ")").
    if (THAI_START.test(units[i + 1]?.text ?? '')) out.push(createElement('wbr', null));
  }
  return createElement('span', { class: WORDS }, out);
}

/**
 * A person's name as written: it wraps only at its spaces, never inside a first name or a
 * surname (names are not in any word list).
 */
export function nameWords(name: string): ComponentChild {
  const out: ComponentChild[] = name
    .split(/(\s+)/)
    .map((part) => (/^\s*$/.test(part) ? part : createElement('span', { class: WORD }, part)));
  return createElement('span', { class: WORDS }, out);
}

function split(children: unknown): unknown {
  if (typeof children === 'string') return HAS_THAI.test(children) ? piecesOf(children) : children;
  if (Array.isArray(children)) return children.map(split);
  return children;
}

let installed = false;

export function keepThaiWordsWhole(): void {
  if (installed) return;
  installed = true;
  const next = options.vnode;
  options.vnode = (vnode: VNode) => {
    const props = vnode.props as { children?: unknown; class?: unknown };
    if (
      typeof vnode.type === 'string' &&
      !PLAIN.has(vnode.type) &&
      props.class !== WORD &&
      props.class !== WORDS
    ) {
      if (props.children !== undefined) props.children = split(props.children);
    }
    next?.(vnode);
  };
}
