import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Badge, type Tone } from '../../components/badge.js';
import { FileLink } from '../../components/file-link.js';
import { ErrorAlert } from '../../components/form-messages.js';
import { TitledSection } from '../../components/titled-section.js';
import { UploadField } from '../../components/upload-field.js';
import { errorMessageKey } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { useI18n } from '../../lib/i18n.js';
import { ADMIN_CANCEL_DOCUMENT, ADMIN_REQUEST_DOCUMENT, ADMIN_REVIEW_DOCUMENT } from './admin-installations.documents.js';
import { useMessages } from './admin-installations.messages.js';
import { adminUploadUrls, badInputOf } from './admin-upload.js';
import type { AdminInstallation } from './installation-detail.js';
import { ReasonForm, useReasonField } from './reason-form.js';
import { useFieldMessage } from './use-error-messages.js';
import { usePdfUpload } from './use-pdf-upload.js';
import { asyncHandler } from '../../lib/async-handler.js';

type Request = AdminInstallation['documentRequests'][number];

const STATUS_TONE: Record<Request['status'], Tone> = { PENDING: 'neutral', UPLOADED: 'warn', ACCEPTED: 'ok', REJECTED: 'bad' };

/** Document requests (ask, review uploads) and the documents the customer must sign. */
export function DocumentsPanel({ installation, onChanged }: { installation: AdminInstallation; onChanged: () => void }) {
  const m = useMessages();
  return (
    <>
      <TitledSection title={m('requestsTitle')}>
        {installation.documentRequests.length === 0 ? (
          <p className="muted">{m('requestsEmpty')}</p>
        ) : (
          <ul className="admin-cards">
            {installation.documentRequests.map((request) => (
              <RequestCard key={request.id} request={request} onChanged={onChanged} />
            ))}
          </ul>
        )}
        <RequestForm installationId={installation.id} onChanged={onChanged} />
      </TitledSection>
      <SigningSection installation={installation} onChanged={onChanged} />
    </>
  );
}

function RequestCard({ request, onChanged }: { request: Request; onChanged: () => void }) {
  const m = useMessages();
  const f = useFormat();
  const { t } = useI18n();
  const [review, reviewState] = useMutation(ADMIN_REVIEW_DOCUMENT);
  const [cancel, cancelState] = useMutation(ADMIN_CANCEL_DOCUMENT);
  const [rejecting, setRejecting] = useState(false);
  const reasonField = useReasonField();
  const [error, setError] = useState<string | null>(null);
  const statusLabel = { PENDING: m('statusPending'), UPLOADED: m('statusUploaded'), ACCEPTED: m('statusAccepted'), REJECTED: m('statusRejected') };
  const busy = reviewState.loading || cancelState.loading;

  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setError(null);
      onChanged();
      return true;
    } catch (failure) {
      const bad = badInputOf(failure);
      if (bad?.field === 'reason') reasonField.setError(m('reasonRequired'));
      else setError(t(errorMessageKey(failure)));
      return false;
    }
  };

  return (
    <li className="card admin-card" aria-label={request.name}>
      <div className="admin-card-title">
        <h3>{request.name}</h3>
        <Badge tone={STATUS_TONE[request.status]}>{statusLabel[request.status]}</Badge>
      </div>
      {request.description ? <p className="pre-line">{request.description}</p> : null}
      {request.maxFiles > 1 ? (
        <p className="muted">
          {request.minFiles === request.maxFiles ? m('filesExactly', { count: request.minFiles }) : m('filesRange', { min: request.minFiles, max: request.maxFiles })}
        </p>
      ) : null}
      {request.status === 'REJECTED' && request.rejectionReason ? <p className="error">{m('rejectedBecause', { reason: request.rejectionReason })}</p> : null}
      {request.files.length === 0 ? (
        <p className="muted">{m('noFilesYet')}</p>
      ) : (
        <ul className="request-files" aria-label={m('filesLabel', { name: request.name })}>
          {request.files.map((file) => (
            <li key={file.id}>
              <FileLink documentId={file.document.id} fileName={file.document.fileName}>
                {m('openFile', { file: file.document.fileName })}
              </FileLink>{' '}
              <span className="muted">{f.dateTime(file.updatedAt)}</span> <Badge tone={STATUS_TONE[file.status]}>{statusLabel[file.status]}</Badge>
            </li>
          ))}
        </ul>
      )}
      <div className="admin-actions">
        {request.status === 'UPLOADED' ? (
          <>
            <button type="button" disabled={busy} onClick={() => void run(() => review({ variables: { id: request.id, accepted: true } }))}>
              {m('accept')}
            </button>
            <button type="button" className="secondary" disabled={busy} aria-expanded={rejecting} onClick={() => setRejecting(!rejecting)}>
              {m('reject')}
            </button>
          </>
        ) : null}
        {request.status !== 'ACCEPTED' ? (
          <button
            type="button"
            className="link"
            disabled={busy}
            onClick={() => {
              if (window.confirm(m('cancelConfirm', { name: request.name }))) void run(() => cancel({ variables: { id: request.id } }));
            }}
          >
            {m('cancelRequest')}
          </button>
        ) : null}
      </div>
      {rejecting && request.status === 'UPLOADED' ? (
        <ReasonForm
          label={m('rejectReason')}
          submitLabel={m('rejectSubmit')}
          busy={busy}
          field={reasonField}
          onSubmit={async (text) => {
            if (await run(() => review({ variables: { id: request.id, accepted: false, reason: text } }))) {
              setRejecting(false);
              reasonField.setReason('');
            }
          }}
        />
      ) : null}
      <ErrorAlert message={error} />
    </li>
  );
}

