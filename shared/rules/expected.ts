/**
 * Expected level (ระดับที่คาดหวัง) of every core competency for a position, per competency set.
 * Source: DPIS admin/php_scripts/kpi_competence.php, the PER_STANDARD_COMPETENCE targets of its OCSC
 * and Bangkok branches (docs/scoring-rules.md). The same target applies to all five core competencies.
 */
import type { SetId } from '../dictionary/types';
import type { PositionCode } from './positions';

// biome-ignore format: a table
export const EXPECTED_LEVELS: Record<SetId, Record<PositionCode, number>> = {
  ocsc: {
    O1: 1, O2: 1, O3: 2, O4: 3,
    K1: 1, K2: 2, K3: 3, K4: 4, K5: 5,
    D1: 3, D2: 4, M1: 4, M2: 5,
    E1: 1, E2: 1, E3: 2, E4: 3, E5: 4, E7: 1,
    S1: 3, S2: 4, S3: 5,
  },
  // DPIS BMA branch: the civil-servant table capped at 3. DPIS-BMA defines no government-employee
  // rows; we apply the same cap to the OCSC government-employee table.
  bma: {
    O1: 1, O2: 1, O3: 2, O4: 3,
    K1: 1, K2: 2, K3: 3, K4: 3, K5: 3,
    D1: 3, D2: 3, M1: 3, M2: 3,
    E1: 1, E2: 1, E3: 2, E4: 3, E5: 3, E7: 1,
    S1: 3, S2: 3, S3: 3,
  },
};

export function expectedLevel(set: SetId, position: PositionCode): number {
  return EXPECTED_LEVELS[set][position];
}
