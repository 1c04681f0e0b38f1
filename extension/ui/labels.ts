/** Thai display names used across the panel: the shared labels, and competency names of a set. */
import { type CompetencyCode, getCompetency, type SetId } from '../../shared/dictionary';
import { FAMILY_HEADERS } from '../../shared/interchange/headers';
import type { PlanText } from '../../shared/interchange/types';
import type { EntryPurpose } from '../engine/types';

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

/**
 * What a fill-report or read-back entry is about where it is not the level, in Thai, as the
 * interchange's columns name it: "เหตุการณ์/พฤติกรรม", "ประเมินตนเอง", "วิธีการพัฒนา" (a plan row's text), "แผนพัฒนา" (a whole row).
 */
export function entryLabel(purpose: EntryPurpose, part?: PlanText): string {
  if (purpose !== 'plan') return FAMILY_HEADERS[purpose].th;
  return part ? FAMILY_HEADERS[`plan.${part}`].th : 'แผนพัฒนา';
}
