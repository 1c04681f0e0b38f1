/** A labelled control: the label points at the control by id, so its name is the label text alone. */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export function Field({
  label,
  class: cls,
  children,
}: {
  label: string;
  class?: string;
  children: (id: string) => ComponentChildren;
}) {
  const id = useId();
  return (
    <div class={`field ${cls ?? ''}`}>
      <label for={id}>{label}</label>
      {children(id)}
    </div>
  );
}

/** A labelled file chooser that hands the chosen file's input to `onFile`. */
export function FileField({
  label,
  accept,
  onFile,
}: {
  label: string;
  accept: string;
  onFile: (input: HTMLInputElement) => void;
}) {
  return (
    <Field label={label}>
      {(id) => <input id={id} type="file" accept={accept} onChange={(e) => onFile(e.currentTarget)} />}
    </Field>
  );
}
