/**
 * Step 1: find the controls a person could fill with a level or points, and the texts around each
 * (its label, the container it sits in, its table row and column headers, fieldset legends, the
 * nearest heading). Hidden, disabled, read-only and unrelated controls (search, sign-in) are left out.
 */

import { cleanText } from '../../shared/text/normalize';
import {
  ANY_KINDS,
  ControlCounts,
  type FormControl,
  frameDocuments,
  isInput,
  isOperable,
  isVisible,
  isVisibleControl,
  type Kinds,
  Labels,
  matcher,
  TextCache,
  VISIBLE_CONTROLS,
  walk,
} from './dom';
import { fillableKind } from './fillable';
import { competencyIn } from './match';
import { looksLikePerson } from './people';
import {
  HEADING_ELEMENTS,
  HEADING_LINE,
  NOT_HEADINGS,
  UNRELATED_ATTRIBUTES,
  UNRELATED_CONTAINERS,
  UNRELATED_LABEL,
} from './rules';
import { Tables } from './table';

export { fillableKind } from './fillable';

import type { FieldControl } from './types';

const isHeadingElement = matcher(HEADING_ELEMENTS);
const isNotHeading = matcher(NOT_HEADINGS);
const isBold = matcher('b,strong');
const isUnrelatedContainer = matcher(UNRELATED_CONTAINERS);
/** How many headings above a control we read. */
const HEADINGS = 3;

/** Containers whose text is not a control's own: rows, tables and fieldsets have their own evidence. */
const CONTAINER_STOPS = new Set(['tr', 'tbody', 'thead', 'table', 'form', 'fieldset', 'body']);

export interface Candidate {
  el: FormControl;
  controlKind: FieldControl;
  /** Its label(s), aria-label, title or placeholder; or the text right beside it. */
  own: string;
  /** Text of the nearest ancestor holding no other control (for radios: none outside its group). */
  around: string;
  /** Enclosing table rows, innermost first. */
  rows: Element[];
  /** Column headers above its cell, nearest first. */
  headerTexts: string[];
  /** Legends of enclosing fieldsets, innermost first. */
  legends: string[];
  /**
   * Headings before it, nearest first, at most three: h1–h6, captions, bold lines, and bars (a
   * short line of its own naming a competency or a person) before its table or section.
   */
  headings: string[];
  /** name and id attributes. */
  attrs: string;
}

/**
 * A candidate as Collector.describe reads it. Legends and headings are read when first asked for:
 * a grid's controls are named by their rows and column headers before anything above the table is needed.
 */
class Described implements Candidate {
  readonly own: string;
  readonly around: string;
  readonly rows: Element[];
  readonly headerTexts: string[];
  readonly attrs: string;
  #legends: string[] | undefined;
  #headings: string[] | undefined;

  constructor(
    private readonly col: Collector,
    readonly el: FormControl,
    readonly controlKind: FieldControl,
    texts: Pick<Candidate, 'own' | 'around' | 'rows' | 'headerTexts' | 'attrs'>,
  ) {
    this.own = texts.own;
    this.around = texts.around;
    this.rows = texts.rows;
    this.headerTexts = texts.headerTexts;
    this.attrs = texts.attrs;
  }

  get legends(): string[] {
    this.#legends ??= this.col.legendsOf(this.el);
    return this.#legends;
  }

  get headings(): string[] {
    this.#headings ??= this.el.parentElement ? this.col.headingsOf(this.el.parentElement) : [];
    return this.#headings;
  }
}

/** Reads one document (or subtree) at a time; caches live for one pass. */
export class Collector {
  readonly text = new TextCache();
  readonly controls = new ControlCounts();
  readonly tables = new Tables(this.text, this.controls);
  readonly labels = new Labels();
  /** Forms holding a password box (sign-in forms), by form. */
  readonly #signIn = new Map<Element, boolean>();
  readonly #headings = new Map<Element, string[]>();
  readonly #rows = new Map<Element, Element[]>();
  /** The kinds of element each whole document (or shadow root) collected holds. */
  readonly #kinds = new Map<Node, Kinds>();

