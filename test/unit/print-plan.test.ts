/**
 * The printed summary's development plan (`summariesHtml`): "nothing below expectation" only for a
 * person whose every competency is assessed and none is below; anyone else's page says the
 * assessment is not complete.
 */
import { describe, expect, it } from 'vitest';
import { parseAssessment } from '../../shared/interchange';
import { summariesHtml } from '../../shared/print/summary-html';

const NOTHING_BELOW = 'ไม่มีสมรรถนะที่ต่ำกว่าระดับที่คาดหวัง';

/** Each person's page as plain text (tags dropped), in file order. */
function pages(people: unknown[], extra: Record<string, unknown> = {}): string[] {
  const a = parseAssessment(
    JSON.stringify({ format: 'samatthana/assessment', version: 1, ...extra, people }),
    'team.json',
  );
  return summariesHtml(a)
    .split('<section class="page">')
    .slice(1)
    .map((s) => s.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
}

const all = (level: number) => ({ ACH: level, SERV: level, EXP: level, ING: level, TW: level });

describe('the printed plan of a person not fully assessed', () => {
  it('a person with no levels: not assessed yet, never "nothing below expectation"', () => {
    const [page] = pages([{ id: '1', name: 'นางสาวสมศรี ใจดี', positionLevel: 'ชำนาญการ', competencies: {} }]);
    expect(page).not.toContain(NOTHING_BELOW);
    expect(page).toContain('ยังไม่ได้ประเมิน จึงยังบอกไม่ได้ว่ามีสมรรถนะใดต่ำกว่าระดับที่คาดหวัง');
  });

  it('a person missing one level and otherwise at expectation: names the missing competency', () => {
    const [page] = pages([
      {
        id: 'P003',
        name: 'นางวันเพ็ญ ศรีสุข',
        positionType: 'ทั่วไป',
        positionLevel: 'ปฏิบัติงาน',
        competencies: { ACH: 1, SERV: 2, ING: 1, TW: 1 },
      },
    ]);
    expect(page).not.toContain(NOTHING_BELOW);
    expect(page).toContain(
      'ยังประเมินไม่ครบ: ยังไม่มีระดับของการสั่งสมความเชี่ยวชาญในงานอาชีพ จึงยังบอกไม่ได้ว่ามีสมรรถนะใดต่ำกว่าระดับที่คาดหวัง',
    );
  });

  it('a person with a gap and a missing level: the gap listed, and the plan said to be possibly incomplete', () => {
    const [page] = pages([
      {
        id: 'A',
        name: 'นายเอ',
        positionLevel: 'ชำนาญการพิเศษ',
        competencies: { ACH: 1, SERV: 3, EXP: 3, ING: 3 },
      },
    ]);
    expect(page).toContain('การมุ่งผลสัมฤทธิ์');
    expect(page).toContain('ยังประเมินไม่ครบ: ยังไม่มีระดับของความร่วมแรงร่วมใจ แผนนี้จึงอาจยังไม่ครบ');
  });

  it('only a fully assessed person at or above every expected level is "nothing below expectation"', () => {
    const [done, gap] = pages([
      { id: 'B', name: 'นายบี', positionLevel: 'ปฏิบัติงาน', competencies: all(1) },
      { id: 'C', name: 'นายซี', positionLevel: 'ชำนาญการพิเศษ', competencies: all(2) },
    ]);
    expect(done).toContain(NOTHING_BELOW);
    expect(done).not.toContain('ยังประเมินไม่ครบ');
    expect(gap).not.toContain(NOTHING_BELOW);
    expect(gap).not.toContain('ยังประเมินไม่ครบ');
  });

  it('the rating method has no expected levels: an empty plan is not "nothing below expectation"', () => {
    const [page] = pages([{ id: 'R', name: 'นายอาร์', positionLevel: 'ปฏิบัติงาน', competencies: all(4) }], {
      method: 'rating',
    });
    expect(page).not.toContain(NOTHING_BELOW);
    expect(page).toContain('ยังไม่มีแผนพัฒนาที่เขียนไว้');
  });
});
