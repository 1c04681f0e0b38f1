/**
 * The appraisee's own level of one competency (DPIS's ผลการประเมินตนเอง), beside the evaluator's:
 * entered or cleared with a small list, and how the evaluator's level stands against it said in
 * words ("ต่ำกว่าที่ประเมินตนเอง 1 ระดับ"), read out with the list by screen readers.
 */
import { useId } from 'preact/hooks';
import { METHOD_RULES, selfComparison, valueUnit } from '../../shared/rules';
import { type CompetencyPart, setSelf } from './assessment-edit';
import { competencyName } from './labels';

export const SELF_LABEL = 'ผู้รับการประเมินประเมินตนเอง';

export function SelfLevel({ a, person, code, onChange }: CompetencyPart) {
  const id = useId();
  const { min, max } = METHOD_RULES[a.method].range(a.set, code);
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const self = person.self?.[code];
  const unit = valueUnit(a.method);
  const comparison = selfComparison(a.method, person.competencies[code], self);
  const differs = comparison !== undefined && self !== person.competencies[code];
  return (
    <div class="self-level" data-self={self === undefined ? undefined : String(self)}>
      <div class="self-choice">
        <label for={id}>{SELF_LABEL}</label>
        <select
          id={id}
          // Named as the person's own ("… ประเมินตนเอง: การมุ่งผลสัมฤทธิ์"), never containing the name of
          // the evaluator's list ("…: การมุ่งผลสัมฤทธิ์"), so a search for that one finds it alone.
          aria-label={`${person.name} ประเมินตนเอง: ${competencyName(a.set, code)}`}
          aria-describedby={comparison ? `${id}-cmp` : undefined}
          value={self === undefined ? '' : String(self)}
          onChange={(e) => {
            const v = e.currentTarget.value;
            onChange(setSelf(a, person.id, code, v === '' ? undefined : Number(v)));
          }}
        >
          <option value="">ไม่มี</option>
          {values.map((n) => (
            <option key={n} value={String(n)}>
              {unit} {n}
            </option>
          ))}
        </select>
      </div>
      {comparison && (
        <p id={`${id}-cmp`} class={differs ? 'self-compare differs' : 'self-compare'}>
          {comparison}
        </p>
      )}
    </div>
  );
}
