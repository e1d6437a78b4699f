import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { UPLOAD_ACCEPT, UPLOAD_MAX_BYTES, UPLOAD_MAX_MB, uploadFile, uploadUrls } from '../../lib/upload.js';
import { ErrorAlert, FieldError } from '../../components/form-messages.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryResult } from '../../components/query-result.js';
import { EmptyState } from '../../components/states.js';
import { UploadField } from '../../components/upload-field.js';
import { apiProblem, errorMessageKey } from '../../lib/errors.js';
import { useI18n } from '../../lib/i18n.js';
import { asyncHandler } from '../../lib/async-handler.js';
import { useForm, type FormFields } from '../../lib/use-form.js';
import { INCIDENT_CREATE, INCIDENT_FORM_OPTIONS, INCIDENTS_LIST } from './incidents.documents.js';
import { uploadFailureText } from './incident-uploads.js';
import { useMessages } from './incidents.messages.js';

const MIN = 10;
const MAX = 4000;

type Values = { typeId: string; installationId: string; description: string; file: File | null };
type Problems = Partial<Record<'type' | 'installation' | 'description' | 'attachment', string>>;
type Messages = ReturnType<typeof useMessages>;

/** Problems found before sending: a type, a description of the right length, a file within the limit. */
function incidentProblems(values: Values, m: Messages): Problems {
  const length = [...values.description.trim()].length;
  const found: Problems = {};
  if (!values.typeId) found.type = m('error.typeRequired');
  if (length < MIN) found.description = m('error.descriptionShort', { min: MIN });
  else if (length > MAX) found.description = m('error.descriptionLong', { max: MAX });
  if (values.file && values.file.size > UPLOAD_MAX_BYTES) found.attachment = m('upload.TOO_LARGE', { mb: UPLOAD_MAX_MB });
  return found;
}

/** The API's refusal at the field its argument names, or null for any other error. */
function apiFieldProblem(error: unknown, m: Messages): Problems | null {
  const { argument, reason } = apiProblem(error);
  if (argument === 'input.description') {
    return { description: reason === 'TOO_LONG' ? m('error.descriptionLong', { max: MAX }) : m('error.descriptionShort', { min: MIN }) };
  }
  if (argument === 'input.typeId') return { type: m('error.typeRequired') };
  if (argument === 'input.installationId') return { installation: m('error.installation') };
  return null;
}

export function NewIncidentForm() {
  const m = useMessages();
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const query = useQuery(INCIDENT_FORM_OPTIONS, { errorPolicy: 'all' });
  const [create] = useMutation(INCIDENT_CREATE, { refetchQueries: [INCIDENTS_LIST] });
  const form = useForm<Values>({ initial: { typeId: '', installationId: '', description: '', file: null } });
  const { values } = form;
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);

  /** The attachment after the incident exists; its failure is told on the incident's page. */
  async function uploadAttachment(incidentId: string, file: File): Promise<string | undefined> {
    setProgress(0);
    try {
      await uploadFile(uploadUrls.incidentAttachment(incidentId), file, { onProgress: setProgress });
      return undefined;
    } catch (error) {
      return uploadFailureText(error, m);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setGeneral(null);
    if (form.report(incidentProblems(values, m))) return;
    setBusy(true);
    let incidentId: string;
    try {
      const result = await create({
        variables: { input: { typeId: values.typeId, description: values.description, installationId: values.installationId || null } },
      });
      incidentId = result.data!.createIncident.id;
    } catch (error) {
      setBusy(false);
      const atField = apiFieldProblem(error, m);
      if (atField) form.report(atField);
      else setGeneral(t(errorMessageKey(error)));
      return;
    }
    const uploadFailed = values.file ? await uploadAttachment(incidentId, values.file) : undefined;
    void navigate(`../${incidentId}`, { relative: 'path', state: uploadFailed ? { uploadFailed } : null });
  }

  const uploadingText = (fraction: number) => m('form.uploading', { percent: Math.round(fraction * 100) });

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
            <form ref={form.formRef} className="incident-form" onSubmit={asyncHandler(submit)} noValidate>
              <SelectField form={form} field="type" label={m('form.type')} required value={values.typeId} onChange={(typeId) => form.setValues((v) => ({ ...v, typeId }))}>
                <option value="">{m('form.typePlaceholder')}</option>
                {types.map((type) => (
                  <option key={type.id} value={type.id}>
                    {type.name[language]}
                  </option>
                ))}
              </SelectField>
              {installations.length > 0 ? (
                <SelectField
                  form={form}
                  field="installation"
                  label={m('form.installation')}
                  value={values.installationId}
                  onChange={(installationId) => form.setValues((v) => ({ ...v, installationId }))}
                >
                  <option value="">{m('form.noInstallation')}</option>
                  {installations.map((installation) => (
                    <option key={installation.id} value={installation.id}>
                      {installation.code} · {installation.address}
                    </option>
                  ))}
                </SelectField>
              ) : null}
              <DescriptionField form={form} value={values.description} onChange={(description) => form.setValues((v) => ({ ...v, description }))} />
              <UploadField
                className="field"
                label={m('form.attachment')}
                hint={m('form.attachmentHint', { mb: UPLOAD_MAX_MB })}
                accept={UPLOAD_ACCEPT}
                field="attachment"
                onFile={(chosen) => form.setValues((v) => ({ ...v, file: chosen ?? null }))}
                progress={progress !== null ? { percent: Math.round(progress * 100), label: uploadingText(progress) } : null}
                status={progress !== null ? uploadingText(progress) : null}
                error={form.problems.attachment}
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

type SelectFieldProps = { form: FormFields; field: string; label: string; required?: boolean; value: string; onChange: (value: string) => void; children: ReactNode };

function SelectField({ form, field, label, required, value, onChange, children }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} required={required} value={value} {...form.control(field)} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
      <FieldError id={form.errorId(field)} message={form.problems[field]} />
    </div>
  );
}

/** The description, with a live count of its characters against the limit. */
function DescriptionField({ form, value, onChange }: { form: FormFields; value: string; onChange: (value: string) => void }) {
  const m = useMessages();
  const id = useId();
  const counterId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{m('form.description')}</label>
      <textarea
        id={id}
        required
        maxLength={MAX + 200}
        value={value}
        {...form.control('description', { describedBy: [counterId] })}
        onChange={(event) => onChange(event.target.value)}
      />
      <span id={counterId} className="incident-counter muted">
        {m('form.counter', { n: [...value.trim()].length, max: MAX })}
      </span>
      <FieldError id={form.errorId('description')} message={form.problems.description} />
    </div>
  );
}
