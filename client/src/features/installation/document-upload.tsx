import { useEffect, useRef, useState } from 'react';
import { UploadField } from '../../components/upload-field.js';
import { translatedCode, UPLOAD_ACCEPT, UPLOAD_MAX_MB, uploadErrorCode, uploadFile, UploadFailure, type UploadErrorCode } from '../../lib/upload.js';
import { useUploadMessages } from './upload.messages.js';

/** The codes with their own text here; the others (MALFORMED, ALREADY_ATTACHED) read as UPLOAD_FAILED. */
const TRANSLATED = [
  'TOO_LARGE',
  'QUOTA_EXCEEDED',
  'UNSUPPORTED_TYPE',
  'NOT_UPLOADABLE',
  'TOO_MANY_FILES',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'NO_FILE',
  'NETWORK',
  'ABORTED',
  'UPLOAD_FAILED',
] as const satisfies readonly UploadErrorCode[];
type Code = (typeof TRANSLATED)[number];

/** One chosen file: waiting its turn, on its way (with its progress), sent, or refused and why. */
type FileState = { name: string } & ({ kind: 'waiting' } | { kind: 'uploading'; pct: number } | { kind: 'done' } | { kind: 'failed'; code: Code });

type Props = {
  url: string;
  label: string;
  onUploaded: () => void;
  /** How many files may still go (default 1): above 1 the field takes several, each with its own progress and outcome. */
  room?: number;
  /** The field's hint, when it is not the general one. */
  hint?: string;
};

/**
 * Uploads the chosen (or dropped) files at once to `url` (from `uploadUrls`), one after another,
 * each with a real progress bar, and a cancel button; then calls `onUploaded` (the screen refetches).
 * Files beyond `room` are not sent and say why.
 */
export function DocumentUpload({ url, label, onUploaded, room = 1, hint }: Props) {
  const m = useUploadMessages();
  const [files, setFiles] = useState<FileState[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const controller = useRef<AbortController | null>(null);
  const several = room > 1;

  useEffect(() => () => controller.current?.abort(), []);

  const update = (index: number, next: FileState) => setFiles((all) => all.map((file, i) => (i === index ? next : file)));

  async function start(chosen: File[]) {
    if (chosen.length === 0 || controller.current) return;
    const abort = new AbortController();
    controller.current = abort;
    setFiles(chosen.map((file, i): FileState => (i < room ? { name: file.name, kind: 'waiting' } : { name: file.name, kind: 'failed', code: 'TOO_MANY_FILES' })));
    let sent = 0;
    try {
      for (const [index, file] of chosen.slice(0, room).entries()) {
        update(index, { name: file.name, kind: 'uploading', pct: 0 });
        try {
          if (abort.signal.aborted) throw new UploadFailure('ABORTED');
          await uploadFile(url, file, {
            signal: abort.signal,
            onProgress: (fraction) => update(index, { name: file.name, kind: 'uploading', pct: Math.min(100, Math.round(fraction * 100)) }),
          });
          update(index, { name: file.name, kind: 'done' });
          sent++;
        } catch (error) {
          update(index, { name: file.name, kind: 'failed', code: translatedCode(uploadErrorCode(error), TRANSLATED, 'UPLOAD_FAILED') });
        }
      }
    } finally {
      controller.current = null;
      if (input.current) input.current.value = '';
    }
    if (sent > 0) onUploaded();
  }

  const uploading = files.find((file): file is FileState & { kind: 'uploading' } => file.kind === 'uploading');
  const errorOf = (file: FileState & { kind: 'failed' }) => m(`error.${file.code}`, { mb: UPLOAD_MAX_MB });
  const single = !several && files.length === 1 ? files[0]! : null;
  return (
    <>
      <UploadField
        label={label}
        hint={hint ?? m(several ? 'hintSeveral' : 'hint', { mb: UPLOAD_MAX_MB, count: room })}
        dropHint={m(several ? 'dropHereSeveral' : 'dropHere')}
        accept={UPLOAD_ACCEPT}
        disabled={uploading !== undefined}
        inputRef={input}
        onFile={(file) => void start(file ? [file] : [])}
        onFiles={several ? (chosen) => void start(chosen) : undefined}
        progress={
          uploading
            ? {
                percent: uploading.pct,
                label: m('progress', { name: uploading.name }),
                text: m('percent', { pct: uploading.pct }),
                cancelLabel: m('cancel'),
                onCancel: () => controller.current?.abort(),
              }
            : null
        }
        status={single?.kind === 'done' ? m('uploaded', { name: single.name }) : null}
        error={single?.kind === 'failed' ? errorOf(single) : null}
      />
      {several && files.length > 0 ? (
        <ul className="upload-outcomes" aria-label={m('outcomes')}>
          {files.map((file, i) => (
            <li key={i} data-outcome={file.kind}>
              {file.kind === 'failed' ? (
                <span className="error" role="alert">
                  {m('fileError', { name: file.name, error: errorOf(file) })}
                </span>
              ) : (
                <span aria-live="polite">
                  {file.kind === 'done' ? m('uploaded', { name: file.name }) : file.kind === 'waiting' ? m('waiting', { name: file.name }) : m('progress', { name: file.name })}
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
