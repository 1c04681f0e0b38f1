import { missingCompetencies } from '../../shared/interchange';
import { ASSESSMENT_OPTIONS, overridesFrom, parse, readAssessment } from '../args';
import { type Command, UsageError } from '../io';

export const validate: Command = (argv, io) => {
  const { values, positionals } = parse(argv, { ...ASSESSMENT_OPTIONS, json: { type: 'boolean' } }, 1);
  const file = positionals[0];
  if (!file) throw new UsageError('ต้องระบุไฟล์: samatthana validate FILE');
  const a = readAssessment(file, overridesFrom(values));
  const incomplete = a.people
    .map((p, i) => ({ i, p, missing: missingCompetencies(p) }))
    .filter((x) => x.missing.length > 0);
  if (values.json) {
    io.out(
      JSON.stringify({
        ok: true,
        people: a.people.length,
        set: a.set,
        method: a.method,
        weights: a.weights,
        incomplete: incomplete.map((x) => ({ id: x.p.id, missing: x.missing })),
      }),
    );
    return 0;
  }
  io.out(
    `✓ ${file}: ถูกต้อง — ${a.people.length} คน (ชุด ${a.set}, วิธี ${a.method}, น้ำหนัก ${a.weights.achievement}/${a.weights.competency})`,
  );
  for (const x of incomplete) {
    io.out(`  หมายเหตุ: ${x.p.id} ${x.p.name} ยังไม่มีค่า ${x.missing.join(', ')} (ยังคำนวณคะแนนไม่ได้)`);
  }
  return 0;
};
