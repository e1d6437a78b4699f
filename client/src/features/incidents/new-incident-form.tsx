import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  translatedCode,
  UPLOAD_ACCEPT,
  UPLOAD_MAX_BYTES,
  UPLOAD_MAX_MB,
  uploadErrorCode,
  uploadFile,
  uploadUrls,
  type UploadErrorCode,
} from '../../lib/upload.js';
import { ErrorAlert } from '../../components/form-messages.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryResult } from '../../components/query-result.js';
import { EmptyState } from '../../components/states.js';
import { UploadField } from '../../components/upload-field.js';
import { apiProblem, errorMessageKey } from '../../lib/errors.js';
import { useI18n } from '../../lib/i18n.js';
import { INCIDENT_CREATE, INCIDENT_FORM_OPTIONS, INCIDENTS_LIST } from './incidents.documents.js';
import { useMessages } from './incidents.messages.js';
import { asyncHandler } from '../../lib/async-handler.js';

const MIN = 10;
const MAX = 4000;

/** The attachment's failures with their own text; the others read as UPLOAD_FAILED. */
const UPLOAD_TEXTS = ['TOO_LARGE', 'QUOTA_EXCEEDED', 'UNSUPPORTED_TYPE', 'ALREADY_ATTACHED', 'NETWORK', 'UPLOAD_FAILED'] as const satisfies readonly UploadErrorCode[];

type Field = 'type' | 'installation' | 'description' | 'attachment';
type Problems = Partial<Record<Field, string>>;


