import type { ReactNode } from 'react';

/** A form's failure, announced when it appears; nothing without a message. */
export function ErrorAlert({ message, className = 'error' }: { message: ReactNode; className?: string }) {
  return message ? (
    <p role="alert" className={className}>
      {message}
    </p>
  ) : null;
}

/** A form's live status line ("Guardado"), kept in the page so screen readers hear each change. */
export function FormStatus({ children }: { children?: ReactNode }) {
  return (
    <div role="status" className="form-status">
      {children}
    </div>
  );
}

/** The `aria-describedby` of a control whose hint and error stand below it as `<id>-hint`, `<id>-error`. */
export function describedByOf(id: string, { hint, error }: { hint?: ReactNode; error?: ReactNode }): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

/** A control's hint and error, below it, with the ids describedByOf names. */
export function FieldHelp({ id, hint, error }: { id: string; hint?: ReactNode; error?: ReactNode }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="hint muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** A field's problem below it, with the id its control's `aria-describedby` names; nothing without one. */
export function FieldError({ id, message, inline }: { id: string; message?: ReactNode; inline?: boolean }) {
  if (!message) return null;
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag id={id} className="field-error">
      {message}
    </Tag>
  );
}
