import { useId } from 'react';
import { asyncHandler } from '../../lib/async-handler.js';

type ReasonFormProps = {
  label: string;
  submitLabel: string;
  submitClassName?: string;
  busy: boolean;
  reason: string;
  onReasonChange: (reason: string) => void;
  /** The message when the reason is left empty. */
  requiredMessage: string;
  /** The reason's error, kept by the caller (the server may name the field too). */
  error: string | null;
  onErrorChange: (error: string | null) => void;
  /** Sends the trimmed reason, once it is not empty. */
  onSubmit: (reason: string) => void | Promise<void>;
};

/** An inline form asking why (rejecting an upload, a failed installation): a required text, then the action. */
export function ReasonForm(props: ReasonFormProps) {
  const { label, submitLabel, submitClassName, busy, reason, onReasonChange, requiredMessage, error, onErrorChange, onSubmit } = props;
  const reasonId = useId();
  const reasonErrorId = useId();
  return (
    <form
      className="admin-form-inline"
      onSubmit={asyncHandler(async (event) => {
        event.preventDefault();
        if (!reason.trim()) return onErrorChange(requiredMessage);
        onErrorChange(null);
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
          onChange={(event) => onReasonChange(event.target.value)}
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
