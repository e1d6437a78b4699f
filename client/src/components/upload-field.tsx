import { useId, useState, type DragEvent, type Ref } from 'react';

export type UploadProgress = {
  /** 0–100. */
  percent: number;
  /** The progress bar's accessible name. */
  label: string;
  /** Shown next to the bar, hidden from screen readers (the bar carries the value). */
  text?: string;
  cancelLabel?: string;
  onCancel?: () => void;
};

export type UploadFieldProps = {
  /** The file input's accessible name. */
  label: string;
  /** Describes the input (types, limit). */
  hint: string;
  /** Given: the field is also a drop zone, and this replaces the hint while a file is dragged over it. */
  dropHint?: string;
  accept?: string;
  disabled?: boolean;
  /** The chosen or dropped file (undefined when the choice is cleared); with `multiple`, the first of them. */
  onFile: (file: File | undefined) => void;
  /** Given: the input takes several files, and this gets them all (instead of `onFile`). */
  onFiles?: (files: File[]) => void;
  /** A bar while uploading. */
  progress?: UploadProgress | null;
  /** Announced politely (progress, "uploaded"). */
  status?: string | null;
  error?: string | null;
  /** 'alert' (default): the error is announced at once; 'field': a validation message the form focuses. */
  errorKind?: 'alert' | 'field';
  inputRef?: Ref<HTMLInputElement>;
  /** The field's name in a form built on lib/use-form.ts, which focuses it when it is the first problem. */
  field?: string;
  className?: string;
};

/**
 * A real file input (keyboard: Tab to it, Enter/Space to choose) with its label and hint, an
 * optional drop zone around it, a `<progress>` bar, a polite status and an error. Presentational:
 * the caller uploads and passes every text.
 */
export function UploadField({
  label,
  hint,
  dropHint,
  accept,
  disabled = false,
  onFile,
  onFiles,
  progress,
  status,
  error,
  errorKind = 'alert',
  inputRef,
  field,
  className,
}: UploadFieldProps) {
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [dragging, setDragging] = useState(false);
  const dropZone = dropHint !== undefined;

  const dropHandlers = dropZone
    ? {
        onDragOver: (event: DragEvent<HTMLDivElement>) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
          setDragging(true);
        },
        onDragLeave: () => setDragging(false),
        onDrop: (event: DragEvent<HTMLDivElement>) => {
          event.preventDefault();
          setDragging(false);
          if (disabled) return;
          if (onFiles) onFiles([...event.dataTransfer.files]);
          else onFile(event.dataTransfer.files[0]);
        },
      }
    : {};

  return (
    <div
      className={['upload-field', className].filter(Boolean).join(' ')}
      data-drop-zone={dropZone || undefined}
      data-dragging={dragging || undefined}
      {...dropHandlers}
    >
      <label className="field" htmlFor={inputId}>
        {label}
      </label>
      <p id={hintId} className="upload-hint muted">
        {dragging && dropHint ? dropHint : hint}
      </p>
      <input
        ref={inputRef}
        id={inputId}
        data-field={field}
        type="file"
        accept={accept}
        multiple={onFiles ? true : undefined}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(' ')}
        onChange={(event) => (onFiles ? onFiles([...(event.currentTarget.files ?? [])]) : onFile(event.currentTarget.files?.[0]))}
      />
      {progress ? (
        <div className="upload-progress">
          <progress max={100} value={progress.percent} aria-label={progress.label} />
          {progress.text ? <span aria-hidden="true">{progress.text}</span> : null}
          {progress.onCancel && progress.cancelLabel ? (
            <button type="button" className="secondary" onClick={progress.onCancel}>
              {progress.cancelLabel}
            </button>
          ) : null}
        </div>
      ) : null}
      <div aria-live="polite">{status ? <p className="upload-status">{status}</p> : null}</div>
      {error ? (
        <p id={errorId} className={errorKind === 'alert' ? 'error' : 'field-error'} role={errorKind === 'alert' ? 'alert' : undefined}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
