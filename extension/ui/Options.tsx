/** The <option> lists that several selects share: competency sets, and the competencies of a set. */
import { COMPETENCY_CODES, SET_IDS, type SetId } from '../../shared/dictionary/types';
import { competencyName, SET_LABELS } from './labels';

export function SetOptions() {
  return (
    <>
      {SET_IDS.map((s) => (
        <option key={s} value={s}>
          {SET_LABELS[s]}
        </option>
      ))}
    </>
  );
}

export function CompetencyOptions({ set }: { set: SetId }) {
  return (
    <>
      {COMPETENCY_CODES.map((c) => (
        <option key={c} value={c}>
          {competencyName(set, c)}
        </option>
      ))}
    </>
  );
}
