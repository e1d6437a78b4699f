import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { defineMessages } from '../../lib/i18n.js';
import { UPLOAD_ACCEPT, UPLOAD_MAX_MB, UploadFailure, uploadFile, type UploadFailureCode } from './upload.js';

const useUploadMessages = defineMessages({
  es: {
    hint: 'Arrastra el archivo aquí o elígelo. PDF, JPEG, PNG o HEIC, hasta {mb} MB.',
    dropHere: 'Suelta el archivo para subirlo',
    progress: 'Subiendo {name}',
    percent: '{pct} %',
    uploaded: '«{name}» subido correctamente.',
    cancel: 'Cancelar la subida',
    'error.TOO_LARGE': 'El archivo es demasiado grande: el límite es {mb} MB.',
    'error.UNSUPPORTED_TYPE': 'Ese tipo de archivo no se admite. Sube un PDF, JPEG, PNG o HEIC.',
    'error.NOT_UPLOADABLE': 'Este documento ya no admite subidas. Recarga la página para ver su estado.',
    'error.NOT_FOUND': 'No encontramos este documento. Recarga la página.',
    'error.UNAUTHENTICATED': 'Tu sesión ha caducado. Vuelve a entrar para subir el archivo.',
    'error.NO_FILE': 'El archivo está vacío.',
    'error.NETWORK': 'No se pudo subir el archivo: revisa tu conexión e inténtalo de nuevo.',
    'error.ABORTED': 'Subida cancelada.',
    'error.UNKNOWN': 'No se pudo guardar el archivo. Inténtalo de nuevo más tarde.',
  },
  en: {
    hint: 'Drag the file here or choose it. PDF, JPEG, PNG or HEIC, up to {mb} MB.',
    dropHere: 'Drop the file to upload it',
    progress: 'Uploading {name}',
    percent: '{pct}%',
    uploaded: '“{name}” uploaded.',
    cancel: 'Cancel the upload',
    'error.TOO_LARGE': 'The file is too large: the limit is {mb} MB.',
    'error.UNSUPPORTED_TYPE': 'That file type is not accepted. Upload a PDF, JPEG, PNG or HEIC file.',
    'error.NOT_UPLOADABLE': 'This document no longer accepts uploads. Reload the page to see its status.',
    'error.NOT_FOUND': 'We could not find this document. Reload the page.',
    'error.UNAUTHENTICATED': 'Your session has expired. Sign in again to upload the file.',
    'error.NO_FILE': 'The file is empty.',
    'error.NETWORK': 'The file could not be uploaded: check your connection and try again.',
    'error.ABORTED': 'Upload cancelled.',
    'error.UNKNOWN': 'The file could not be stored. Please try again later.',
  },
});

type State =
  | { kind: 'idle' }
  | { kind: 'uploading'; name: string; pct: number }
  | { kind: 'done'; name: string }
  | { kind: 'failed'; code: UploadFailureCode };

/**
 * A drop zone around a real file input (keyboard: Tab to it, Enter/Space to choose): uploads the
 * file at once to `url` with a real progress bar, then calls `onUploaded` (the screen refetches).
 */
export function UploadField({ url, label, onUploaded }: { url: string; label: string; onUploaded: () => void }) {
  const m = useUploadMessages();
  const inputId = useId();
  const hintId = useId();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  async function start(file: File | undefined) {
    if (!file || state.kind === 'uploading') return;
    const abort = new AbortController();
    controller.current = abort;
    setState({ kind: 'uploading', name: file.name, pct: 0 });
    try {
      await uploadFile(url, file, {
        signal: abort.signal,
        onProgress: (fraction) => setState({ kind: 'uploading', name: file.name, pct: Math.min(100, Math.round(fraction * 100)) }),
      });
      if (abort.signal.aborted) return;
      setState({ kind: 'done', name: file.name });
      onUploaded();
    } catch (error) {
      setState({ kind: 'failed', code: error instanceof UploadFailure ? error.code : 'UNKNOWN' });
    } finally {
      controller.current = null;
      if (input.current) input.current.value = '';
    }
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    void start(event.dataTransfer.files[0]);
  }

  const uploading = state.kind === 'uploading';
  return (
    <div
      className="upload-field"
      data-dragging={dragging || undefined}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = uploading ? 'none' : 'copy';
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      style={{
        display: 'grid',
        gap: '0.5rem',
        padding: '1rem',
        border: `2px dashed ${dragging ? 'var(--accent)' : '#b8c2cc'}`,
        borderRadius: 'var(--radius)',
        background: dragging ? 'var(--accent-soft)' : '#fafbfc',
      }}
    >
      <label className="field" htmlFor={inputId}>
        {label}
      </label>
      <p id={hintId} className="muted" style={{ margin: 0 }}>
        {dragging ? m('dropHere') : m('hint', { mb: UPLOAD_MAX_MB })}
      </p>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept={UPLOAD_ACCEPT}
        aria-describedby={hintId}
        disabled={uploading}
        onChange={(event) => void start(event.currentTarget.files?.[0])}
      />
      {state.kind === 'uploading' ? (
        <div style={{ display: 'flex', gap: '0.75rem', alignItems: 'center', flexWrap: 'wrap' }}>
          <progress max={100} value={state.pct} aria-label={m('progress', { name: state.name })} style={{ flex: '1 1 12rem' }} />
          <span aria-hidden="true">{m('percent', { pct: state.pct })}</span>
          <button type="button" className="secondary" onClick={() => controller.current?.abort()}>
            {m('cancel')}
          </button>
        </div>
      ) : null}
      <div aria-live="polite">
        {state.kind === 'done' ? <p style={{ margin: 0 }}>{m('uploaded', { name: state.name })}</p> : null}
      </div>
      {state.kind === 'failed' ? (
        <p className="error" role="alert">
          {m(`error.${state.code}`, { mb: UPLOAD_MAX_MB })}
        </p>
      ) : null}
    </div>
  );
}
