import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { ErrorAlert } from '../../components/form-messages.js';
import { TitledSection } from '../../components/titled-section.js';
import { errorMessageKey } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { useI18n } from '../../lib/i18n.js';
import { ADMIN_SCHEDULE_VISIT } from './admin-installations.documents.js';
import { useMessages } from './admin-installations.messages.js';
import { badInputOf } from './admin-upload.js';
import type { AdminInstallation } from './installation-detail.js';
import { madridInstant, madridLocalInput } from './madrid-time.js';
import { CardTitle } from './record-cards.js';
import { useFieldMessage } from './use-error-messages.js';
import { asyncHandler } from '../../lib/async-handler.js';

const FIELDS = ['startsAt', 'endsAt', 'installerName', 'installerPhone', 'company', 'email', 'notes'] as const;
type VisitField = (typeof FIELDS)[number];
type Visit = NonNullable<AdminInstallation['installerVisit']>;

function valuesOf(visit: Visit | null): Record<VisitField, string> {
  return {
    startsAt: visit ? madridLocalInput(visit.startsAt) : '',
    endsAt: visit ? madridLocalInput(visit.endsAt) : '',
    installerName: visit?.installerName ?? '',
    installerPhone: visit?.phone ?? '',
    company: visit?.company ?? '',
    email: visit?.email ?? '',
    notes: visit?.notes ?? '',
  };
}

/** The current installer visit and the form that schedules one or changes it (the customer is told). */
export function VisitPanel({ installation, onChanged }: { installation: AdminInstallation; onChanged: () => void }) {
  const m = useMessages();
  const f = useFormat();
  const visit = installation.installerVisit ?? null;
  const [mode, setMode] = useState<'change' | 'new'>('change');
  const editing = visit && mode === 'change' ? visit : null;
  return (
    <TitledSection title={m('visitTitle')}>
      {visit ? (
        <div className="card admin-card">
          <CardTitle
            title={`${f.dateTime(visit.startsAt)} – ${f.time(visit.endsAt)}`}
            tone={visit.viewedAt ? 'ok' : 'neutral'}
            status={visit.viewedAt ? m('visitViewed', { date: f.dateTime(visit.viewedAt) }) : m('visitNotViewed')}
          />
          <p>
            {visit.installerName}
            {visit.company ? ` · ${visit.company}` : ''} · {visit.phone}
            {visit.email ? ` · ${visit.email}` : ''}
          </p>
          {visit.notes ? <p className="pre-line">{visit.notes}</p> : null}
          <div className="segmented" role="group" aria-label={m('visitMode')}>
            <button type="button" aria-pressed={mode === 'change'} onClick={() => setMode('change')}>
              {m('visitChange')}
            </button>
            <button type="button" aria-pressed={mode === 'new'} onClick={() => setMode('new')}>
              {m('visitNew')}
            </button>
          </div>
        </div>
      ) : (
        <p className="muted">{m('visitEmpty')}</p>
      )}
      <VisitForm key={`${editing?.id ?? 'new'}-${mode}`} installationId={installation.id} visit={editing} onSaved={onChanged} />
    </TitledSection>
  );
}

function VisitForm({ installationId, visit, onSaved }: { installationId: string; visit: Visit | null; onSaved: () => void }) {
  const m = useMessages();
  const { t } = useI18n();
  const fieldMessage = useFieldMessage();
  const ids = {
    startsAt: useId(),
    endsAt: useId(),
    installerName: useId(),
    installerPhone: useId(),
    company: useId(),
    email: useId(),
    notes: useId(),
  };
  const [values, setValues] = useState(() => valuesOf(visit));
  const [errors, setErrors] = useState<Partial<Record<VisitField, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [schedule, state] = useMutation(ADMIN_SCHEDULE_VISIT);
  const labels: Record<VisitField, string> = {
    startsAt: m('visitStarts'),
    endsAt: m('visitEnds'),
    installerName: m('installerName'),
    installerPhone: m('installerPhone'),
    company: m('installerCompany'),
    email: m('installerEmail'),
    notes: m('visitNotes'),
  };
  const required: VisitField[] = ['startsAt', 'installerName', 'installerPhone'];

  const field = (name: VisitField) => {
    const errorId = `${ids[name]}-error`;
    const common = {
      id: ids[name],
      value: values[name],
      'aria-invalid': errors[name] ? true : undefined,
      'aria-describedby': errors[name] ? errorId : undefined,
      onChange: (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value }),
    };
    return (
      <div key={name} className={name === 'notes' ? 'field admin-wide' : 'field'}>
        <label htmlFor={ids[name]}>
          {labels[name]}
          {required.includes(name) ? null : <span className="muted"> ({m('optional')})</span>}
        </label>
        {name === 'notes' ? (
          <textarea rows={2} {...common} />
        ) : (
          <input
            type={name === 'startsAt' || name === 'endsAt' ? 'datetime-local' : name === 'email' ? 'email' : name === 'installerPhone' ? 'tel' : 'text'}
            {...common}
          />
        )}
        {errors[name] ? (
          <p id={errorId} className="error">
            {errors[name]}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <form
      className="admin-form"
      aria-label={visit ? m('visitChangeTitle') : m('visitScheduleTitle')}
      onSubmit={asyncHandler(async (event) => {
        event.preventDefault();
        setDone(null);
        const problems: Partial<Record<VisitField, string>> = {};
        for (const name of required) if (!values[name].trim()) problems[name] = m('required');
        const startsAt = values.startsAt ? madridInstant(values.startsAt) : null;
        const endsAt = values.endsAt ? madridInstant(values.endsAt) : null;
        if (values.startsAt && !startsAt) problems.startsAt = m('invalidDate');
        if (values.endsAt && !endsAt) problems.endsAt = m('invalidDate');
        setErrors(problems);
        if (Object.keys(problems).length > 0 || !startsAt) return;
        try {
          await schedule({
            variables: {
              installationId,
              visitId: visit?.id ?? null,
              input: {
                startsAt: startsAt.toISOString(),
                endsAt: endsAt ? endsAt.toISOString() : null,
                installerName: values.installerName.trim(),
                installerPhone: values.installerPhone.trim(),
                company: values.company.trim() || null,
                email: values.email.trim() || null,
                notes: values.notes.trim() || null,
              },
            },
          });
          setError(null);
          setDone(visit ? m('visitChanged') : m('visitScheduled'));
          onSaved();
        } catch (failure) {
          const bad = badInputOf(failure);
          const name = bad?.field.replace(/^input\./, '') as VisitField | undefined;
          if (bad && name && (FIELDS as readonly string[]).includes(name)) setErrors({ [name]: fieldMessage(bad.reason) });
          else setError(t(errorMessageKey(failure)));
        }
      })}
    >
      <h3>{visit ? m('visitChangeTitle') : m('visitScheduleTitle')}</h3>
      <p className="muted">{m('visitTimeZone')}</p>
      <div className="admin-form-grid">{FIELDS.map(field)}</div>
      <ErrorAlert message={error} />
      <div aria-live="polite">{done ? <p className="upload-status">{done}</p> : null}</div>
      <button type="submit" disabled={state.loading}>
        {visit ? m('visitChangeSubmit') : m('visitScheduleSubmit')}
      </button>
    </form>
  );
}
