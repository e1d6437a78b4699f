import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
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
import { TextField } from '../../components/text-field.js';
import { CardTitle, RecordCards } from './record-cards.js';
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
        <RecordCards records={installation.documentRequests} empty={m('requestsEmpty')}>
          {(request) => <RequestCard key={request.id} request={request} onChanged={onChanged} />}
        </RecordCards>
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
      <CardTitle title={request.name} tone={STATUS_TONE[request.status]} status={statusLabel[request.status]} />
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

type RequestField = 'name' | 'nameEn' | 'description' | 'descriptionEn' | 'minFiles' | 'maxFiles';
type RequestValues = Record<RequestField, string>;
const EMPTY_REQUEST: RequestValues = { name: '', nameEn: '', description: '', descriptionEn: '', minFiles: '1', maxFiles: '1' };
const REQUEST_FIELDS: readonly RequestField[] = ['name', 'nameEn', 'description', 'descriptionEn', 'minFiles', 'maxFiles'];

function RequestForm({ installationId, onChanged }: { installationId: string; onChanged: () => void }) {
  const m = useMessages();
  const { t } = useI18n();
  const fieldMessage = useFieldMessage();
  const [values, setValues] = useState<RequestValues>(EMPTY_REQUEST);
  const [fieldError, setFieldError] = useState<{ field: RequestField; message: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [request, state] = useMutation(ADMIN_REQUEST_DOCUMENT);
  const field = (name: RequestField) => ({
    value: values[name],
    error: fieldError?.field === name ? fieldError.message : null,
    onChange: (value: string) => setValues((current) => ({ ...current, [name]: value })),
  });
  return (
    <form
      className="admin-form"
      aria-label={m('requestFormTitle')}
      onSubmit={asyncHandler(async (event) => {
        event.preventDefault();
        setDone(null);
        const name = values.name.trim();
        if (!name) return setFieldError({ field: 'name', message: m('required') });
        const [minFiles, maxFiles] = [Number(values.minFiles), Number(values.maxFiles)];
        if (![minFiles, maxFiles].every((value) => Number.isInteger(value) && value >= 1 && value <= 10) || maxFiles < minFiles) {
          return setFieldError({ field: 'maxFiles', message: m('fileRangeInvalid') });
        }
        const optional = (value: string) => value.trim() || null;
        try {
          await request({
            variables: {
              installationId,
              name,
              description: optional(values.description),
              nameEn: optional(values.nameEn),
              descriptionEn: optional(values.descriptionEn),
              minFiles,
              maxFiles,
            },
          });
          setFieldError(null);
          setError(null);
          setDone(m('requested', { name }));
          setValues(EMPTY_REQUEST);
          onChanged();
        } catch (failure) {
          const bad = badInputOf(failure);
          const known = REQUEST_FIELDS.find((name) => name === bad?.field);
          if (bad && known) setFieldError({ field: known, message: known === 'minFiles' || known === 'maxFiles' ? m('fileRangeInvalid') : fieldMessage(bad.reason) });
          else setError(t(errorMessageKey(failure)));
        }
      })}
    >
      <h3>{m('requestFormTitle')}</h3>
      <TextField label={m('requestName')} maxLength={120} {...field('name')} />
      <TextField label={m('requestNameEn')} hint={m('englishHint')} maxLength={120} {...field('nameEn')} />
      <TextField label={m('requestDescription')} multiline {...field('description')} />
      <TextField label={m('requestDescriptionEn')} hint={m('englishHint')} multiline {...field('descriptionEn')} />
      <div className="admin-form-grid">
        <TextField label={m('requestMinFiles')} fileCount {...field('minFiles')} />
        <TextField label={m('requestMaxFiles')} fileCount {...field('maxFiles')} />
      </div>
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
  const [title, setTitle] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [fieldError, setFieldError] = useState<{ field: 'title' | 'titleEn'; message: string } | null>(null);
  const errorOf = (field: 'title' | 'titleEn') => (fieldError?.field === field ? fieldError.message : null);
  return (
    <TitledSection title={m('signingTitle')}>
      <RecordCards records={installation.signingDocuments} empty={m('signingEmpty')}>
        {(signing) => (
          <li key={signing.id} className="card admin-card">
            <CardTitle
              title={signing.title}
              tone={signing.signedAt ? 'ok' : 'neutral'}
              status={signing.signedAt ? m('signedOn', { date: f.dateTime(signing.signedAt) }) : m('notSigned')}
            />
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
        )}
      </RecordCards>
      <form
        key={upload.formKey}
        className="admin-form"
        aria-label={m('signingFormTitle')}
        onSubmit={asyncHandler(async (event) => {
          event.preventDefault();
          upload.clearDone();
          const missingTitle = !title.trim();
          setFieldError(missingTitle ? { field: 'title', message: m('required') } : null);
          const file = upload.requireFile();
          if (missingTitle || !file) return;
          try {
            const fields = { title: title.trim(), titleEn: titleEn.trim() };
            await upload.send(adminUploadUrls.signingDocument(installation.id), file, fields, m('signingUploaded', { title: fields.title }));
            setTitle('');
            setTitleEn('');
            onChanged();
          } catch (failure) {
            const bad = badInputOf(failure);
            if (bad?.field === 'title' || bad?.field === 'titleEn') setFieldError({ field: bad.field, message: fieldMessage(bad.reason) });
            else upload.showFailure(failure);
          }
        })}
      >
        <h3>{m('signingFormTitle')}</h3>
        <TextField label={m('documentTitle')} maxLength={200} value={title} error={errorOf('title')} onChange={setTitle} />
        <TextField label={m('documentTitleEn')} hint={m('englishHint')} maxLength={200} value={titleEn} error={errorOf('titleEn')} onChange={setTitleEn} />
        <UploadField {...upload.fieldProps(m('pdfFile'))} />
        <button type="submit" disabled={upload.busy}>
          {m('signingSubmit')}
        </button>
      </form>
    </TitledSection>
  );
}
