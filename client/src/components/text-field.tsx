import { useId } from 'react';
import { describedByOf, FieldHelp } from './form-messages.js';

/** One labelled input (or a two-line textarea) of a form, with its hint and error below. */
export function TextField(props: {
  /** The input's id, when the form moves the focus to it (a refused field); else one of its own. */
  id?: string;
  label: string;
  value: string;
  error: string | null;
  onChange: (value: string) => void;
  hint?: string;
  maxLength?: number;
  multiline?: boolean;
  /** A number of files a document request takes (1–10). */
  fileCount?: boolean;
  /** The keyboard a phone shows for an amount or a count typed as text. */
  inputMode?: 'decimal' | 'numeric';
}) {
  const ownId = useId();
  const id = props.id ?? ownId;
  const control = {
    id,
    value: props.value,
    maxLength: props.maxLength,
    inputMode: props.inputMode,
    ...(props.fileCount ? { type: 'number', inputMode: 'numeric' as const, min: 1, max: 10 } : {}),
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedByOf(id, { hint: props.hint, error: props.error }),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...control} rows={2} onChange={(event) => props.onChange(event.target.value)} />
      ) : (
        <input {...control} onChange={(event) => props.onChange(event.target.value)} />
      )}
      <FieldHelp id={id} hint={props.hint} error={props.error} />
    </div>
  );
}