  #kindsAbove(el: Element): Readonly<Kinds> {
    return this.#kinds.get(el.getRootNode()) ?? ANY_KINDS;
  }
  /** Each element's text as a heading (a grid cell is a previous sibling of every cell after it). */
  readonly #headingTexts = new Map<Element, string | null>();

  /** Candidates in `root` and in the same-origin frames it contains (hidden frames excluded). */
  collect(root: ParentNode): Candidate[] {
    // One walk for the controls, the frames, the labels and the kinds of element looked for above
    // each control: above the controls of a document without a fieldset (say) none need be looked for.
    const controls: FormControl[] = [];
    const frames: HTMLIFrameElement[] = [];
    const labels: Element[] = [];
    const found: Kinds = { hidden: false, fieldset: false, search: false };
    walk(root, (el) => {
      const name = el.localName;
      if (el.hasAttributes()) {
        if (!found.hidden && el.hasAttribute('hidden')) found.hidden = true;
        if (!found.search && isUnrelatedContainer(el)) found.search = true;
      }
      if (name === 'label') labels.push(el);
      else if (name === 'fieldset') found.fieldset = true;
      else if (name === 'iframe' || name === 'frame') frames.push(el as HTMLIFrameElement);
      else if (name === 'input' || name === 'select' || name === 'textarea') controls.push(el as FormControl);
    });
    if ((root as Node).nodeType === 9) this.labels.seed(root as Document, labels);
    // What a walk of the whole document (or shadow root) found is all its controls' ancestors can be.
    const whole = (root as Node).getRootNode() === root;
    if (whole) {
      this.controls.seed(root as Node, controls.filter(isVisibleControl));
      this.#kinds.set(root as Node, found);
    }
    const kinds = whole ? found : ANY_KINDS;
    const out: Candidate[] = [];
    for (const el of controls) {
      const kind = fillableKind(el, kinds);
      if (!kind || !isOperable(el, this.labels.of(el), kinds)) continue;
      const name = el.getAttribute('name') ?? '';
      if (!this.#unrelated(el, name)) out.push(this.describe(el, kind, name));
    }
    for (const { frameEl, doc } of frameDocuments(root, frames)) {
      if (!isVisible(frameEl)) continue;
      out.push(...this.collect(doc));
    }
    return out;
  }

  /**
   * The texts around one control (also used for controls a site profile names); `name` is its
   * name attribute, when already read.
   */
  describe(el: FormControl, kind: FieldControl, name = el.getAttribute('name') ?? ''): Candidate {
    const row = el.closest('tr');
    const cell = el.closest('td, th');
    return new Described(this, el, kind, {
      own: this.#ownText(el),
      around: this.#containerText(el),
      rows: row ? this.#rowsFrom(row) : [],
      headerTexts: cell ? this.tables.columnHeaders(cell) : [],
      attrs: `${name} ${el.id}`.trim(),
    });
  }

  /** A row and the rows of the tables it is nested in, innermost first, at most three: read once per row. */
  #rowsFrom(row: Element): Element[] {
    let rows = this.#rows.get(row);
    if (!rows) {
      rows = [];
      for (let r: Element | null = row; r && rows.length < 3; r = r.parentElement?.closest('tr') ?? null)
        rows.push(r);
      this.#rows.set(row, rows);
    }
    return rows;
  }

  /** Legends of the fieldsets around a control, innermost first. */
  legendsOf(el: Element): string[] {
    const legends: string[] = [];
    if (!this.#kindsAbove(el).fieldset) return legends;
    for (let fs = el.closest('fieldset'); fs; fs = fs.parentElement?.closest('fieldset') ?? null) {
      const legend = fs.querySelector(':scope > legend');
      if (legend) legends.push(this.text.get(legend));
    }
    return legends;
  }

  #unrelated(el: FormControl, name: string): boolean {
    const placeholder = el.getAttribute('placeholder') ?? '';
    const attrs = `${name} ${el.id} ${el.getAttribute('autocomplete') ?? ''} ${placeholder}`;
    if (UNRELATED_ATTRIBUTES.test(attrs)) return true;
    if (isInput(el) && el.type === 'search') return true;
    if (this.#kindsAbove(el).search && el.closest(UNRELATED_CONTAINERS)) return true;
    // A form with a password box is a sign-in form, whatever else it holds.
    const form = el.form;
    if (form) {
      let signIn = this.#signIn.get(form);
      if (signIn === undefined) {
        signIn = !!form.querySelector('input[type=password]');
        this.#signIn.set(form, signIn);
      }
      if (signIn) return true;
    }
    const said = `${this.#labelText(el)} ${placeholder} ${el.getAttribute('title') ?? ''}`;
    return UNRELATED_LABEL.test(said);
  }

  /** Read for the unrelated check and again for the control's own text: once a pass. */
  readonly #labelTexts = new Map<Element, string>();

  #labelText(el: FormControl): string {
    let t = this.#labelTexts.get(el);
    if (t === undefined) {
      t = this.#readLabel(el);
      this.#labelTexts.set(el, t);
    }
    return t;
  }

  #readLabel(el: FormControl): string {
    const parts: string[] = [];
    for (const l of this.labels.of(el)) parts.push(this.text.get(l));
    const aria = el.getAttribute('aria-label');
    if (aria) parts.push(aria);
    const by = el.getAttribute('aria-labelledby');
    if (by) {
      for (const id of by.split(/\s+/)) {
        const ref = el.ownerDocument.getElementById(id);
        if (ref) parts.push(this.text.get(ref));
      }
    }
    return parts.join(' ').trim();
  }

  #ownText(el: FormControl): string {
    const label = this.#labelText(el) || el.getAttribute('title') || el.getAttribute('placeholder') || '';
    if (label) return label;
    // Legacy markup: "<input type=radio …> ๓" with the text right after the control.
    let next = el.nextSibling;
    while (next && next.nodeType === 3 && !next.nodeValue!.trim()) next = next.nextSibling;
    if (next?.nodeType === 3) return cleanText(next.nodeValue!);
    if (next?.nodeType === 1 && !this.controls.in(next as Element)) {
      if ((next as Element).matches('span,font,b,small')) return this.text.get(next);
    }
    return '';
  }

  #containerText(el: FormControl): string {
    const group = isInput(el) && el.type === 'radio' && el.name ? el.name : null;
    for (let a = el.parentElement, depth = 0; a && depth < 4; a = a.parentElement, depth++) {
      // Rows, tables and fieldsets have their own evidence (row cells, headers, legends).
      if (CONTAINER_STOPS.has(a.localName)) break;
      // `el` is one of the controls counted: only more than one can include another.
      const others =
        this.controls.in(a) > 1 &&
        [...a.querySelectorAll<FormControl>(VISIBLE_CONTROLS)].some(
          (c) => c !== el && !(group && isInput(c) && c.type === 'radio' && c.name === group),
        );
      if (others) break;
      const t = this.text.get(a);
      if (t) return t;
    }
    return '';
  }

  /** Headings before a node, nearest first: its own previous siblings first, then its ancestors'. */
  headingsOf(node: Element): string[] {
    const cached = this.#headings.get(node);
    if (cached) return cached;
    const found: string[] = [];
    if (node.localName === 'table') {
      const caption = (node as HTMLTableElement).caption;
      if (caption) found.push(this.text.get(caption));
    }
    for (
      let s = node.previousElementSibling, n = 0;
      s && n < 8 && found.length < HEADINGS;
      s = s.previousElementSibling, n++
    ) {
      const t = this.#headingText(s);
      if (t) found.push(t);
    }
    if (found.length < HEADINGS && node.parentElement) {
      for (const h of this.headingsOf(node.parentElement)) if (found.length < HEADINGS) found.push(h);
    }
    this.#headings.set(node, found);
    return found;
  }

  /** The text of an element read as a heading of what follows it, or null. */
  #headingText(el: Element): string | null {
    let t = this.#headingTexts.get(el);
    if (t === undefined) {
      t = this.#readHeading(el);
      this.#headingTexts.set(el, t);
    }
    return t;
  }

  #readHeading(el: Element): string | null {
    if (isHeading(el)) return this.text.get(el) || null;
    if (isNotHeading(el) || isVisibleControl(el) || this.controls.in(el)) return null;
    const t = this.text.get(el);
    if (!t || t.length > HEADING_LINE) return null;
    return competencyIn(t) || looksLikePerson(t) ? t : null;
  }
}

function isHeading(el: Element): boolean {
  if (isHeadingElement(el)) return true;
  // A line in bold: <p><b>…</b></p>, common in legacy pages.
  const only = el.children.length === 1 ? el.children[0]! : null;
  return !!only && isBold(only) && el.textContent!.trim() === only.textContent!.trim();
}