function RequestForm({ installationId, onChanged }: { installationId: string; onChanged: () => void }) {
  const m = useMessages();
  const { t } = useI18n();
  const fieldMessage = useFieldMessage();
  const nameId = useId();
  const nameErrorId = useId();
  const descriptionId = useId();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [minFiles, setMinFiles] = useState('1');
  const [maxFiles, setMaxFiles] = useState('1');
  const minId = useId();
  const maxId = useId();
  const rangeErrorId = useId();
  const [fieldError, setFieldError] = useState<{ field: string; message: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [request, state] = useMutation(ADMIN_REQUEST_DOCUMENT);
  return (
    <form
      className="admin-form"
      aria-label={m('requestFormTitle')}
      onSubmit={asyncHandler(async (event) => {
        event.preventDefault();
        setDone(null);
        if (!name.trim()) return setFieldError({ field: 'name', message: m('required') });
        const [min, max] = [Number(minFiles), Number(maxFiles)];
        if (![min, max].every((value) => Number.isInteger(value) && value >= 1 && value <= 10) || max < min) {
          return setFieldError({ field: 'files', message: m('fileRangeInvalid') });
        }
        try {
          await request({ variables: { installationId, name: name.trim(), description: description.trim() || null, minFiles: min, maxFiles: max } });
          setFieldError(null);
          setError(null);
          setDone(m('requested', { name: name.trim() }));
          setName('');
          setDescription('');
          setMinFiles('1');
          setMaxFiles('1');
          onChanged();
        } catch (failure) {
          const bad = badInputOf(failure);
          if (bad && (bad.field === 'name' || bad.field === 'description')) setFieldError({ field: bad.field, message: fieldMessage(bad.reason) });
          else if (bad && (bad.field === 'minFiles' || bad.field === 'maxFiles')) setFieldError({ field: 'files', message: m('fileRangeInvalid') });
          else setError(t(errorMessageKey(failure)));
        }
      })}
    >
      <h3>{m('requestFormTitle')}</h3>
      <div className="field">
        <label htmlFor={nameId}>{m('requestName')}</label>
        <input
          id={nameId}
          value={name}
          maxLength={120}
          aria-invalid={fieldError?.field === 'name' ? true : undefined}
          aria-describedby={fieldError?.field === 'name' ? nameErrorId : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        {fieldError?.field === 'name' ? (
          <p id={nameErrorId} className="error">
            {fieldError.message}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={descriptionId}>{m('requestDescription')}</label>
        <textarea id={descriptionId} rows={2} value={description} onChange={(event) => setDescription(event.target.value)} />
        {fieldError?.field === 'description' ? <p className="error">{fieldError.message}</p> : null}
      </div>
      <div className="admin-form-grid">
        {[
          { id: minId, label: m('requestMinFiles'), value: minFiles, set: setMinFiles },
          { id: maxId, label: m('requestMaxFiles'), value: maxFiles, set: setMaxFiles },
        ].map((input) => (
          <div key={input.id} className="field">
            <label htmlFor={input.id}>{input.label}</label>
            <input
              id={input.id}
              type="number"
              inputMode="numeric"
              min={1}
              max={10}
              value={input.value}
              aria-invalid={fieldError?.field === 'files' ? true : undefined}
              aria-describedby={fieldError?.field === 'files' ? rangeErrorId : undefined}
              onChange={(event) => input.set(event.target.value)}
            />
          </div>
        ))}
      </div>
      {fieldError?.field === 'files' ? (
        <p id={rangeErrorId} className="error">
          {fieldError.message}
        </p>
      ) : null}
      <ErrorAlert message={error} />
      <div aria-live="polite">{done ? <p className="upload-status">{done}</p> : null}</div>
      <button type="submit" disabled={state.loading}>
        {m('requestSubmit')}
      </button>
    </form>
  );
}

function SigningSection({ installation, onChanged }: { installation: AdminInstallation; onChanged: () => void }) {
  const m = useMessages();
  const f = useFormat();
  const fieldMessage = useFieldMessage();
  const upload = usePdfUpload();
  const titleId = useId();
  const titleErrorId = useId();
  const [title, setTitle] = useState('');
  const [titleError, setTitleError] = useState<string | null>(null);
  return (
    <TitledSection title={m('signingTitle')}>
      {installation.signingDocuments.length === 0 ? (
        <p className="muted">{m('signingEmpty')}</p>
      ) : (
        <ul className="admin-cards">
          {installation.signingDocuments.map((signing) => (
            <li key={signing.id} className="card admin-card">
              <div className="admin-card-title">
                <h3>{signing.title}</h3>
                <Badge tone={signing.signedAt ? 'ok' : 'neutral'}>{signing.signedAt ? m('signedOn', { date: f.dateTime(signing.signedAt) }) : m('notSigned')}</Badge>
              </div>
              <p className="admin-actions">
                <FileLink documentId={signing.document.id} fileName={signing.document.fileName}>
                  {m('openFile', { file: signing.document.fileName })}
                </FileLink>
                {signing.signedCopy ? (
                  <FileLink documentId={signing.signedCopy.id} fileName={signing.signedCopy.fileName}>
                    {m('openSigned', { title: signing.title })}
                  </FileLink>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
      <form
        key={upload.formKey}
        className="admin-form"
        aria-label={m('signingFormTitle')}
        onSubmit={asyncHandler(async (event) => {
          event.preventDefault();
          upload.clearDone();
          const missingTitle = !title.trim();
          setTitleError(missingTitle ? m('required') : null);
          const file = upload.requireFile();
          if (missingTitle || !file) return;
          try {
            const fields = { title: title.trim() };
            await upload.send(adminUploadUrls.signingDocument(installation.id), file, fields, m('signingUploaded', { title: fields.title }));
            setTitle('');
            onChanged();
          } catch (failure) {
            const bad = badInputOf(failure);
            if (bad?.field === 'title') setTitleError(fieldMessage(bad.reason));
            else upload.showFailure(failure);
          }
        })}
      >
        <h3>{m('signingFormTitle')}</h3>
        <div className="field">
          <label htmlFor={titleId}>{m('documentTitle')}</label>
          <input
            id={titleId}
            value={title}
            maxLength={200}
            aria-invalid={titleError ? true : undefined}
            aria-describedby={titleError ? titleErrorId : undefined}
            onChange={(event) => setTitle(event.target.value)}
          />
          {titleError ? (
            <p id={titleErrorId} className="error">
              {titleError}
            </p>
          ) : null}
        </div>
        <UploadField {...upload.fieldProps(m('pdfFile'))} />
        <button type="submit" disabled={upload.busy}>
          {m('signingSubmit')}
        </button>
      </form>
    </TitledSection>
  );
}
