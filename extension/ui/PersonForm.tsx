/**
 * Adds a person by hand or changes one (id, name, position). The change is checked the way an
 * imported file is, and applied only when every check passes.
 */
import { useState } from 'preact/hooks';
import type { Problem } from '../../shared/interchange';
import type { ResolvedAssessment } from '../../shared/interchange/types';
import { POSITIONS } from '../../shared/rules/positions';
import type { PersonInfo } from './assessment-edit';
import { Field } from './Field';

const TYPES = [...new Set(POSITIONS.map((p) => p.type))];

function levelsOf(type: string): string[] {
  return POSITIONS.filter((p) => p.type === type).map((p) => p.level);
}

/** The choices, plus the value already there when it is written another way ("ระดับชำนาญการ"). */
function withCurrent(choices: string[], current: string): string[] {
  return current && !choices.includes(current) ? [current, ...choices] : choices;
}

export function PersonForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial?: PersonInfo;
  submitLabel: string;
  /** Returns the problems that stopped the change, or null when it was applied. */
  onSubmit: (info: PersonInfo) => Problem[] | null;
  onCancel?: () => void;
}) {
  const [info, setInfo] = useState<PersonInfo>(
    initial ?? { id: '', name: '', positionType: '', positionLevel: '' },
  );
  const [problems, setProblems] = useState<Problem[]>([]);
  const set = (key: keyof PersonInfo, value: string) => setInfo((old) => ({ ...old, [key]: value }));

  return (
    <form
      class="person-form"
      aria-label={submitLabel}
      onSubmit={(e) => {
        e.preventDefault();
        const found = onSubmit(info);
        setProblems(found ?? []);
        if (!found && !initial) setInfo({ id: '', name: '', positionType: '', positionLevel: '' });
      }}
    >
      <Field label="รหัส (ไม่ซ้ำกัน เช่น เลขประจำตัว)">
        {(id) => (
          <input id={id} type="text" value={info.id} onInput={(e) => set('id', e.currentTarget.value)} />
        )}
      </Field>
      <Field label="ชื่อ-สกุล">
        {(id) => (
          <input id={id} type="text" value={info.name} onInput={(e) => set('name', e.currentTarget.value)} />
        )}
      </Field>
      <Field label="ประเภทตำแหน่ง">
        {(id) => (
          <select
            id={id}
            value={info.positionType}
            onChange={(e) => {
              const type = e.currentTarget.value;
              setInfo((old) => ({
                ...old,
                positionType: type,
                positionLevel: levelsOf(type).includes(old.positionLevel) ? old.positionLevel : '',
              }));
            }}
          >
            <option value="">— เลือก —</option>
            {withCurrent(TYPES, info.positionType).map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="ระดับตำแหน่ง">
        {(id) => (
          <select
            id={id}
            value={info.positionLevel}
            onChange={(e) => set('positionLevel', e.currentTarget.value)}
          >
            <option value="">— เลือก —</option>
            {withCurrent(levelsOf(info.positionType), info.positionLevel).map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        )}
      </Field>
      {problems.length > 0 && (
        <div class="errors" role="alert">
          <p>
            <strong>ยังไม่ได้บันทึก: พบปัญหา {problems.length} จุด</strong>
          </p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.where}:${p.message}`}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="row actions">
        <button type="submit" class="primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            ยกเลิก
          </button>
        )}
      </div>
    </form>
  );
}

/** The form's values for a person already in the assessment. */
export function infoOf(a: ResolvedAssessment, id: string): PersonInfo | undefined {
  const p = a.people.find((x) => x.id === id);
  return (
    p && { id: p.id, name: p.name, positionType: p.positionType ?? '', positionLevel: p.positionLevel ?? '' }
  );
}
