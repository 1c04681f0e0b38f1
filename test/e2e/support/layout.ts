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
