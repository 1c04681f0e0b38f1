/**
 * Read back: the assessment changes that the levels a filled form shows lead to. The levels come
 * from the engine's scan (each field's `value`, tested with the engine) through the page bridge.
 */
import { describe, expect, it } from 'vitest';
import type { ReadField, ScannedField } from '../../../extension/engine/types';
import { applyChanges } from '../../../extension/ui/assessment-edit';
import { findPerson, readBackChanges } from '../../../extension/ui/read-back';
import { parseAssessment } from '../../../shared/interchange';

const field = (
  competency: ScannedField['competency'],
  selector: string,
  control: ScannedField['control'],
  extra: Partial<ScannedField> = {},
): ScannedField => ({
  competency,
  control,
  selector,
  label: competency,
  valueKind: 'level',
  frames: [],
  ...extra,
});

describe('turning levels into assessment changes', () => {
  const a = parseAssessment(
    JSON.stringify({
      format: 'samatthana/assessment',
      version: 1,
      set: 'bma',
      people: [
        {
          id: 'P001',
          name: 'นางสาวสมศรี ใจดี',
          positionType: 'วิชาการ',
          positionLevel: 'ชำนาญการ',
          competencies: { ACH: 2, SERV: 3 },
        },
        {
          id: 'P002',
          name: 'นายสมชาย รักไทย',
          positionType: 'วิชาการ',
          positionLevel: 'ชำนาญการ',
          competencies: { ACH: 1 },
        },
      ],
    }),
    'a.json',
  );
  const read = (
    competency: ScannedField['competency'],
    level: number | null,
    evaluatee?: string,
  ): ReadField => ({
    ...field(competency, '#x', 'select'),
    level,
    ...(evaluatee ? { evaluatee } : {}),
  });

  it('matches grid rows to people by name despite titles and spacing, or uses the selected person', () => {
    expect(findPerson(a.people, 'สมชาย  รักไทย')?.id).toBe('P002');
    expect(findPerson(a.people, 'น.ส. สมศรี ใจดี')?.id).toBe('P001');
    const changes = readBackChanges(
      {
        fields: [
          read('ACH', 4, 'นาย สมชาย รักไทย'),
          read('ACH', 2),
          read('SERV', 1),
          read('EXP', null),
          read('ING', 9),
        ],
      },
      a,
      'P001',
    );
    expect(changes).toEqual([
      { personId: 'P002', personName: 'นายสมชาย รักไทย', competency: 'ACH', from: 1, to: 4 },
      { personId: 'P001', personName: 'นางสาวสมศรี ใจดี', competency: 'SERV', from: 3, to: 1 },
    ]);
  });

  it('leaves out rows of people who are not in the assessment', () => {
    expect(readBackChanges({ fields: [read('ACH', 3, 'นายใครก็ไม่รู้ ไม่มีชื่อ')] }, a, 'P001')).toEqual([]);
  });

  it('strips titles written with spaces (ว่าที่ ร.ต.), as the engine does', () => {
    const b = parseAssessment(
      JSON.stringify({
        format: 'samatthana/assessment',
        version: 1,
        people: [
          {
            id: 'P9',
            name: 'ว่าที่ ร.ต. อนุชา วงศ์ใหญ่',
            positionType: 'วิชาการ',
            positionLevel: 'ชำนาญการ',
            competencies: { ACH: 1 },
          },
        ],
      }),
      'b.json',
    );
    expect(findPerson(b.people, 'อนุชา วงศ์ใหญ่')?.id).toBe('P9');
    expect(findPerson(b.people, 'ว่าที่ร้อยตรี อนุชา  วงศ์ใหญ่')?.id).toBe('P9');
  });

  it('a text naming two people is nobody, not the first of them', () => {
    // "สมศรี ใจดี" is in both rows' texts: the engine calls that ambiguous; the read-back must not guess.
    const c = parseAssessment(
      JSON.stringify({
        format: 'samatthana/assessment',
        version: 1,
        people: [
          {
            id: 'A1',
            name: 'สมศรี ใจดี',
            positionType: 'วิชาการ',
            positionLevel: 'ชำนาญการ',
            competencies: { ACH: 1 },
          },
          {
            id: 'A2',
            name: 'สมชาย รักงาน',
            positionType: 'วิชาการ',
            positionLevel: 'ชำนาญการ',
            competencies: { ACH: 1 },
          },
        ],
      }),
      'c.json',
    );
    expect(findPerson(c.people, 'หัวหน้า สมศรี ใจดี และ สมชาย รักงาน')).toBeUndefined();
    expect(readBackChanges({ fields: [read('ACH', 3, 'สมศรี ใจดี / สมชาย รักงาน')] }, c, undefined)).toEqual([]);
  });

  it('reads the self-assessment column and the evidence texts back too; an empty box or a too long text changes nothing', () => {
    const withTexts = {
      ...a,
      people: a.people.map((p) =>
        p.id === 'P001' ? { ...p, self: { ACH: 2 }, evidence: { ACH: 'ติดตามงาน', SERV: 'เดิม' } } : p,
      ),
    };
    const text = (competency: ScannedField['competency'], value: string): ReadField => ({
      ...field(competency, '#t', 'textarea', { purpose: 'evidence', value }),
      level: null,
    });
    const self = (competency: ScannedField['competency'], level: number): ReadField => ({
      ...field(competency, '#s', 'text', { purpose: 'self', value: String(level) }),
      level,
    });
    const changes = readBackChanges(
      {
        fields: [
          self('ACH', 2),
          self('SERV', 4),
          text('ACH', 'ติดตามงาน\r\n'),
          text('SERV', 'ตอบคำถาม\r\nทุกวัน'),
          text('EXP', '   '),
          text('ING', 'ก'.repeat(2001)),
          {
            ...field('TW', '#p', 'textarea', { purpose: 'plan', part: 'method', value: 'อบรม' }),
            level: null,
          },
        ],
      },
      withTexts,
      'P001',
    );
    expect(changes).toEqual([
      {
        personId: 'P001',
        personName: 'นางสาวสมศรี ใจดี',
        competency: 'SERV',
        kind: 'self',
        from: undefined,
        to: 4,
      },
      {
        personId: 'P001',
        personName: 'นางสาวสมศรี ใจดี',
        competency: 'SERV',
        kind: 'evidence',
        from: 'เดิม',
        to: 'ตอบคำถาม\nทุกวัน',
      },
    ]);
    const applied = applyChanges(withTexts, changes).people.find((p) => p.id === 'P001')!;
    expect(applied.self).toEqual({ ACH: 2, SERV: 4 });
    expect(applied.evidence).toEqual({ ACH: 'ติดตามงาน', SERV: 'ตอบคำถาม\nทุกวัน' });
    expect(applied.competencies).toEqual({ ACH: 2, SERV: 3 });
  });
});
