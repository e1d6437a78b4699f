import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { ErrorAlert, FormStatus } from '../../components/form-messages.js';
import { ReplyBodyField } from '../../components/incident-parts.js';
import { UploadField } from '../../components/upload-field.js';
import { asyncHandler } from '../../lib/async-handler.js';
import { apiProblem, errorMessageKey } from '../../lib/errors.js';
import { useI18n } from '../../lib/i18n.js';
import { UPLOAD_ACCEPT, UPLOAD_MAX_BYTES, UPLOAD_MAX_MB, uploadFile, uploadUrls } from '../../lib/upload.js';
import { REPLY_FILES_MAX, uploadFailureText } from './incident-uploads.js';
import { INCIDENT_REPLY } from './incidents.documents.js';
import { useMessages } from './incidents.messages.js';

const REPLY_MAX = 4000;

type Progress = { name: string; fraction: number };

/**
 * The customer's answer in the conversation: a message and up to REPLY_FILES_MAX files. The
 * message is sent first; each file then goes to that reply, and a file that fails is named with why.
 */
export function ReplyForm({ incidentId, onSent }: { incidentId: string; onSent: () => void }) {
  const m = useMessages();
  const { t } = useI18n();
  const ids = { heading: useId(), chosen: useId() };
  const fileInput = useRef<HTMLInputElement>(null);
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [bodyError, setBodyError] = useState<string | null>(null);
  const [filesError, setFilesError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [failedFiles, setFailedFiles] = useState<string[]>([]);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [reply] = useMutation(INCIDENT_REPLY);

  function addFile(file: File | undefined) {
    if (fileInput.current) fileInput.current.value = '';
    if (!file) return;
    setSent(false);
    if (files.length >= REPLY_FILES_MAX) return setFilesError(m('reply.tooMany', { max: REPLY_FILES_MAX }));
    if (file.size > UPLOAD_MAX_BYTES) return setFilesError(m('reply.fileTooLarge', { name: file.name, mb: UPLOAD_MAX_MB }));
    setFilesError(null);
    setFiles((chosen) => [...chosen, file]);
  }

  async function uploadAll(replyId: string): Promise<string[]> {
    const failed: string[] = [];
    for (const file of files) {
      setProgress({ name: file.name, fraction: 0 });
      try {
        await uploadFile(uploadUrls.incidentReplyAttachment(replyId), file, { onProgress: (fraction) => setProgress({ name: file.name, fraction }) });
      } catch (error) {
        failed.push(m('reply.fileFailed', { name: file.name, reason: uploadFailureText(error, m) }));
      }
    }
    setProgress(null);
    return failed;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSent(false);
    setFailure(null);
    setFailedFiles([]);
    const text = body.trim();
    if (!text) return setBodyError(m('reply.empty'));
    if ([...text].length > REPLY_MAX) return setBodyError(m('reply.tooLong', { max: REPLY_MAX }));
    setBodyError(null);
    setBusy(true);
    try {
      const result = await reply({ variables: { id: incidentId, body: text } });
      const own = result.data?.replyToMyIncident.replies.filter((entry) => !entry.fromStaff).at(-1);
      const failed = own && files.length > 0 ? await uploadAll(own.id) : [];
      setBody('');
      setFiles([]);
      setFailedFiles(failed);
      setSent(true);
      // The thread shows the new message with the files that made it.
      onSent();
    } catch (error) {
      const problem = apiProblem(error);
      if (problem.argument === 'body') setBodyError(problem.reason === 'TOO_LONG' ? m('reply.tooLong', { max: REPLY_MAX }) : m('reply.empty'));
      else setFailure(t(errorMessageKey(error)));
    } finally {
      setBusy(false);
    }
  }

  const uploading = progress ? m('reply.uploading', { name: progress.name, percent: Math.round(progress.fraction * 100) }) : null;

  return (
    <section className="card" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{m('reply.heading')}</h2>
      <form className="incident-form" onSubmit={asyncHandler(submit)} noValidate>
        <ReplyBodyField label={m('reply.body')} value={body} onChange={setBody} error={bodyError} maxLength={REPLY_MAX + 200} />
        <UploadField
          className="field"
          label={m('reply.files')}
          hint={m('reply.filesHint', { max: REPLY_FILES_MAX, mb: UPLOAD_MAX_MB })}
          accept={UPLOAD_ACCEPT}
          disabled={busy}
          inputRef={fileInput}
          onFile={addFile}
          progress={progress && uploading ? { percent: Math.round(progress.fraction * 100), label: uploading, text: uploading } : null}
          status={uploading}
          error={filesError}
        />
        {files.length > 0 ? (
          <div>
            <p id={ids.chosen} className="muted">
              {m('reply.chosen')}
            </p>
            <ul className="incident-reply-files" aria-labelledby={ids.chosen}>
              {files.map((file, index) => (
                <li key={`${file.name}-${index}`}>
                  <span>{file.name}</span>
                  <button
                    type="button"
                    className="secondary"
                    disabled={busy}
                    aria-label={m('reply.removeLabel', { name: file.name })}
                    onClick={() => setFiles((chosen) => chosen.filter((_, at) => at !== index))}
                  >
                    {m('reply.remove')}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <ErrorAlert message={failure} />
        {failedFiles.length > 0 ? (
          <div role="alert" className="error">
            <p>{m('reply.someFilesFailed')}</p>
            <ul>
              {failedFiles.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="incident-actions">
          <button type="submit" disabled={busy}>
            {busy ? m('reply.sending') : m('reply.send')}
          </button>
        </div>
        <FormStatus>{sent ? m('reply.sent') : null}</FormStatus>
      </form>
    </section>
  );
}
