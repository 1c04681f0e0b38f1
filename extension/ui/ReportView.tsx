/**
 * A fill report in Thai, what needs the person first: what was skipped (with a one-click fill of
 * boxes holding only the form's default zero) and not found, then what was filled; one-click undo.
 */

import type { ComponentChild } from 'preact';
import type { CompetencyCode, SetId } from '../../shared/dictionary';
import type { Person, ResolvedAssessment } from '../../shared/interchange/types';
import { oneLine } from '../../shared/text/normalize';
import type { FilledField, FillReport, MissingField } from '../engine/types';
import { downloadText } from './download';
import { nameWords } from './keep-thai-words';
import { competencyName, entryLabel } from './labels';

/** " — the person's name", wrapping only at the name's spaces. */
function who(people: readonly Person[], evaluatee: string | undefined): ComponentChild {
  if (!evaluatee) return '';
  const p = people.find((x) => x.id === evaluatee || x.name === evaluatee);
  return [' — ', nameWords(p?.name ?? evaluatee)];
}

function name(set: SetId, code: CompetencyCode): string {
  try {
    return competencyName(set, code);
  } catch {
    return code;
  }
}

/** The competency, and what of it where it is not the level: "เหตุการณ์/พฤติกรรม การมุ่งผลสัมฤทธิ์". */
function what(set: SetId, e: MissingField): string {
  return e.purpose ? `${entryLabel(e.purpose, e.part)} ${name(set, e.competency)}` : name(set, e.competency);
}

const keyOf = (kind: string, e: MissingField) =>
  `${kind}:${e.evaluatee ?? ''}:${e.competency}:${e.purpose ?? ''}:${e.part ?? ''}`;

/** Before → after; a text area's texts shortened and quoted. */
function change(f: FilledField): string {
  if (f.purpose === 'evidence' || f.purpose === 'plan') {
    return `${f.from.trim() === '' ? 'ว่าง' : `“${oneLine(f.from, 60)}”`} → “${oneLine(f.to, 60)}”`;
  }
  return `${f.from === '' ? 'ว่าง' : f.from} → ${f.to}`;
}

export function ReportView({
  report,
  assessment,
  undone,
  onUndo,
  undoLabel = 'เลิกทำ (คืนค่าเดิมทุกช่อง)',
  onFillZeros = null,
  busy,
}: {
  report: FillReport;
  assessment: ResolvedAssessment;
  undone: string | null;
  onUndo: (() => void) | null;
  undoLabel?: string;
  /** Fills the boxes skipped as holding the form's default zero; null when there are none. */
  onFillZeros?: (() => void) | null;
  busy: boolean;
}) {
  const zeros = report.skipped.filter((s) => s.code === 'default-zero').length;
  const set = assessment.set;
  const people = assessment.people;
  return (
    <section class="report" aria-labelledby="report-h">
      <h3 id="report-h">ผลการเติมแบบฟอร์ม</h3>
      <p role="status" class="summary">
        เติมแล้ว <strong data-count="filled">{report.filled.length}</strong> ช่อง · ข้าม{' '}
        <strong data-count="skipped">{report.skipped.length}</strong> ช่อง · ไม่พบในหน้า{' '}
        <strong data-count="missing">{report.missing.length}</strong> ช่อง
      </p>
      {onUndo && (
        <button type="button" class="primary" onClick={onUndo} disabled={busy}>
          {undoLabel}
        </button>
      )}
      <button
        type="button"
        onClick={() =>
          downloadText('fill-report.json', `${JSON.stringify(report, null, 2)}\n`, 'application/json')
        }
      >
        บันทึกรายงาน (JSON)
      </button>
      {undone && (
        <p class="ok" role="status">
          {undone}
        </p>
      )}
      {zeros > 0 && onFillZeros && (
        <p class="note">
          {zeros} ช่องมีค่า 0 ซึ่งอาจเป็นค่าเริ่มต้นของแบบฟอร์ม{' '}
          <button type="button" onClick={onFillZeros} disabled={busy}>
            เติม {zeros} ช่องที่เป็น 0
          </button>
        </p>
      )}
      {report.skipped.length > 0 && (
        <details open>
          <summary>ข้ามไป ({report.skipped.length})</summary>
          <ul>
            {report.skipped.map((s) => (
              <li key={keyOf('s', s)}>
                {what(set, s)}
                {who(people, s.evaluatee)}: {s.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {report.missing.length > 0 && (
        <details>
          <summary>ไม่พบในหน้า ({report.missing.length})</summary>
          <ul>
            {report.missing.map((m) => (
              <li key={keyOf('m', m)}>
                {what(set, m)}
                {who(people, m.evaluatee)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {report.filled.length > 0 && (
        <details open>
          <summary>เติมแล้ว ({report.filled.length})</summary>
          <ul>
            {report.filled.map((f) => (
              <li key={keyOf('f', f)}>
                {what(set, f)}
                {who(people, f.evaluatee)}: {change(f)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
