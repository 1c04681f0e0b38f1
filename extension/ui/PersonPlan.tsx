/**
 * The development plan (แผนพัฒนารายบุคคล) of the person on screen: a row for every competency below
 * its expected level, the goal from the dictionary (the expected level's title and indicators),
 * method, period and measure written by the evaluator. Saved with the goal as the plan entry.
 */
import type { Person, PlanText, ResolvedAssessment } from '../../shared/interchange/types';
import { errorText } from '../../shared/problem';
import { goalText, incompletePlanNote, planApplies, planStanding } from '../../shared/rules/plan';
import { setPlanText } from './assessment-edit';
import { Field } from './Field';
import { competencyName } from './labels';

const PLAN_LABELS: Record<Exclude<PlanText, 'goal'>, string> = {
  method: 'วิธีการพัฒนา',
  period: 'ระยะเวลา',
  measure: 'การวัดผล',
};
const WRITTEN = Object.keys(PLAN_LABELS) as Exclude<PlanText, 'goal'>[];

export function PersonPlan({
  a,
  person,
  onChange,
}: {
  a: ResolvedAssessment;
  person: Person;
  onChange: (next: ResolvedAssessment) => void;
}) {
  if (!planApplies(a.method)) return null;
  let standing: ReturnType<typeof planStanding>;
  try {
    standing = planStanding(person, a);
  } catch (e) {
    return <p class="error">{errorText(e)}</p>;
  }
  const { rows, missing, meetsAll } = standing;
  // Nobody not fully assessed is said to meet every expectation (the CLI's plan and print say the same).
  const unknown = incompletePlanNote(a.set, missing, rows.length > 0);
  return (
    <section class="plan" aria-labelledby="plan-h">
      <h4 id="plan-h">แผนพัฒนารายบุคคล</h4>
      {unknown && <p class="muted">{unknown}</p>}
      {meetsAll && <p class="muted">ถึงระดับที่คาดหวังทุกสมรรถนะ ไม่มีสมรรถนะที่ต้องพัฒนา</p>}
      {rows.map((r) => {
        const name = competencyName(a.set, r.competency);
        return (
          <div key={r.competency} class="plan-row" data-competency={r.competency}>
            <p>
              <strong>{name}</strong> — แสดงออกระดับ {r.displayed} คาดหวังระดับ {r.expected}
            </p>
            <p>
              เป้าหมาย: ระดับ {r.goal.level} {r.goal.title}
            </p>
            <ul class="indicators">
              {r.goal.indicators.map((i) => (
                <li key={i}>{i}</li>
              ))}
            </ul>
            {WRITTEN.map((k) => (
              <Field key={k} label={`${PLAN_LABELS[k]} (${name})`}>
                {(id) => (
                  <textarea
                    id={id}
                    rows={2}
                    value={r[k]}
                    onChange={(e) => {
                      const next = setPlanText(a, person.id, r.competency, k, e.currentTarget.value);
                      // The goal goes with the entry, as the dictionary words it.
                      onChange(setPlanText(next, person.id, r.competency, 'goal', goalText(r.goal)));
                    }}
                  />
                )}
              </Field>
            ))}
          </div>
        );
      })}
    </section>
  );
}
