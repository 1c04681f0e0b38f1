/** Thai display names used across the panel: the shared labels, and competency names of a set. */
import { COMPETENCY_CODES, type CompetencyCode, getCompetency, type SetId } from '../../shared/dictionary';

export { SET_LABELS } from '../../shared/dictionary/types';
export { METHOD_LABELS } from '../../shared/interchange/types';

export function competencyName(set: SetId, code: CompetencyCode): string {
  return getCompetency(set, code).nameTh;
}

export { COMPETENCY_CODES };
