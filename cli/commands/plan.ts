import { getCompetency } from '../../shared/dictionary';
import { SET_LABELS } from '../../shared/dictionary/types';
import { draftPlan } from '../../shared/rules/plan';
import { ASSESSMENT_OPTIONS, overridesFrom, parse, readAssessment } from '../args';
import { type Command, UsageError } from '../io';
import { requireLevels } from './evidence';

export const plan: Command = (argv, io) => {
  const { values, positionals } = parse(argv, { ...ASSESSMENT_OPTIONS, json: { type: 'boolean' } }, 1);
  const file = positionals[0];
  if (!file) throw new UsageError('ต้องระบุไฟล์: samatthana plan FILE');
  const a = readAssessment(file, overridesFrom(values));
  requireLevels(a, file, 'เทียบกับระดับที่คาดหวังไม่ได้');
  const people = a.people.map((p) => ({ id: p.id, name: p.name, rows: draftPlan(p, a) }));
  if (values.json) {
    io.out(JSON.stringify({ people }));
    return 0;
  }
  const out = [`แผนพัฒนารายบุคคล — สมรรถนะที่ต่ำกว่าระดับที่คาดหวัง, ${SET_LABELS[a.set]}`];
  const withGaps = people.filter((p) => p.rows.length > 0);
  for (const p of withGaps) {
    out.push('', `${p.name} (${p.id})`);
    for (const r of p.rows) {
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
  }
  const none = people.filter((p) => p.rows.length === 0);
  if (!withGaps.length) out.push('', 'ทุกคนถึงระดับที่คาดหวังทุกสมรรถนะ ไม่มีสมรรถนะที่ต้องพัฒนา');
  else if (none.length) out.push('', `ถึงระดับที่คาดหวังทุกสมรรถนะ: ${none.map((p) => p.name).join(', ')}`);
  io.out(out.join('\n'));
  return 0;
};
