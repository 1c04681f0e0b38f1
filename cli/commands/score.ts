import { getSet } from '../../shared/dictionary';
import { COMPETENCY_CODES, type CompetencyCode, SET_LABELS } from '../../shared/dictionary/types';
import {
  METHOD_LABELS,
  missingCompetencies,
  type Person,
  type ResolvedAssessment,
} from '../../shared/interchange';
import { expectedFor, type PersonScore, scorePerson } from '../../shared/rules/scoring';
import { ASSESSMENT_OPTIONS, overridesFrom, parse, readInput } from '../args';
import { type IncompletePerson, incompletePeople, renderIncomplete } from '../incomplete';
import { type Command, UsageError } from '../io';
import { renderTable } from '../table';

/** Scores every complete person; the others are listed with what they lack (not an error). */
export function scoreAll(
  a: ResolvedAssessment,
  places: readonly string[] = [],
): {
  people: { person: Person; score: PersonScore | null; missing: CompetencyCode[] }[];
  incomplete: IncompletePerson[];
} {
  const people = a.people.map((person) => {
    const missing = missingCompetencies(person);
    return { person, missing, score: missing.length ? null : scorePerson(person, a) };
  });
  return { people, incomplete: incompletePeople(people, places) };
}

/** `score --json`: every person in file order; an incomplete one has null scores and `incomplete`. */
export function scoresJson(a: ResolvedAssessment, result: ReturnType<typeof scoreAll>): string {
  return JSON.stringify({
    people: result.people.map(({ person, score, missing }) => {
      if (score) return score;
      let expected: Partial<Record<CompetencyCode, number>> = {};
      try {
        expected = expectedFor(person, a.set);
      } catch {
        // Without a known position there is no expected level (only the rating method allows that).
      }
      return {
        id: person.id,
        name: person.name,
        expected,
        points: {},
        competencyScore: null,
        achievementScore: null,
        total: null,
        band: null,
        incomplete: missing,
      };
    }),
  });
}

const fmt = (n: number | null) => (n === null ? '—' : n.toFixed(2));

export function renderScores(a: ResolvedAssessment, result: ReturnType<typeof scoreAll>): string {
  const set = getSet(a.set);
  const header = ['รหัส', 'ชื่อ-สกุล', ...COMPETENCY_CODES, 'สมรรถนะ', 'ผลสัมฤทธิ์', 'รวม', 'ผลการประเมิน'];
  const scored = result.people.flatMap(({ person, score }) => (score ? [{ person, s: score }] : []));
  const rows = scored.map(({ person, s }) => {
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
  const incomplete = renderIncomplete(a, result.incomplete);
  return [
    `ชุดสมรรถนะ: ${SET_LABELS[a.set]} | วิธี: ${METHOD_LABELS[a.method]} | น้ำหนัก ผลสัมฤทธิ์/สมรรถนะ = ${a.weights.achievement}/${a.weights.competency}`,
    '',
    ...(rows.length
      ? [renderTable(header, rows, align), '', `${cellNote}; ${legend}`]
      : ['ยังไม่มีใครประเมินครบ']),
    ...(incomplete ? ['', incomplete] : []),
  ].join('\n');
}

export const score: Command = (argv, io) => {
  const { values, positionals } = parse(argv, { ...ASSESSMENT_OPTIONS, json: { type: 'boolean' } }, 1);
  const file = positionals[0];
  if (!file) throw new UsageError('ต้องระบุไฟล์: samatthana score FILE');
  const { assessment: a, places } = readInput(file, overridesFrom(values));
  const result = scoreAll(a, places);
  io.out(values.json ? scoresJson(a, result) : renderScores(a, result));
  return 0;
};