export function NewIncidentForm() {
  const m = useMessages();
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const query = useQuery(INCIDENT_FORM_OPTIONS, { errorPolicy: 'all' });
  const [create] = useMutation(INCIDENT_CREATE, { refetchQueries: [INCIDENTS_LIST] });
  const [typeId, setTypeId] = useState('');
  const [installationId, setInstallationId] = useState('');
  const [description, setDescription] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<Problems>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const ids = { type: useId(), installation: useId(), description: useId(), counter: useId() };
  const refs = {
    type: useRef<HTMLSelectElement>(null),
    installation: useRef<HTMLSelectElement>(null),
    description: useRef<HTMLTextAreaElement>(null),
    attachment: useRef<HTMLInputElement>(null),
  };
  const length = [...description.trim()].length;

  function show(found: Problems) {
    setProblems(found);
    const first = (['type', 'installation', 'description', 'attachment'] as Field[]).find((field) => found[field]);
    if (first) refs[first].current?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setGeneral(null);
    const found: Problems = {};
    if (!typeId) found.type = m('error.typeRequired');
    if (length < MIN) found.description = m('error.descriptionShort', { min: MIN });
    else if (length > MAX) found.description = m('error.descriptionLong', { max: MAX });
    if (file && file.size > UPLOAD_MAX_BYTES) found.attachment = m('upload.TOO_LARGE', { mb: UPLOAD_MAX_MB });
    if (Object.keys(found).length > 0) return show(found);
    setProblems({});
    setBusy(true);
    let incidentId: string;
    try {
      const result = await create({
        variables: { input: { typeId, description, installationId: installationId || null } },
      });
      incidentId = result.data!.createIncident.id;
    } catch (error) {
      setBusy(false);
      const { argument, reason } = apiProblem(error);
      if (argument === 'input.description') {
        return show({ description: reason === 'TOO_LONG' ? m('error.descriptionLong', { max: MAX }) : m('error.descriptionShort', { min: MIN }) });
      }
      if (argument === 'input.typeId') return show({ type: m('error.typeRequired') });
      if (argument === 'input.installationId') return show({ installation: m('error.installation') });
      setGeneral(t(errorMessageKey(error)));
      return;
    }
    let uploadFailed: string | undefined;
    if (file) {
      setProgress(0);
      try {
        await uploadFile(uploadUrls.incidentAttachment(incidentId), file, { onProgress: setProgress });
      } catch (error) {
        const code = translatedCode(uploadErrorCode(error), UPLOAD_TEXTS, 'UPLOAD_FAILED');
        uploadFailed = m(`upload.${code}`, { mb: UPLOAD_MAX_MB });
      }
    }
    void navigate(`../${incidentId}`, { relative: 'path', state: uploadFailed ? { uploadFailed } : null });
  }

  const uploadingText = (fraction: number) => m('form.uploading', { percent: Math.round(fraction * 100) });
  const describedBy = (field: Exclude<Field, 'attachment'>, ...more: string[]) =>
    [...more, problems[field] ? `${ids[field]}-error` : null].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: Exclude<Field, 'attachment'>) =>
    problems[field] ? (
      <p id={`${ids[field]}-error`} className="field-error">
        {problems[field]}
      </p>
    ) : null;

  return (
    <>
      <PageHeader title={m('form.title')} subtitle={m('form.intro')} />
      <QueryResult
        result={query.data?.incidentTypes}
        query={query}
        isEmpty={(types) => types.length === 0}
        empty={<EmptyState title={m('form.noTypes')} />}
      >
        {(types) => {
          const installations = query.data?.installations ?? [];
          return (
            <form className="incident-form" onSubmit={asyncHandler(submit)} noValidate>
              <div className="field">
                <label htmlFor={ids.type}>{m('form.type')}</label>
                <select
                  id={ids.type}
                  ref={refs.type}
                  required
                  value={typeId}
                  aria-invalid={problems.type ? true : undefined}
                  aria-describedby={describedBy('type')}
                  onChange={(event) => setTypeId(event.target.value)}
                >
                  <option value="">{m('form.typePlaceholder')}</option>
                  {types.map((type) => (
                    <option key={type.id} value={type.id}>
                      {type.name[language]}
                    </option>
                  ))}
                </select>
                {fieldError('type')}
              </div>
              {installations.length > 0 ? (
                <div className="field">
                  <label htmlFor={ids.installation}>{m('form.installation')}</label>
                  <select
                    id={ids.installation}
                    ref={refs.installation}
                    value={installationId}
                    aria-invalid={problems.installation ? true : undefined}
                    aria-describedby={describedBy('installation')}
                    onChange={(event) => setInstallationId(event.target.value)}
                  >
                    <option value="">{m('form.noInstallation')}</option>
                    {installations.map((installation) => (
                      <option key={installation.id} value={installation.id}>
                        {installation.code} · {installation.address}
                      </option>
                    ))}
                  </select>
                  {fieldError('installation')}
                </div>
              ) : null}
              <div className="field">
                <label htmlFor={ids.description}>{m('form.description')}</label>
                <textarea
                  id={ids.description}
                  ref={refs.description}
                  required
                  maxLength={MAX + 200}
                  value={description}
                  aria-invalid={problems.description ? true : undefined}
                  aria-describedby={describedBy('description', ids.counter)}
                  onChange={(event) => setDescription(event.target.value)}
                />
                <span id={ids.counter} className="incident-counter muted">
                  {m('form.counter', { n: length, max: MAX })}
                </span>
                {fieldError('description')}
              </div>
              <UploadField
                className="field"
                label={m('form.attachment')}
                hint={m('form.attachmentHint', { mb: UPLOAD_MAX_MB })}
                accept={UPLOAD_ACCEPT}
                inputRef={refs.attachment}
                onFile={(chosen) => setFile(chosen ?? null)}
                progress={progress !== null ? { percent: Math.round(progress * 100), label: uploadingText(progress) } : null}
                status={progress !== null ? uploadingText(progress) : null}
                error={problems.attachment}
                errorKind="field"
              />
              <ErrorAlert message={general} />
              <div className="incident-actions">
                <button type="submit" disabled={busy}>
                  {busy ? m('form.sending') : m('form.submit')}
                </button>
                <Link to="..">{m('form.cancel')}</Link>
              </div>
            </form>
          );
        }}
      </QueryResult>
    </>
  );
}
