import { useMutation, useQuery } from '@apollo/client/react';
import { formatIban, parseIban, USER_TYPES, type UserType } from '@portal/shared';
import { useId, useState, type FormEvent } from 'react';
import type { AdminSettingsQuery } from '../../__generated__/graphql.js';
import { describedByOf, FieldHelp } from '../../components/form-messages.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryResult } from '../../components/query-result.js';
import { ErrorState } from '../../components/states.js';
import { badUserInput, errorMessageKey } from '../../lib/errors.js';
import { useI18n } from '../../lib/i18n.js';
import { ADMIN_SETTINGS, ADMIN_SETTINGS_UPDATE } from './admin-settings.documents.js';
import { useMessages } from './admin-settings.messages.js';
import './admin-settings.css';
import { asyncHandler } from '../../lib/async-handler.js';

type Settings = NonNullable<AdminSettingsQuery['settings']>;
type NumberField = 'welcomeLinkValidityDays' | 'panelWidthM' | 'panelHeightM' | 'panelPowerW' | 'packingFactor';
type TextField = 'paymentIban' | 'paymentReference' | 'paymentLink';
type Field = NumberField | TextField;
type Form = { automaticUserCreation: boolean; automaticUserType: UserType } & Record<Field, string>;
const TEXT_FIELDS: readonly TextField[] = ['paymentIban', 'paymentReference', 'paymentLink'];
type Problem = 'IBAN_EMPTY' | 'IBAN_FORMAT' | 'IBAN_LENGTH' | 'IBAN_CHECK_CHARACTER' | 'NOT_HTTPS' | 'UNKNOWN_PLACEHOLDER' | 'TOO_LONG';
const PROBLEMS: readonly string[] = ['IBAN_EMPTY', 'IBAN_FORMAT', 'IBAN_LENGTH', 'IBAN_CHECK_CHARACTER', 'NOT_HTTPS', 'UNKNOWN_PLACEHOLDER', 'TOO_LONG'];

/** What the server would refuse in a payment field, checked as the form is sent (the server checks again). */
function paymentProblem(field: TextField, text: string): Problem | null {
  const value = text.trim();
  if (value === '') return null;
  if (field === 'paymentIban') {
    const parsed = parseIban(value);
    return parsed.ok ? null : `IBAN_${parsed.reason}`;
  }
  if (field === 'paymentLink') return /^https:\/\/[^\s/]+/i.test(value) ? null : 'NOT_HTTPS';
  return null;
}
const NUMBER_FIELDS: readonly NumberField[] = ['welcomeLinkValidityDays', 'panelWidthM', 'panelHeightM', 'panelPowerW', 'packingFactor'];

