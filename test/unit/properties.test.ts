import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { levelRange } from '../../shared/dictionary';
import { COMPETENCY_CODES, type CompetencyCode } from '../../shared/dictionary/types';
import {
  assessmentToCsv,
  ImportError,
  METHODS,
  parseAssessment,
  parseAssessmentCsv,
} from '../../shared/interchange';
import type { Person } from '../../shared/interchange/types';
import { METHOD_RULES, OCSC_BANDS, POSITIONS, ratio, round, scorePerson } from '../../shared/rules';
import { cleanText } from '../../shared/text/normalize';

const sets = fc.constantFrom('bma' as const, 'ocsc' as const);
const position = fc.constantFrom(...POSITIONS);

function levels(set: 'bma' | 'ocsc') {
  return fc.record(
    Object.fromEntries(COMPETENCY_CODES.map((c) => [c, fc.integer(levelRange(set, c))])) as Record<
      CompetencyCode,
      fc.Arbitrary<number>
    >,
  );
}

describe('scoring properties', () => {
  it('points never decrease when the displayed level rises', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('gap' as const, 'bma-points' as const),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 5 }),
        (method, d, e) => {
          const rule = METHOD_RULES[method];
          expect(rule.points(d + 1, e)).toBeGreaterThanOrEqual(rule.points(d, e));
          expect(rule.points(d, e)).toBeGreaterThanOrEqual(0);
          expect(rule.points(d, e)).toBeLessThanOrEqual(rule.max);
        },
      ),
    );
  });

  it('a higher displayed level never lowers a person’s competency score, which stays within 0..weight', () => {
    fc.assert(
      fc.property(
        sets.chain((set) => fc.tuple(fc.constant(set), levels(set), fc.constantFrom(...COMPETENCY_CODES))),
        position,
        fc.constantFrom('gap' as const, 'bma-points' as const),
        fc.integer({ min: 0, max: 100 }),
        ([set, competencies, bump], pos, method, weight) => {
          const ctx = {
            set,
            method,
            weights: { achievement: 100 - weight, competency: weight },
            bands: OCSC_BANDS,
          };
          const p: Person = {
            id: 'x',
            name: 'x',
            positionType: pos.type,
            positionLevel: pos.level,
            competencies,
          };
          const before = scorePerson(p, ctx).competencyScore;
          expect(before).toBeGreaterThanOrEqual(0);
          expect(before).toBeLessThanOrEqual(weight);
          if (competencies[bump] < levelRange(set, bump).max) {
            const after = scorePerson(
              { ...p, competencies: { ...competencies, [bump]: competencies[bump] + 1 } },
              ctx,
            );
            expect(after.competencyScore).toBeGreaterThanOrEqual(before);
          }
        },
      ),
    );
  });

  it('rounds exactly like decimal arithmetic, half away from zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (thousandths) => {
        // reference: on the decimal digits themselves
        const abs = Math.abs(thousandths);
        const hundredths = Math.floor(abs / 10) + (abs % 10 >= 5 ? 1 : 0);
        const expected = (thousandths < 0 ? -hundredths : hundredths) / 100;
        expect(round(ratio(thousandths, 1000))).toBe(expected === 0 ? 0 : expected);
      }),
    );
  });

  it('every total is the rounded sum of exact parts and falls in a band', () => {
    fc.assert(
      fc.property(
        sets.chain((set) => fc.tuple(fc.constant(set), levels(set))),
        position,
        fc.integer({ min: 0, max: 10_000 }),
        ([set, competencies], pos, hundredths) => {
          const s = scorePerson(
            {
              id: 'x',
              name: 'x',
              positionType: pos.type,
              positionLevel: pos.level,
              competencies,
              achievement: hundredths / 100,
            },
            { set, method: 'gap', weights: { achievement: 70, competency: 30 }, bands: OCSC_BANDS },
          );
          expect(s.total).not.toBeNull();
          expect(Math.abs(s.total! - (s.achievementScore! + s.competencyScore))).toBeLessThanOrEqual(
            0.01 + 1e-9,
          );
          expect(s.total!).toBeGreaterThanOrEqual(0);
          expect(s.total!).toBeLessThanOrEqual(100);
          expect(s.band).not.toBeNull();
        },
      ),
    );
  });
});

describe('CSV round trip', () => {
  const text = fc.oneof(
    fc.string({ minLength: 1, maxLength: 20 }),
    fc.constantFrom('=SUM(A1)', '+66 81', '-ลบ', '@cmd', 'นาย "ก" ข, ค', 'ชื่อ\nสองบรรทัด'),
  );
  it('writes and reads back the same people, formulas kept as text', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({ id: fc.stringMatching(/^[A-Z][0-9]{1,5}$/), name: text, competencies: levels('bma') }),
          {
            selector: (p) => p.id,
            minLength: 1,
            maxLength: 8,
          },
        ),
        fc.boolean(),
        (people, thaiHeaders) => {
          fc.pre(people.every((p) => cleanText(p.name) !== ''));
          const withPos = people.map((p) => ({ ...p, positionType: 'วิชาการ', positionLevel: 'ชำนาญการ' }));
          const csv = assessmentToCsv({ set: 'bma', people: withPos }, { thaiHeaders });
          for (const line of csv.split('\r\n').slice(1)) expect(line).not.toMatch(/^[=+\-@]/);
          const back = parseAssessmentCsv(new TextEncoder().encode(csv), 'x.csv', {
            set: 'bma',
            method: METHODS[0],
          });
          expect(back.people.map((p) => p.id)).toEqual(people.map((p) => p.id));
          expect(back.people.map((p) => p.name)).toEqual(people.map((p) => cleanText(p.name)));
          expect(back.people.map((p) => p.competencies)).toEqual(people.map((p) => p.competencies));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('hostile input', () => {
  it('any bytes either import or are rejected with located problems, never another exception', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom('x.csv', 'x.json', 'upload'),
        (bytes, name) => {
          try {
            parseAssessment(bytes, name);
          } catch (e) {
            expect(e).toBeInstanceOf(ImportError);
            expect((e as ImportError).problems.length).toBeGreaterThan(0);
            for (const p of (e as ImportError).problems) expect(p.where).not.toBe('');
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('mutated valid JSON is imported whole or rejected whole', () => {
    const valid = JSON.stringify({
      format: 'samatthana/assessment',
      version: 1,
      people: [{ id: 'A', name: 'ก', positionLevel: 'K1', competencies: { ACH: 1, SERV: 2 } }],
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: valid.length - 1 }),
        fc.string({ maxLength: 3 }),
        (at, insert) => {
          const text = valid.slice(0, at) + insert + valid.slice(at + 1);
          try {
            const a = parseAssessment(text, 'x.json');
            expect(a.people.every((p) => typeof p.id === 'string' && p.id !== '')).toBe(true);
          } catch (e) {
            expect(e).toBeInstanceOf(ImportError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
