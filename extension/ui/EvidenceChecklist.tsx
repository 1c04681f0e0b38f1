/**
 * Evidence composed from the dictionary: the indicators of the chosen level and every level below
 * it as a checklist. Ticking one adds it to the evidence text as a line of its own, unticking takes
 * that line out; the text stays editable, and what the evaluator wrote is never touched.
 */
import { useEffect, useState } from 'preact/hooks';
import { type CompetencyCode, getCompetency, type SetId } from '../../shared/dictionary';
import { evidenceChecklist, toggleIndicator } from '../../shared/dictionary/indicators';
import { textProblem } from '../../shared/interchange';
import { planApplies } from '../../shared/rules/plan';
import { type CompetencyPart, setEvidence } from './assessment-edit';
import { EvidenceText } from './EvidenceText';
import { IndicatorChecklist } from './IndicatorChecklist';

export function EvidenceChecklist({
  set,
  code,
  level,
  text,
  who,
  onText,
}: {
  set: SetId;
  code: CompetencyCode;
  /** The displayed level; undefined while none is chosen; null when the values are ratings, not levels. */
  level: number | null | undefined;
  text: string;
  /** The person's name, for the controls' accessible names. */
  who: string;
  /** Called with a text that may be saved (within the limit, no control characters). */
  onText: (text: string) => void;
}) {
  const [draft, setDraft] = useState(text);
  useEffect(() => setDraft(text), [text]);
  const name = getCompetency(set, code).nameTh;
  const levels = evidenceChecklist(set, code, level, draft);

  const update = (next: string) => {
    setDraft(next);
    if (!textProblem(next)) onText(next);
  };

  return (
    <div class="evidence">
      {level === null ? (
        <p class="muted">คะแนน 1–5 ไม่ใช่ระดับ จึงไม่มีพฤติกรรมบ่งชี้ให้เลือก เขียนเหตุการณ์/พฤติกรรมเองได้</p>
      ) : level === undefined ? (
        <p class="muted">เลือกระดับของ{name}ก่อน แล้วจะมีพฤติกรรมบ่งชี้ให้เลือก</p>
      ) : levels.length === 0 ? (
        <p class="muted">ระดับ {level} ไม่มีพฤติกรรมบ่งชี้ให้เลือก</p>
      ) : (
        <IndicatorChecklist levels={levels} onToggle={(i, on) => update(toggleIndicator(draft, i, on))} />
      )}
      <EvidenceText competency={name} who={who} value={draft} onInput={update} hintClass="muted" />
    </div>
  );
}

/**
 * The editor's evidence slot of one competency: folded away until wanted, marked when a text is
 * written.
 */
export function CompetencyEvidence({ a, person, code, onChange }: CompetencyPart) {
  const written = person.evidence?.[code];
  // The checklist exists only while open: a closed <details> keeps its content laid out in some
  // browsers, where its hidden controls would still count for focus and layout.
  const [open, setOpen] = useState(false);
  return (
    <div class="evidence-slot" data-competency={code}>
      <details class="evidence-details" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>เหตุการณ์/พฤติกรรม{written ? ' ✓ เขียนแล้ว' : ''}</summary>
        {open && (
          <EvidenceChecklist
            key={`${person.id}/${code}`}
            set={a.set}
            code={code}
            level={planApplies(a.method) ? person.competencies[code] : null}
            text={written ?? ''}
            who={person.name}
            onText={(text) => onChange(setEvidence(a, person.id, code, text))}
          />
        )}
      </details>
    </div>
  );
}
