import { allSets } from '../../shared/dictionary';
import { parse } from '../args';
import type { Command } from '../io';

export const sets: Command = (argv, io) => {
  const { values } = parse(argv, { json: { type: 'boolean' } }, 0);
  const all = allSets();
  if (values.json) {
    io.out(
      JSON.stringify({
        sets: all.map((s) => ({
          id: s.id,
          nameTh: s.nameTh,
          nameEn: s.nameEn,
          competencies: s.competencies.map(({ code, nameTh, nameEn, definition, levels, nameOriginal }) => ({
            code,
            nameTh,
            ...(nameOriginal ? { nameOriginal } : {}),
            nameEn,
            definition,
            levels,
          })),
        })),
      }),
    );
    return 0;
  }
  for (const s of all) {
    io.out(`${s.id}  ${s.nameTh}\n    ${s.nameEn}`);
    for (const c of s.competencies) {
      const levels = c.levels.map((l) => l.level);
      const missing = c.levels.filter((l) => l.missingFromSource).map((l) => l.level);
      const note = missing.length ? `  (ต้นฉบับไม่มีระดับ ${missing.join(', ')})` : '';
      io.out(
        `    ${c.code.padEnd(5)}${c.nameTh} — ${c.nameEn}, ระดับ ${Math.min(...levels)}–${Math.max(...levels)}${note}`,
      );
    }
    io.out('');
  }
  return 0;
};
