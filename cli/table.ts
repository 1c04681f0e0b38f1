/** Plain-text tables that line up with Thai text (vowels and tone marks above or below take no column). */
import { displayWidth } from '../shared/text/normalize';

export type Align = 'left' | 'right';

export function renderTable(header: string[], rows: string[][], align: Align[] = []): string {
  const widths = header.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))),
  );
  const cell = (s: string, i: number) => {
    const pad = ' '.repeat(widths[i]! - displayWidth(s));
    return align[i] === 'right' ? pad + s : s + pad;
  };
  const line = (r: string[]) => r.map(cell).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
