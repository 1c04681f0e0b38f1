/**
 * Evidence, self-assessment and plan texts with any Unicode survive every writer and reader:
 * JSON → CSV → the template's .xlsx → JSON, unchanged (NFC). Texts are drawn from all code points
 * but those the rules refuse (control characters other than a line break, halves of surrogate pairs).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { levelRange } from '../../shared/dictionary';
import { COMPETENCY_CODES, type CompetencyCode } from '../../shared/dictionary/types';
import {
  assessmentToCsv,
  assessmentToJson,
  MAX_TEXT,
  parseAssessment,
  type ResolvedAssessment,
} from '../../shared/interchange';
import { type Person, PLAN_TEXTS, type PlanEntry } from '../../shared/interchange/types';
import { templateFromAssessment } from '../../shared/template';
import { templateXlsx } from '../../shared/template/xlsx';
import { cleanLongText, refusedCharacter } from '../../shared/text/normalize';

/** Any text the rules take, as a reader keeps it: NFC, LF line breaks, not blank. */
const text = fc
  .oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '=SUM(A1)\nต่อ',
        "'=x",
        "''+y",
        '@cmd',
        '-ลบ',
        '_x0041_ และ _x005F_',
        'มี "อัญประกาศ", จุลภาค;\r\nและ CRLF',
        '  ช่องว่างหัวท้าย  ',
        '\uFFFE\uFFFF\u{10FFFF}',
        'e\u0301 กำ',
        'ก'.repeat(MAX_TEXT),
      ),
    },
  )
  .map(cleanLongText)
  .filter((s) => s.trim() !== '' && refusedCharacter(s) === null && [...s].length <= MAX_TEXT);

const codes = fc.subarray([...COMPETENCY_CODES], { minLength: 1 });
const texts = codes.chain((cs) => fc.tuple(...cs.map((c) => text.map((t) => [c, t] as const))));
const plan = codes.chain((cs) =>
  fc.tuple(
    ...cs.map((competency) =>
      fc
        .record(
          Object.fromEntries(PLAN_TEXTS.map((k) => [k, text])) as Record<
            (typeof PLAN_TEXTS)[number],
            typeof text
          >,
          {
            requiredKeys: [],
          },
        )
        .filter((e) => Object.keys(e).length > 0)
        .map((e): PlanEntry => ({ competency, ...e })),
    ),
  ),
);
const levels = fc.record(
  Object.fromEntries(COMPETENCY_CODES.map((c) => [c, fc.integer(levelRange('bma', c))])) as Record<
    CompetencyCode,
    fc.Arbitrary<number>
  >,
);

const person = (i: number) =>
  fc
    .record(
      {
        competencies: levels,
        evidence: texts.map((kv) => Object.fromEntries(kv)),
        self: fc.dictionary(fc.constantFrom(...COMPETENCY_CODES), fc.integer({ min: 0, max: 5 }), {
          minKeys: 1,
        }),
        plan,
      },
      { requiredKeys: ['competencies'] },
    )
    .map(
      (p): Person => ({
        id: `P${i + 1}`,
        name: `คนที่ ${i + 1}`,
        positionType: 'วิชาการ',
        positionLevel: 'ชำนาญการ',
        ...p,
      }),
    );

const team = fc
  .integer({ min: 1, max: 4 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => person(i))));

async function throughEveryFormat(json: string): Promise<ResolvedAssessment> {
  const a = parseAssessment(json, 'team.json');
  const csv = assessmentToCsv(a, { thaiHeaders: true });
  const fromCsv = parseAssessment(new TextEncoder().encode(csv), 'team.csv', {
    set: a.set,
    method: a.method,
    weights: a.weights,
  });
  const xlsx = await templateXlsx(templateFromAssessment(fromCsv));
  const fromXlsx = parseAssessment(xlsx, 'team.xlsx');
  return parseAssessment(assessmentToJson(fromXlsx), 'back.json');
}

describe('texts survive JSON → CSV → .xlsx → JSON', () => {
  it('unchanged, with any Unicode the rules take', async () => {
    await fc.assert(
      fc.asyncProperty(team, async (people) => {
        const json = JSON.stringify({ format: 'samatthana/assessment', version: 1, set: 'bma', people });
        const back = await throughEveryFormat(json);
        expect(back.people).toEqual(parseAssessment(json, 'team.json').people);
        // The reader's NFC is the identity on these texts: what came back is what was written.
        expect(back.people.map((p) => p.evidence)).toEqual(people.map((p) => p.evidence));
        expect(back.people.map((p) => p.plan)).toEqual(people.map((p) => p.plan));
        expect(back.people.map((p) => p.self)).toEqual(people.map((p) => p.self));
      }),
      { numRuns: 40 },
    );
    // Each run writes and reads a whole workbook: a generous limit for a loaded machine.
  }, 600_000);
});
