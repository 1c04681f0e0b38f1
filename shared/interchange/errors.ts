/** Import problems. A file is accepted whole or rejected with every problem listed. */
import type { Problem } from '../problem';

export type { Problem };

/** At most this many problems are printed; the rest are counted. */
export const SHOWN_PROBLEMS = 20;

/** Problems one a line, at most SHOWN_PROBLEMS of them, then how many more. */
export function problemLines(problems: readonly Problem[], indent = '  '): string {
  const shown = problems.slice(0, SHOWN_PROBLEMS).map((p) => `${indent}${p.where}: ${p.message}`);
  const more = problems.length - SHOWN_PROBLEMS;
  return [...shown, ...(more > 0 ? [`${indent}และอีก ${more} รายการ`] : [])].join('\n');
}

export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(
      `${file}: ${problems.length === 1 ? 'ไฟล์ไม่ถูกต้อง' : `ไฟล์ไม่ถูกต้อง ${problems.length} จุด`} ไม่ได้นำเข้าอะไรเลย\n${problemLines(problems)}`,
    );
    this.name = 'ImportError';
  }
}

/** "$.people[2].competencies.ACH" from a JSON pointer ("/people/2/competencies/ACH"). */
export function jsonPath(pointer: string): string {
  if (!pointer) return '$';
  return `$${pointer
    .split('/')
    .slice(1)
    .map((seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((seg) =>
      /^\d+$/.test(seg)
        ? `[${seg}]`
        : /^[A-Za-z_$][\w$-]*$/.test(seg)
          ? `.${seg}`
          : `[${JSON.stringify(seg)}]`,
    )
    .join('')}`;
}
