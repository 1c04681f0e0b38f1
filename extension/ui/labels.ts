/** Thai display names used across the panel. */
import {
  COMPETENCY_CODES,
  type CompetencyCode,
  getCompetency,
  getSet,
  type SetId,
} from '../../shared/dictionary';
import type { Method } from '../../shared/interchange/types';

export const SET_LABELS: Record<SetId, string> = {
  bma: 'กรุงเทพมหานคร (bma)',
  ocsc: 'สำนักงาน ก.พ. (ocsc)',
};

export const METHOD_LABELS: Record<Method, string> = {
  gap: 'เทียบระดับที่คาดหวัง (gap)',
  rating: 'มาตรประมาณค่า 1–5 (rating)',
  'bma-points': 'ตารางคะแนน กทม. (bma-points)',
};

export function competencyName(set: SetId, code: CompetencyCode): string {
  return getCompetency(set, code).nameTh;
}

export function setName(set: SetId): string {
  return getSet(set).nameTh;
}

export { COMPETENCY_CODES };
