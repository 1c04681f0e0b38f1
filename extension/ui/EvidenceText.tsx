/**
 * The evidence text of a competency, under its checklist: editable, with the note that says how
 * much is written or what is wrong (shared/interchange textNote). Used by the side panel's editor
 * and the Sheets sidebar.
 */
import { useId } from 'preact/hooks';
import { textNote } from '../../shared/interchange';

export function EvidenceText({
  competency,
  who,
  value,
  onInput,
  hintClass,
}: {
  /** The competency's Thai name and the person's name, for the box's accessible name. */
  competency: string;
  who: string;
  value: string;
  onInput: (text: string) => void;
  /** The class of the note when all is well ('muted' in the panel, 'hint' in the sidebar). */
  hintClass: string;
}) {
  const id = useId();
  const { problem, note } = textNote(value);
  return (
    <>
      <label for={id}>
        เหตุการณ์/พฤติกรรม ({competency}) ของ {who}
      </label>
      <textarea
        id={id}
        rows={5}
        value={value}
        aria-invalid={problem ? 'true' : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <small class={problem ? 'error' : hintClass} aria-live="polite">
        {note}
      </small>
    </>
  );
}
