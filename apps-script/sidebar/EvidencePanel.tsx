/**
 * Evidence for the selected row of the score sheet: for each competency, the indicators of the
 * person's level and the levels below as a checklist (shared/dictionary/indicators.ts, as in the
 * extension's editor, drawn by the same IndicatorChecklist); ticking composes the evidence text,
 * which stays editable. Saving writes the
 * changed texts into that row's evidence cells in one call.
 */
import { useState } from 'preact/hooks';
import { EvidenceText } from '../../extension/ui/EvidenceText';
import { IndicatorChecklist } from '../../extension/ui/IndicatorChecklist';
import { evidenceChecklist, toggleIndicator } from '../../shared/dictionary/indicators';
import type { CompetencyCode, SetId } from '../../shared/dictionary/types';
import { textNote } from '../../shared/interchange';
import { planApplies } from '../../shared/rules/plan';
import type { EvidenceCompetency, SelectedEvidence } from '../server/evidence';
import type { Server } from './server';
import { useServerCall } from './use-server-call';

type Texts = Partial<Record<CompetencyCode, string>>;

function CompetencyEvidence({
  set,
  c,
  levels,
  text,
  who,
  onText,
}: {
  set: SetId;
  c: EvidenceCompetency;
  /** Whether the values are levels (not ratings 1–5), so there are indicators to tick. */
  levels: boolean;
  text: string;
  who: string;
  onText: (text: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const checklist = levels ? evidenceChecklist(set, c.code, c.level, text) : [];
  const shown = c.level === null ? 'ยังไม่มีระดับ' : levels ? `ระดับ ${c.level}` : `คะแนน ${c.level}`;
  return (
    <details class="evidence-item" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {c.name} · {shown}
        {text.trim() ? ' ✓ เขียนแล้ว' : ''}
        {text !== c.text ? ' · ยังไม่บันทึก' : ''}
      </summary>
      {open && (
        <div>
          {!levels ? (
            <p class="hint">คะแนน 1–5 ไม่ใช่ระดับ จึงไม่มีพฤติกรรมบ่งชี้ให้เลือก เขียนเหตุการณ์/พฤติกรรมเองได้</p>
          ) : c.level === null ? (
            <p class="hint">ใส่ระดับของ{c.name}ในชีตก่อน แล้วอ่านแถวใหม่ จะมีพฤติกรรมบ่งชี้ให้เลือก</p>
          ) : checklist.length === 0 ? (
            <p class="hint">ระดับ {c.level} ไม่มีพฤติกรรมบ่งชี้ให้เลือก</p>
          ) : (
            <IndicatorChecklist
              levels={checklist}
              onToggle={(i, on) => onText(toggleIndicator(text, i, on))}
            />
          )}
          <EvidenceText competency={c.name} who={who} value={text} onInput={onText} hintClass="hint" />
        </div>
      )}
    </details>
  );
}

export function EvidencePanel({ server, onStatus }: { server: Server; onStatus: (text: string) => void }) {
  const [row, setRow] = useState<SelectedEvidence | null>(null);
  const [texts, setTexts] = useState<Texts>({});
  const { busy, run } = useServerCall(onStatus);

  const read = () =>
    run(async () => {
      const r = await server.selectedEvidence();
      setRow(r);
      setTexts(Object.fromEntries(r.competencies.map((c) => [c.code, c.text])));
      onStatus(`อ่านแถว ${r.row} แล้ว: ${r.name} (${r.id})`);
    });

  const changed = row ? row.competencies.filter((c) => (texts[c.code] ?? '') !== c.text) : [];
  const refused = row ? row.competencies.some((c) => textNote(texts[c.code] ?? '').problem) : false;

  const save = () =>
    run(async () => {
      if (!row) return;
      await server.writeEvidence({
        row: row.row,
        id: row.id,
        texts: Object.fromEntries(changed.map((c) => [c.code, texts[c.code] ?? ''])),
      });
      setRow({ ...row, competencies: row.competencies.map((c) => ({ ...c, text: texts[c.code] ?? '' })) });
      onStatus(`บันทึกเหตุการณ์/พฤติกรรมของ ${row.name} ลงแถว ${row.row} แล้ว (${changed.length} สมรรถนะ)`);
    });

  return (
    <div>
      <p class="hint">
        เลือกแถวของผู้รับการประเมินในชีต "คะแนน" แล้วกดอ่านแถวที่เลือก ติ๊กพฤติกรรมบ่งชี้เพื่อเขียนเหตุการณ์/พฤติกรรม แก้ข้อความได้
        แล้วบันทึกลงชีต
      </p>
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => void read()}>
          อ่านแถวที่เลือก
        </button>
      </div>
      {row && (
        <form
          aria-label={`เหตุการณ์/พฤติกรรมของ ${row.name}`}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <h2>
            {row.name} ({row.id}) · แถว {row.row}
          </h2>
          {row.competencies.map((c) => (
            <CompetencyEvidence
              key={`${row.row}/${c.code}`}
              set={row.set}
              c={c}
              levels={planApplies(row.method)}
              text={texts[c.code] ?? ''}
              who={row.name}
              onText={(t) => setTexts((prev) => ({ ...prev, [c.code]: t }))}
            />
          ))}
          <div class="actions">
            <button type="submit" disabled={busy || changed.length === 0 || refused}>
              บันทึกลงชีต
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
