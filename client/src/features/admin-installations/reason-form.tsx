import { useId, useState } from 'react';
import { asyncHandler } from '../../lib/async-handler.js';
import { useMessages } from './admin-installations.messages.js';

/** A reason's text and error, kept by the ReasonForm's caller (it clears the text once sent; the server may name the field too). */
export type ReasonField = {
  reason: string;
  setReason: (reason: string) => void;
  error: string | null;
  setError: (error: string | null) => void;
};

export function useReasonField(): ReasonField {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return { reason, setReason, error, setError };
}

type ReasonFormProps = {
  label: string;
  submitLabel: string;
  submitClassName?: string;
  busy: boolean;
  field: ReasonField;
  /** Sends the trimmed reason, once it is not empty. */
  onSubmit: (reason: string) => void | Promise<void>;
};

/** An inline form asking why (rejecting an upload, a failed installation): a required text, then the action. */
export function ReasonForm(props: ReasonFormProps) {
  const { label, submitLabel, submitClassName, busy, field, onSubmit } = props;
  const { reason, setReason, error, setError } = field;
  const m = useMessages();
  const reasonId = useId();
  const reasonErrorId = useId();
  return (
    <form
      className="admin-form-inline"
      onSubmit={asyncHandler(async (event) => {
        event.preventDefault();
        if (!reason.trim()) return setError(m('reasonRequired'));
        setError(null);
        await onSubmit(reason.trim());
      })}
    >
      <div className="field">
        <label htmlFor={reasonId}>{label}</label>
        <textarea
          id={reasonId}
          rows={2}
          value={reason}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? reasonErrorId : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        {error ? (
          <p id={reasonErrorId} className="error">
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" className={submitClassName} disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
