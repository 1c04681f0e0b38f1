/**
 * The template's formulas, recalculated by a real spreadsheet engine (LibreOffice), agree exactly
 * with the shared core's scorePerson for every person, method and set.
 */
import { describe, expect, it } from 'vitest';
import { getSet } from '../../shared/dictionary';
import { COMPETENCY_CODES, type SetId } from '../../shared/dictionary/types';
import { parseAssessment } from '../../shared/interchange';
import type { Method } from '../../shared/interchange/types';
import { BMA_BANDS, OCSC_BANDS } from '../../shared/rules/bands';
import { scorePerson } from '../../shared/rules/scoring';
import { templateFromAssessment } from '../../shared/template';
import { templateXlsx } from '../../shared/template/xlsx';
import { generatePeople, recalculate, rowsByHeader } from './helpers';

const cases: {
  method: Method;
  set: SetId;
  weights: { achievement: number; competency: number };
  seed: number;
  /** Every person with a self-assessment: a self column beside each level, every column after moved. */
  self?: boolean;
}[] = [
  { method: 'gap', set: 'ocsc', weights: { achievement: 70, competency: 30 }, seed: 1 },
  { method: 'rating', set: 'bma', weights: { achievement: 50, competency: 50 }, seed: 2 },
  { method: 'bma-points', set: 'bma', weights: { achievement: 66.67, competency: 33.33 }, seed: 3 },
  { method: 'gap', set: 'bma', weights: { achievement: 80, competency: 20 }, seed: 4 },
  { method: 'gap', set: 'ocsc', weights: { achievement: 70, competency: 30 }, seed: 5, self: true },
  { method: 'bma-points', set: 'bma', weights: { achievement: 60, competency: 40 }, seed: 6, self: true },
];

describe('LibreOffice recalculates the template exactly like the core', () => {
  it.each(cases)(
    '$method / $set / $weights.achievement–$weights.competency (self: $self)',
    async ({ method, set, weights, seed, self }) => {
      const people = generatePeople(50, set, method, seed).map((p) =>
        self ? { ...p, self: { ...p.competencies, ACH: Math.max(1, (p.competencies.ACH ?? 1) - 1) } } : p,
      );
      const bands = set === 'bma' ? [...BMA_BANDS] : [...OCSC_BANDS];
      const a = parseAssessment(
        JSON.stringify({ format: 'samatthana/assessment', version: 1, set, method, weights, bands, people }),
        'generated.json',
      );
      const rows = rowsByHeader(await recalculate(await templateXlsx(templateFromAssessment(a))));
      const ctx = { set, method, weights, bands };
      const names = getSet(set).competencies;

      // Spare rows hold formulas that stay empty until someone types a person in: no row shows for them.
      expect(rows.length).toBe(a.people.length);
      const ties = a.people.filter(
        (p) => p.achievement !== undefined && Math.round(p.achievement * 100) % 10 === 5,
      );
      expect(ties.length).toBeGreaterThan(3);

      a.people.forEach((p, i) => {
        const row = rows[i]!;
        const want = scorePerson(p, ctx);
        // Entered values come back as entered, text as text.
        expect(row.รหัส).toBe(p.id);
        expect(row['ชื่อ-สกุล']).toBe(p.name);
        for (const code of COMPETENCY_CODES) {
          expect(Number(row[names.find((c) => c.code === code)!.nameTh])).toBe(p.competencies[code]);
        }
        const got = {
          competencyScore: Number(row.คะแนนสมรรถนะ),
          total: row.คะแนนรวม === '' ? null : Number(row.คะแนนรวม),
          band: row.ผลการประเมิน === '' ? null : row.ผลการประเมิน,
        };
        expect(got, `${p.id} ${JSON.stringify(p)}`).toEqual({
          competencyScore: want.competencyScore,
          total: want.total,
          band: want.band,
        });
      });
    },
  );
});
