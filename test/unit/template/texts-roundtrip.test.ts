/**
 * Self-assessment, evidence and the plan through the template: written by templateFromAssessment,
 * read back by the template's own readers (.xlsx through the table reader; the add-on's export and
 * repair over the in-memory sheet) unchanged; no self anywhere leaves the score sheet as it was.
 */
import { describe, expect, it } from 'vitest';
import * as actions from '../../../apps-script/server/actions';
import { MemoryAdapter } from '../../../apps-script/server/memory-adapter';
import { getSet } from '../../../shared/dictionary';
import { parseAssessment } from '../../../shared/interchange';
import { parseAssessmentXlsx } from '../../../shared/interchange/xlsx';
import { COL, HEADER_ROW, SHEETS, scoreLayout, templateFromAssessment } from '../../../shared/template';
import { templateXlsx } from '../../../shared/template/xlsx';

const people = [
  {
    id: 'P1',
    name: 'สมศรี ใจดี',
    positionType: 'วิชาการ',
    positionLevel: 'ชำนาญการ',
    achievement: 80,
    competencies: { ACH: 1, SERV: 2, EXP: 3, ING: 2, TW: 2 },
    self: { ACH: 2, SERV: 3, EXP: 3, ING: 2, TW: 3 },
    evidence: { ACH: 'บรรทัดแรก\n=ไม่ใช่สูตร\nกำ\u0E33หนด', TW: 'ทำงานร่วมกับทีม 😀' },
    plan: [
      {
        competency: 'ACH',
        goal: 'ส่งงานตรงเวลา',
        method: 'อบรม\nพี่เลี้ยง',
        period: 'ต.ค.–ธ.ค.',
        measure: 'ร้อยละ ๙๐',
      },
      { competency: 'TW', method: 'ทำโครงการร่วมกับกองอื่น' },
    ],
  },
  {
    id: 'P2',
    name: 'สมชาย',
    positionType: 'ทั่วไป',
    positionLevel: 'ปฏิบัติงาน',
    competencies: { ACH: 1, SERV: 1, EXP: 1, ING: 1, TW: 1 },
  },
];
const a = parseAssessment(
  JSON.stringify({ format: 'samatthana/assessment', version: 1, set: 'ocsc', people }),
  'team.json',
);
const texts = (p: (typeof a.people)[number]) => ({ self: p.self, evidence: p.evidence, plan: p.plan });

describe('self, evidence and plan through the template', () => {
  it('puts self beside each level, and evidence and plan after the helpers, outside the print area', () => {
    const score = templateFromAssessment(a).sheets.find((s) => s.name === SHEETS.score)!;
    const header = score.blocks.find((b) => b.row === HEADER_ROW)!.cells[0]!;
    const L = scoreLayout(true);
    const names = getSet('ocsc').competencies;
    expect(header[L.competency.ACH - 1]).toBe(names[0]!.nameTh);
    expect(header[L.self.ACH! - 1]).toBe('ประเมินตนเอง การมุ่งผลสัมฤทธิ์');
    expect(L.self.ACH).toBe(L.competency.ACH + 1);
    // Named as the level columns are, in the file's own set.
    expect(header[L.evidence.SERV - 1]).toBe(`เหตุการณ์/พฤติกรรม ${names[1]!.nameTh}`);
    expect(header[L.plan.TW.measure - 1]).toBe(`การวัดผลการพัฒนา ${names[4]!.nameTh}`);
    expect(score.print!.area).toMatch(new RegExp(`^A1:${String.fromCharCode(64 + L.band)}\\d+$`));
    expect(L.evidence.ACH).toBeGreaterThan(L.lastHelper);

    // Without self anywhere: the columns as before.
    const plain = parseAssessment(
      JSON.stringify({ format: 'samatthana/assessment', version: 1, people: [{ ...people[1] }] }),
      'x.json',
    );
    const s2 = templateFromAssessment(plain).sheets.find((s) => s.name === SHEETS.score)!;
    const h2 = s2.blocks.find((b) => b.row === HEADER_ROW)!.cells[0]!;
    expect(h2.slice(0, COL.firstExpected + 4)).toEqual([
      'รหัส',
      'ชื่อ-สกุล',
      'ประเภทตำแหน่ง',
      'ระดับตำแหน่ง',
      'ผลสัมฤทธิ์',
      ...getSet('bma').competencies.map((c) => c.nameTh),
      'คะแนนสมรรถนะ',
      'คะแนนรวม',
      'ผลการประเมิน',
      'รหัสตำแหน่ง',
      'คะแนนดิบสมรรถนะ',
      'ระดับที่คาดหวัง ACH',
      'ระดับที่คาดหวัง SERV',
      'ระดับที่คาดหวัง EXP',
      'ระดับที่คาดหวัง ING',
      'ระดับที่คาดหวัง TW',
    ]);
    expect(h2.some((h) => String(h).startsWith('ประเมินตนเอง'))).toBe(false);
  });

  it('reads them back from the .xlsx unchanged', async () => {
    const back = parseAssessmentXlsx(await templateXlsx(templateFromAssessment(a)), 'team.xlsx');
    expect(back.people.map(texts)).toEqual(a.people.map(texts));
  });

  it('keeps them through the add-on’s export and repair', () => {
    const sheets = new MemoryAdapter();
    actions.buildScoringTemplate(sheets, { set: 'ocsc', people: a.people });
    const exported = actions.exportAssessment(sheets);
    if (!exported.ok) throw new Error(JSON.stringify(exported.problems));
    expect(JSON.parse(exported.json).people.map(texts)).toEqual(a.people.map(texts));
    actions.repairTemplate(sheets);
    const again = actions.exportAssessment(sheets);
    if (!again.ok) throw new Error(JSON.stringify(again.problems));
    expect(JSON.parse(again.json).people.map(texts)).toEqual(a.people.map(texts));
  });
});
