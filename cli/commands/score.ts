import { getSet } from '../../shared/dictionary';
import { COMPETENCY_CODES } from '../../shared/dictionary/types';
import { METHOD_LABELS, missingCompetencies, type ResolvedAssessment } from '../../shared/interchange';
import { type PersonScore, scorePerson } from '../../shared/rules/scoring';
import { ASSESSMENT_OPTIONS, overridesFrom, parse, readAssessment } from '../args';
import { type Command, InputError, UsageError } from '../io';
import { renderTable } from '../table';

export function scoreAll(a: ResolvedAssessment): PersonScore[] {
  const problems = a.people.flatMap((p, i) => {
    const missing = missingCompetencies(p);
    return missing.length
      ? [`$.people[${i}].competencies (${p.id}): ไม่มีค่า ${missing.join(', ')} — ยังคำนวณคะแนนไม่ได้`]
      : [];
  });
  if (problems.length) throw new InputError(problems.join('\n'));
  return a.people.map((p) => scorePerson(p, a));
}

const fmt = (n: number | null) => (n === null ? '—' : n.toFixed(2));

export function renderScores(a: ResolvedAssessment, scores: PersonScore[]): string {
  const set = getSet(a.set);
  const header = ['รหัส', 'ชื่อ-สกุล', ...COMPETENCY_CODES, 'สมรรถนะ', 'ผลสัมฤทธิ์', 'รวม', 'ผลการประเมิน'];
  const rows = scores.map((s, i) => {
    const person = a.people[i]!;
    const cells = COMPETENCY_CODES.map((c) => {
      const shown = person.competencies[c];
      return a.method === 'rating' ? `${shown}→${s.points[c]}` : `${shown}/${s.expected[c]}→${s.points[c]}`;
    });
    return [
      s.id,
      s.name,
      ...cells,
      fmt(s.competencyScore),
      fmt(s.achievementScore),
      fmt(s.total),
      s.band ?? '—',
    ];
  });
  const align = header.map(
    (_, i) => (i >= 2 && i < header.length - 1 ? 'right' : 'left') as 'left' | 'right',
  );
  const legend = COMPETENCY_CODES.map(
    (c) => `${c} = ${set.competencies.find((x) => x.code === c)!.nameTh}`,
  ).join(', ');
  const cellNote =
    a.method === 'rating' ? 'ช่องสมรรถนะ: คะแนนที่ประเมิน→คะแนน' : 'ช่องสมรรถนะ: ระดับที่แสดงออก/ระดับที่คาดหวัง→คะแนน';
  return [
    `ชุดสมรรถนะ: ${set.nameTh} | วิธี: ${METHOD_LABELS[a.method]} | น้ำหนัก ผลสัมฤทธิ์/สมรรถนะ = ${a.weights.achievement}/${a.weights.competency}`,
    '',
    renderTable(header, rows, align),
    '',
    `${cellNote}; ${legend}`,
  ].join('\n');
}

export const score: Command = (argv, io) => {
  const { values, positionals } = parse(argv, { ...ASSESSMENT_OPTIONS, json: { type: 'boolean' } }, 1);
  const file = positionals[0];
  if (!file) throw new UsageError('ต้องระบุไฟล์: samatthana score FILE');
  const a = readAssessment(file, overridesFrom(values));
  const scores = scoreAll(a);
  io.out(values.json ? JSON.stringify({ people: scores }) : renderScores(a, scores));
  return 0;
};
