/** People × competencies: a dropdown per competency showing each level's title, with live scores. */
import { COMPETENCY_CODES, type CompetencyCode, getLevel } from '../../shared/dictionary';
import type { Person, ResolvedAssessment } from '../../shared/interchange/types';
import { METHOD_RULES } from '../../shared/rules';
import { parseThaiNumber } from '../../shared/text/normalize';
import { scoreOf, setAchievement, setCompetency } from './assessment-edit';
import { competencyName } from './labels';

function optionLabel(a: ResolvedAssessment, code: CompetencyCode, n: number): string {
  if (a.method === 'rating') return `${n}`;
  const title = getLevel(a.set, code, n)?.title;
  return title ? `${n} — ${title}` : `${n}`;
}

function fmt(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : n.toFixed(2);
}

function PersonRow({
  a,
  person,
  onChange,
}: {
  a: ResolvedAssessment;
  person: Person;
  onChange: (next: ResolvedAssessment) => void;
}) {
  const result = scoreOf(a, person);
  const score = 'score' in result ? result.score : null;
  return (
    <tr>
      <th scope="row">
        <span class="name">{person.name}</span>
        <small class="muted">
          {person.id}
          {person.positionLevel ? ` · ${person.positionType ?? ''} ${person.positionLevel}` : ''}
        </small>
      </th>
      {COMPETENCY_CODES.map((code) => {
        const { min, max } = METHOD_RULES[a.method].range(a.set, code);
        const value = person.competencies[code];
        const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
        return (
          <td key={code}>
            <select
              aria-label={`${person.name}: ${competencyName(a.set, code)}`}
              value={value === undefined ? '' : String(value)}
              onChange={(e) => {
                const v = e.currentTarget.value;
                onChange(setCompetency(a, person.id, code, v === '' ? undefined : Number(v)));
              }}
            >
              <option value="">— ยังไม่ประเมิน —</option>
              {values.map((n) => (
                <option key={n} value={String(n)}>
                  {optionLabel(a, code, n)}
                </option>
              ))}
            </select>
            <small class="cell-score">
              {score?.expected[code] !== undefined && a.method !== 'rating'
                ? `คาดหวัง ${score.expected[code]} · `
                : ''}
              {score ? `${score.points[code]} คะแนน` : ''}
            </small>
          </td>
        );
      })}
      <td>
        <input
          type="text"
          inputMode="decimal"
          aria-label={`${person.name}: ผลสัมฤทธิ์ของงาน (0–100)`}
          value={person.achievement === undefined ? '' : String(person.achievement)}
          onChange={(e) => {
            const text = e.currentTarget.value.trim();
            const n = text === '' ? undefined : parseThaiNumber(text);
            if (n === null || (n !== undefined && (n < 0 || n > 100))) {
              e.currentTarget.setCustomValidity('ใส่ตัวเลข 0–100');
              e.currentTarget.reportValidity();
              return;
            }
            e.currentTarget.setCustomValidity('');
            onChange(setAchievement(a, person.id, n));
          }}
        />
      </td>
      <td class="num" data-col="competencyScore">
        {score ? fmt(score.competencyScore) : '—'}
      </td>
      <td class="num" data-col="total">
        {score ? fmt(score.total) : '—'}
      </td>
      <td data-col="band">
        {score?.band ?? ('problem' in result ? <span class="error">{result.problem}</span> : '—')}
      </td>
    </tr>
  );
}

export function Editor({
  a,
  onChange,
}: {
  a: ResolvedAssessment;
  onChange: (next: ResolvedAssessment) => void;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it
    <section class="table-wrap" tabIndex={0} aria-label="ตารางแบบประเมิน (เลื่อนซ้าย–ขวาได้)">
      <table class="editor">
        <caption>
          ชุด {a.set} · วิธี {a.method} · น้ำหนัก ผลสัมฤทธิ์ {a.weights.achievement} / สมรรถนะ {a.weights.competency}
        </caption>
        <thead>
          <tr>
            <th scope="col">ผู้รับการประเมิน</th>
            {COMPETENCY_CODES.map((c) => (
              <th scope="col" key={c}>
                {competencyName(a.set, c)}
              </th>
            ))}
            <th scope="col">ผลสัมฤทธิ์</th>
            <th scope="col">คะแนนสมรรถนะ</th>
            <th scope="col">รวม</th>
            <th scope="col">ผลการประเมิน</th>
          </tr>
        </thead>
        <tbody>
          {a.people.map((p) => (
            <PersonRow key={p.id} a={a} person={p} onChange={onChange} />
          ))}
        </tbody>
      </table>
    </section>
  );
}