/** /admin/settings: automatic user creation (on/off, user type), welcome link validity, roof panel estimate, payment instructions. */
export default function AdminSettingsSection() {
  const m = useMessages();
  const query = useQuery(ADMIN_SETTINGS);
  return (
    <>
      <PageHeader title={m('title')} subtitle={m('subtitle')} />
      <QueryResult result={query.data?.settings} query={query}>
        {(settings) => <SettingsForm settings={settings} />}
      </QueryResult>
    </>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  const m = useMessages();
  const { t, language } = useI18n();
  const baseId = useId();
  const idOf = (field: string) => `${baseId}-${field}`;
  const decimal = (value: number) => (language === 'es' ? String(value).replace('.', ',') : String(value));
  const toForm = (s: Settings): Form => ({
    automaticUserCreation: s.automaticUserCreation,
    automaticUserType: s.automaticUserType as UserType,
    welcomeLinkValidityDays: String(s.welcomeLinkValidityDays),
    panelWidthM: decimal(s.panelWidthM),
    panelHeightM: decimal(s.panelHeightM),
    panelPowerW: decimal(s.panelPowerW),
    packingFactor: decimal(s.packingFactor),
    paymentIban: s.paymentIban ? formatIban(s.paymentIban) : '',
    paymentReference: s.paymentReference ?? '',
    paymentLink: s.paymentLink ?? '',
  });
  const [form, setForm] = useState<Form>(() => toForm(settings));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [status, setStatus] = useState<'saved' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [save, { loading }] = useMutation(ADMIN_SETTINGS_UPDATE);

  const numberOf = (text: string) => Number(text.trim().replace(',', '.'));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setStatus(null);
    const found: Partial<Record<Field, string>> = {};
    for (const field of NUMBER_FIELDS) {
      const text = form[field].trim();
      if (text === '' || !Number.isFinite(numberOf(text))) found[field] = m('invalidNumber');
    }
    for (const field of TEXT_FIELDS) {
      const problem = paymentProblem(field, form[field]);
      if (problem) found[field] = m(`problem.${problem}`);
    }
    setErrors(found);
    const first = [...NUMBER_FIELDS, ...TEXT_FIELDS].find((field) => found[field]);
    if (first) {
      document.getElementById(idOf(first))?.focus();
      return;
    }
    try {
      const { data } = await save({
        variables: {
          input: {
            automaticUserCreation: form.automaticUserCreation,
            automaticUserType: form.automaticUserType,
            welcomeLinkValidityDays: Math.trunc(numberOf(form.welcomeLinkValidityDays)) === numberOf(form.welcomeLinkValidityDays) ? numberOf(form.welcomeLinkValidityDays) : NaN,
            panelWidthM: numberOf(form.panelWidthM),
            panelHeightM: numberOf(form.panelHeightM),
            panelPowerW: numberOf(form.panelPowerW),
            packingFactor: numberOf(form.packingFactor),
            paymentIban: form.paymentIban,
            paymentReference: form.paymentReference,
            paymentLink: form.paymentLink,
          },
        },
      });
      if (data?.updateSettings) setForm(toForm(data.updateSettings));
      setStatus('saved');
    } catch (error) {
      const problem = badUserInput(error);
      const field = problem ? (problem.argument.replace(/^input\./, '') as Field) : null;
      if (field && (TEXT_FIELDS as readonly string[]).includes(field) && PROBLEMS.includes(problem!.reason)) {
        setErrors({ [field]: m(`problem.${problem!.reason as Problem}`) });
        document.getElementById(idOf(field))?.focus();
      } else if (field && (NUMBER_FIELDS as readonly string[]).includes(field)) {
        setErrors({ [field]: m('outOfRange') });
        document.getElementById(idOf(field))?.focus();
      } else {
        setFailure(`${m('saveError')} ${t(errorMessageKey(error))}`);
      }
    }
  }

  const fieldInput = (field: Field, hint?: string) => {
    const error = errors[field];
    const describedBy = describedByOf(idOf(field), { hint, error });
    return (
      <div className="field">
        <label htmlFor={idOf(field)}>{m(field)}</label>
        <input
          id={idOf(field)}
          type={field === 'paymentLink' ? 'url' : 'text'}
          inputMode={(TEXT_FIELDS as readonly string[]).includes(field) ? undefined : field === 'welcomeLinkValidityDays' ? 'numeric' : 'decimal'}
          spellCheck={(TEXT_FIELDS as readonly string[]).includes(field) ? false : undefined}
          value={form[field]}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            const value = event.target.value;
            setForm((current) => ({ ...current, [field]: value }));
            setStatus(null);
            setErrors((current) => ({ ...current, [field]: undefined }));
          }}
        />
        <FieldHelp id={idOf(field)} hint={hint} error={error} />
      </div>
    );
  };

  return (
    <form className="admin-settings-form" noValidate onSubmit={asyncHandler(submit)} aria-busy={loading}>
      <fieldset>
        <legend>{m('usersTitle')}</legend>
        <p className="muted">{m('usersText')}</p>
        <div className="admin-settings-check">
          <input
            id={idOf('automatic')}
            type="checkbox"
            checked={form.automaticUserCreation}
            onChange={(event) => {
              const checked = event.target.checked;
              setForm((current) => ({ ...current, automaticUserCreation: checked }));
              setStatus(null);
            }}
          />
          <label htmlFor={idOf('automatic')}>{m('automaticUserCreation')}</label>
        </div>
        <div className="field">
          <label htmlFor={idOf('type')}>{m('automaticUserType')}</label>
          <select
            id={idOf('type')}
            value={form.automaticUserType}
            onChange={(event) => {
              const value = event.target.value as UserType;
              setForm((current) => ({ ...current, automaticUserType: value }));
              setStatus(null);
            }}
          >
            {USER_TYPES.map((type) => (
              <option key={type} value={type}>
                {m(`type.${type}`)}
              </option>
            ))}
          </select>
        </div>
        {fieldInput('welcomeLinkValidityDays', m('welcomeHint'))}
      </fieldset>
      <fieldset>
        <legend>{m('panelsTitle')}</legend>
        <p className="muted">{m('panelsText')}</p>
        <div className="admin-settings-grid">
          {fieldInput('panelWidthM')}
          {fieldInput('panelHeightM')}
          {fieldInput('panelPowerW')}
          {fieldInput('packingFactor', m('packingHint'))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{m('paymentTitle')}</legend>
        <p className="muted">{m('paymentText')}</p>
        {fieldInput('paymentIban')}
        {fieldInput('paymentReference', m('paymentReferenceHint'))}
        {fieldInput('paymentLink')}
      </fieldset>
      {failure ? <ErrorState message={failure} retryLabel={t('common.retry')} /> : null}
      <div className="admin-settings-actions">
        <button type="submit" disabled={loading}>
          {loading ? m('saving') : m('save')}
        </button>
        <span role="status" className="muted">
          {status === 'saved' ? m('saved') : ''}
        </span>
      </div>
    </form>
  );
}
