/** Thai display names used across the panel: the shared labels, and competency names of a set. */
import { type CompetencyCode, getCompetency, type SetId } from '../../shared/dictionary';

export { SET_LABELS } from '../../shared/dictionary/types';
export { METHOD_LABELS } from '../../shared/interchange/types';

/** A set's short tag for search hits and other tight places. */
export const SET_TAGS: Record<SetId, string> = {
  ocsc: 'ก.พ.',
  bma: 'กทม.',
};

export function competencyName(set: SetId, code: CompetencyCode): string {
  return getCompetency(set, code).nameTh;
}
