import { useEffect, useId, useRef } from 'react';

type Props = {
  title: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  busyLabel: string;
  busy: boolean;
  onConfirm: () => void;
  /** The caller puts the focus back on the button that opened this step. */
  onCancel: () => void;
};

/**
 * An inline confirmation for an action that cannot be undone: takes the focus when it opens (its
 * title and text are announced), Escape or "Cancel" closes it.
 */
export function ConfirmStep({ title, text, confirmLabel, cancelLabel, busyLabel, busy, onConfirm, onCancel }: Props) {
  const id = useId();
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => region.current?.focus(), []);
  return (
    <div
      ref={region}
      className="card confirm-step"
      role="group"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !busy) onCancel();
      }}
    >
      <p id={`${id}-title`} className="confirm-step-title">
        {title}
      </p>
      <p id={`${id}-text`}>
        {text}
      </p>
      <div className="confirm-step-buttons">
        <button type="button" onClick={onConfirm} disabled={busy} aria-busy={busy}>
          {busy ? busyLabel : confirmLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
