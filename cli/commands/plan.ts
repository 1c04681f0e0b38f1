import { getCompetency } from '../../shared/dictionary';
import { COMPETENCY_CODES, SET_LABELS } from '../../shared/dictionary/types';
import { incompletePlanNote, planStanding } from '../../shared/rules/plan';
import { ASSESSMENT_OPTIONS, overridesFrom, parse, readInput } from '../args';
import { incompletePeople, renderIncomplete } from '../incomplete';
import { type Command, UsageError } from '../io';
import { requireLevels } from './evidence';

export const plan: Command = (argv, io) => {
  const { values, positionals } = parse(argv, { ...ASSESSMENT_OPTIONS, json: { type: 'boolean' } }, 1);
  const file = positionals[0];
  if (!file) throw new UsageError('ต้องระบุไฟล์: samatthana plan FILE');
  const { assessment: a, places } = readInput(file, overridesFrom(values));
  requireLevels(a, file, 'เทียบกับระดับที่คาดหวังไม่ได้');
  const people = a.people.map((person) => ({ person, ...planStanding(person, a) }));
  if (values.json) {
    // `incomplete` only for a person with competencies not assessed yet, as in score --json.
    const json = people.map(({ person, rows, missing }) => ({
      id: person.id,
      name: person.name,
      rows,
      ...(missing.length ? { incomplete: missing } : {}),
    }));
    io.out(JSON.stringify({ people: json }));
    return 0;
  }
  const out = [`แผนพัฒนารายบุคคล — สมรรถนะที่ต่ำกว่าระดับที่คาดหวัง, ${SET_LABELS[a.set]}`];
  for (const { person, rows, missing } of people.filter((p) => p.rows.length > 0)) {
    out.push('', `${person.name} (${person.id})`);
    for (const r of rows) {
      const c = getCompetency(a.set, r.competency);
      out.push(
        `  ${c.nameTh}: แสดงออกระดับ ${r.displayed}, คาดหวังระดับ ${r.expected}`,
        `    เป้าหมาย: ระดับ ${r.goal.level} ${r.goal.title}`,
        ...r.goal.indicators.map((i) => `      • ${i}`),
        `    วิธีการพัฒนา: ${r.method || '—'}`,
        `    ระยะเวลา: ${r.period || '—'}`,
        `    การวัดผล: ${r.measure || '—'}`,
      );
    }
    const note = incompletePlanNote(a.set, missing, true);
    if (note) out.push(`  ${note}`);
  }
  const meets = people.filter((p) => p.meetsAll);
  const incomplete = incompletePeople(people, places);
  if (people.length && meets.length === people.length)
    out.push('', 'ทุกคนถึงระดับที่คาดหวังทุกสมรรถนะ ไม่มีสมรรถนะที่ต้องพัฒนา');
  else if (meets.length)
    out.push('', `ถึงระดับที่คาดหวังทุกสมรรถนะ: ${meets.map((p) => p.person.name).join(', ')}`);
  if (people.length && people.every((p) => p.missing.length === COMPETENCY_CODES.length))
    out.push('', 'ยังไม่มีใครได้รับการประเมิน จึงยังทำแผนพัฒนาไม่ได้');
  if (incomplete.length)
    out.push('', renderIncomplete(a, incomplete, 'ยังบอกไม่ได้ว่าต้องพัฒนาสมรรถนะใดบ้าง กรอกระดับให้ครบแล้วทำแผนใหม่'));
  io.out(out.join('\n'));
  return 0;
};
