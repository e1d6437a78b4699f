import { useEffect, useRef, useState } from 'react';
import { UploadField } from '../../components/upload-field.js';
import { translatedCode, UPLOAD_ACCEPT, UPLOAD_MAX_MB, uploadErrorCode, uploadFile, type UploadErrorCode } from '../../lib/upload.js';
import { useUploadMessages } from './upload.messages.js';

/** The codes with their own text here; the others (MALFORMED, ALREADY_ATTACHED) read as UPLOAD_FAILED. */
const TRANSLATED = [
  'TOO_LARGE',
  'QUOTA_EXCEEDED',
  'UNSUPPORTED_TYPE',
  'NOT_UPLOADABLE',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'NO_FILE',
  'NETWORK',
  'ABORTED',
  'UPLOAD_FAILED',
] as const satisfies readonly UploadErrorCode[];

type State =
  | { kind: 'idle' }
  | { kind: 'uploading'; name: string; pct: number }
  | { kind: 'done'; name: string }
  | { kind: 'failed'; code: (typeof TRANSLATED)[number] };

/**
 * Uploads the chosen (or dropped) file at once to `url` (from `uploadUrls`) with a real progress
 * bar and a cancel button, then calls `onUploaded` (the screen refetches).
 */
export function DocumentUpload({ url, label, onUploaded }: { url: string; label: string; onUploaded: () => void }) {
  const m = useUploadMessages();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  async function start(file: File | undefined) {
    if (!file || controller.current) return;
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
      setState({ kind: 'failed', code: translatedCode(uploadErrorCode(error), TRANSLATED, 'UPLOAD_FAILED') });
    } finally {
      controller.current = null;
      if (input.current) input.current.value = '';
    }
  }

  const uploading = state.kind === 'uploading';
  return (
    <UploadField
      label={label}
      hint={m('hint', { mb: UPLOAD_MAX_MB })}
      dropHint={m('dropHere')}
      accept={UPLOAD_ACCEPT}
      disabled={uploading}
      inputRef={input}
      onFile={(file) => void start(file)}
      progress={
        uploading
          ? {
              percent: state.pct,
              label: m('progress', { name: state.name }),
              text: m('percent', { pct: state.pct }),
              cancelLabel: m('cancel'),
              onCancel: () => controller.current?.abort(),
            }
          : null
      }
      status={state.kind === 'done' ? m('uploaded', { name: state.name }) : null}
      error={state.kind === 'failed' ? m(`error.${state.code}`, { mb: UPLOAD_MAX_MB }) : null}
    />
  );
}
