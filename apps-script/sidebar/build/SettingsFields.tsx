/** The build form's settings: the competency set, the method, the round and the weights. */
import { SET_IDS, SET_LABELS, type SetId } from '../../../shared/dictionary/types';
import { METHOD_LABELS, METHODS, type Method } from '../../../shared/interchange';
import { achievementWeight, type BuildForm, competencyWeight } from './form';

export function SettingsFields({
  form,
  onChange,
}: {
  form: BuildForm;
  onChange: (change: Partial<BuildForm>) => void;
}) {
  const wa = achievementWeight(form);
  return (
    <>
      <label for="set">ฉบับสมรรถนะ</label>
      <select
        id="set"
        value={form.set}
        onChange={(e) => onChange({ set: (e.currentTarget as HTMLSelectElement).value as SetId })}
      >
        {SET_IDS.map((s) => (
          <option key={s} value={s}>
            {SET_LABELS[s]}
          </option>
        ))}
      </select>

      <label for="method">วิธีคิดคะแนน</label>
      <select
        id="method"
        value={form.method}
        onChange={(e) => onChange({ method: (e.currentTarget as HTMLSelectElement).value as Method })}
      >
        {METHODS.map((m) => (
          <option key={m} value={m}>
            {METHOD_LABELS[m]}
          </option>
        ))}
      </select>

      <fieldset>
        <legend>รอบการประเมิน</legend>
        <label for="fy">ปีงบประมาณ (พ.ศ.)</label>
        <input
          id="fy"
          inputMode="numeric"
          value={form.fiscalYear}
          onInput={(e) => onChange({ fiscalYear: (e.currentTarget as HTMLInputElement).value })}
        />
        <label for="round">รอบ</label>
        <select
          id="round"
          value={String(form.round)}
          onChange={(e) => onChange({ round: (e.currentTarget as HTMLSelectElement).value === '2' ? 2 : 1 })}
        >
          <option value="1">รอบที่ 1 (1 ต.ค.–31 มี.ค.)</option>
          <option value="2">รอบที่ 2 (1 เม.ย.–30 ก.ย.)</option>
        </select>
      </fieldset>

      <label for="wa">น้ำหนักผลสัมฤทธิ์ของงาน (ร้อยละ)</label>
      <input
        id="wa"
        inputMode="decimal"
        value={form.achievementWeight}
        aria-describedby="wc"
        onInput={(e) => onChange({ achievementWeight: (e.currentTarget as HTMLInputElement).value })}
      />
      <p id="wc" class="hint">
        น้ำหนักสมรรถนะ: {wa === null ? '–' : competencyWeight(wa)} (รวมกันได้ 100)
      </p>
    </>
  );
}
