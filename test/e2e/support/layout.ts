/**
 * Measures the panel's layout in the page: what sticks out sideways, and which controls another
 * element covers. Self-contained (it is sent to the page as text), for both browsers' drivers.
 */
export interface LayoutProblems {
  /** Elements wider than their box, or reaching past the right edge of the panel. */
  overflow: string[];
  /** Controls whose middle is under another element once the keyboard brings them into view. */
  covered: string[];
}

export function measureLayout(): LayoutProblems {
  const describe = (el: Element | null): string => {
    if (!el) return 'nothing';
    const cls =
      typeof el.className === 'string' && el.className
        ? `.${el.className.trim().split(/\s+/).join('.')}`
        : '';
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 40);
    return `${el.tagName.toLowerCase()}${cls}${text ? ` “${text}”` : ''}`;
  };
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const width = document.documentElement.clientWidth;
  const overflow: string[] = [];
  if (document.documentElement.scrollWidth > width)
    overflow.push(`the page: ${document.documentElement.scrollWidth} px wide in ${width} px`);
  for (const el of document.body.querySelectorAll('*')) {
    if (!visible(el) || el.closest('select')) continue;
    const style = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    // A text box scrolls its own value sideways by design; only its edge counts.
    const box = el.matches('input, textarea, select');
    if (!box && style.display !== 'inline' && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
      overflow.push(`${describe(el)}: content ${el.scrollWidth} px in ${el.clientWidth} px`);
    if (r.right > width + 0.5)
      overflow.push(`${describe(el)}: right edge at ${Math.round(r.right)} px of ${width}`);
  }
  const covered: string[] = [];
  const controls = document.body.querySelectorAll<HTMLElement>(
    'button, select, input, textarea, summary, a[href]',
  );
  for (const el of controls) {
    if (!visible(el)) continue;
    // A disabled control takes no focus; it is still brought into view by scrolling.
    const ways = (el as HTMLButtonElement).disabled ? (['end'] as const) : (['focus', 'end'] as const);
    for (const bring of ways) {
      if (bring === 'focus') el.focus();
      else el.scrollIntoView({ block: 'end' });
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + Math.min(r.height / 2, 12);
      if (y < 0 || y > innerHeight) {
        covered.push(`${describe(el)}: out of view after ${bring}`);
        continue;
      }
      const hit = document.elementFromPoint(x, y);
      const ok =
        hit && (hit === el || el.contains(hit) || (hit instanceof HTMLLabelElement && hit.control === el));
      if (!ok) covered.push(`${describe(el)} is under ${describe(hit)} (${bring})`);
    }
  }
  (document.activeElement as HTMLElement | null)?.blur();
  scrollTo(0, 0);
  return { overflow: [...new Set(overflow)], covered: [...new Set(covered)] };
}

/** A wrapped Thai text node and the offsets where its lines begin (after the first). */
export interface WrappedText {
  text: string;
  breaks: number[];
  where: string;
}

/**
 * Finds every block of text with Thai letters that wraps onto more than one line, and where each
 * of its lines begins — measured from the glyphs' boxes, so it is the browser's own line breaking
 * that is read. A block is the text of an element laid out as a box (not inline), across the inline
 * elements inside it. Self-contained, like measureLayout.
 */
export function measureThaiWraps(): WrappedText[] {
  const blocks = new Map<Element, Text[]>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    let box = node.parentElement;
    if (!box || box.closest('select, option, script, style, textarea')) continue;
    while (box.parentElement && getComputedStyle(box).display === 'inline') box = box.parentElement;
    blocks.set(box, [...(blocks.get(box) ?? []), node]);
  }
  const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });
  const range = document.createRange();
  const out: WrappedText[] = [];
  for (const [box, nodes] of blocks) {
    const text = nodes.map((n) => n.data).join('');
    if (!/[\u0e01-\u0e5b]/.test(text)) continue;
    const breaks: number[] = [];
    let lastTop: number | undefined;
    let lastBottom = 0;
    let base = 0;
    for (const node of nodes) {
      for (const { index, segment } of graphemes.segment(node.data)) {
        if (/^\s+$/.test(segment)) continue;
        range.setStart(node, index);
        range.setEnd(node, index + segment.length);
        const rect = range.getClientRects()[0];
        if (!rect || rect.height === 0) continue;
        // A new line begins where a glyph's top is below the previous glyph's middle.
        if (lastTop !== undefined && rect.top > (lastTop + lastBottom) / 2) breaks.push(base + index);
        lastTop = rect.top;
        lastBottom = rect.bottom;
      }
      base += node.data.length;
    }
    if (breaks.length) {
      const cls = typeof box.className === 'string' && box.className ? `.${box.className.split(' ')[0]}` : '';
      out.push({ text, breaks, where: `${box.tagName.toLowerCase()}${cls}` });
    }
  }
  return out;
}

/**
 * The line starts that fall inside a Thai word, read with Node's ICU word segmenter (full data,
 * independent of the browser under test): "สมรรถ|นะ" is one, "สมรรถนะ|หลัก" is not; and lines that
 * begin with closing punctuation (": เลือก") or end with opening punctuation.
 */
export function breaksInsideWords(wraps: WrappedText[]): string[] {
  const words = new Intl.Segmenter('th', { granularity: 'word' });
  const problems: string[] = [];
  for (const { text, breaks, where } of wraps) {
    const bounds = new Set<number>([0, text.length]);
    for (const { index, segment } of words.segment(text)) bounds.add(index).add(index + segment.length);
    for (const at of breaks) {
      if (/^[:;,.!?)\]}”’»%…ๆฯ]/.test(text.slice(at)) || /[([{“‘«]$/.test(text.slice(0, at))) {
        problems.push(
          `${where}: a line begins with “${text.slice(at, at + 8)}” in “${text.trim().slice(0, 60)}”`,
        );
        continue;
      }
      if (bounds.has(at)) continue;
      const start = Math.max(...[...bounds].filter((b) => b < at));
      const end = Math.min(...[...bounds].filter((b) => b > at));
      problems.push(
        `${where}: “${text.slice(start, at)}|${text.slice(at, end)}” in “${text.trim().slice(0, 60)}”`,
      );
    }
  }
  return problems;
}
