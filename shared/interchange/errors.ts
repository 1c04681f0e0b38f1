/** Import problems. A file is accepted whole or rejected with every problem listed. */
import type { Problem } from '../problem';

export type { Problem };

export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(
      `${file}: ไฟล์ไม่ถูกต้อง ${problems.length} จุด (rejected, nothing imported)\n` +
        problems.map((p) => `  ${p.where}: ${p.message}`).join('\n'),
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
