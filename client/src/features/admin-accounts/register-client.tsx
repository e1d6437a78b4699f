import { useMutation } from '@apollo/client/react';
import { PARSE_FAILURE_MESSAGES, parseFiscalId, type ParseFailureReason } from '@portal/shared';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { describedByOf, FieldHelp } from '../../components/form-messages.js';
import { PageHeader } from '../../components/page-header.js';
import { ErrorState } from '../../components/states.js';
import { badUserInput, errorMessageKey } from '../../lib/errors.js';
import { useI18n } from '../../lib/i18n.js';
import { ADMIN_ACCOUNTS_REGISTER } from './admin-accounts.documents.js';
import { useMessages } from './admin-accounts.messages.js';
import { asyncHandler } from '../../lib/async-handler.js';

type Field = 'name' | 'email' | 'phone' | 'address' | 'fiscalId';
type Form = Record<Field, string> & { fiscalIdKind: '' | 'PASSPORT' };
type Registered = { accountId: string; name: string; code: string; email: string; userCreated: boolean };

const EMPTY: Form = { name: '', email: '', phone: '', address: '', fiscalId: '', fiscalIdKind: '' };
const FIELDS: readonly Field[] = ['name', 'email', 'phone', 'address', 'fiscalId'];
const PARSE_REASONS: readonly string[] = ['EMPTY', 'FORMAT', 'LENGTH', 'CHECK_CHARACTER'];

/** The API's field error: the field it names (`input.email` → email) and why. */
function fieldProblem(error: unknown): { field: Field; reason: string; argument: string } | null {
  const problem = badUserInput(error);
  if (!problem) return null;
  const field = problem.argument.replace(/^input\./, '') as Field;
  if (!FIELDS.includes(field)) return null;
  return { field, reason: problem.reason, argument: problem.argument };
}

/** "Alta de cliente": a solar client with an installation at the flow's first step; the portal link goes by e-mail. */
export function RegisterClient() {
  const m = useMessages();
  const { t, language } = useI18n();
  const baseId = useId();
  const [form, setForm] = useState<Form>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [registered, setRegistered] = useState<Registered | null>(null);
  const [register, { loading }] = useMutation(ADMIN_ACCOUNTS_REGISTER);
  const idOf = (field: string) => `${baseId}-${field}`;

  const parseMessage = (reason: string) => PARSE_FAILURE_MESSAGES[language][reason as ParseFailureReason];

  /** What the server would say about a field we can check here (required fields, the fiscal ID as typed). */
  function localError(field: Field, value: string, kind = form.fiscalIdKind): string | undefined {
    if (field === 'fiscalId') {
      if (!value.trim()) return undefined;
      const parsed = parseFiscalId(value, kind || undefined);
      return parsed.ok ? undefined : parseMessage(parsed.reason);
    }
    return value.trim() ? undefined : m('field.REQUIRED');
  }

  function serverMessage(reason: string, argument: string): string {
    if (PARSE_REASONS.includes(reason)) return parseMessage(reason);
    if (reason === 'INVALID' && (argument === 'input.email' || argument === 'input.phone')) return m(`field.INVALID.${argument}`);
    if (reason === 'REQUIRED' || reason === 'TOO_LONG' || reason === 'ADMIN_EMAIL' || reason === 'TAKEN') return m(`field.${reason}`);
    return m('register.error');
  }

  function change(field: keyof Form, value: string) {
    setForm((current) => ({ ...current, [field]: value }));
    if (field === 'fiscalId' || field === 'fiscalIdKind') {
      const fiscalId = field === 'fiscalId' ? value : form.fiscalId;
      const kind = (field === 'fiscalIdKind' ? value : form.fiscalIdKind) as Form['fiscalIdKind'];
      setErrors((current) => ({ ...current, fiscalId: localError('fiscalId', fiscalId, kind) }));
    } else if (errors[field]) {
      setErrors((current) => ({ ...current, [field]: undefined }));
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const found: Partial<Record<Field, string>> = {};
    for (const field of FIELDS) {
      const error = localError(field, form[field]);
      if (error) found[field] = error;
    }
    setErrors(found);
    const first = FIELDS.find((field) => found[field]);
    if (first) {
      document.getElementById(idOf(first))?.focus();
      return;
    }
    try {
      const { data } = await register({
        variables: {
          input: {
            name: form.name,
            email: form.email,
            phone: form.phone,
            address: form.address,
            fiscalId: form.fiscalId.trim() || null,
            fiscalIdKind: form.fiscalId.trim() && form.fiscalIdKind === 'PASSPORT' ? ('PASSPORT' as const) : null,
          },
        },
      });
      const result = data?.registerSolarClient;
      if (!result) throw new Error('no answer');
      setRegistered({ accountId: result.account.id, name: result.account.name, code: result.installation.code, email: result.userEmail, userCreated: result.userCreated });
    } catch (error) {
      const problem = fieldProblem(error);
      if (problem) {
        setErrors({ [problem.field]: serverMessage(problem.reason, problem.argument) });
        document.getElementById(idOf(problem.field))?.focus();
      } else {
        setFailure(`${m('register.error')} ${t(errorMessageKey(error))}`);
      }
    }
  }

  const back = <Link to="..">{m('register.back')}</Link>;

  if (registered) {
    return (
      <>
        <PageHeader title={m('register.done')} subtitle={back} />
        <div className="admin-accounts-outcome" role="status">
          <p>{m('register.doneText', { code: registered.code, name: registered.name, email: registered.email })}</p>
          <p>{registered.userCreated ? m('register.doneNew', { email: registered.email }) : m('register.doneExisting', { email: registered.email })}</p>
        </div>
        <p>
          <Link to={`../${registered.accountId}`}>{m('register.viewAccount')}</Link>
          {' · '}
          <button
            type="button"
            className="link"
            onClick={() => {
              setForm(EMPTY);
              setErrors({});
              setRegistered(null);
            }}
          >
            {m('register.another')}
          </button>
        </p>
      </>
    );
  }

  const input = (field: Field, label: string, type: string, autoComplete: string, hint?: string) => {
    const error = errors[field];
    const describedBy = describedByOf(idOf(field), { hint, error });
    return (
      <div className="field">
        <label htmlFor={idOf(field)}>{label}</label>
        <input
          id={idOf(field)}
          type={type}
          value={form[field]}
          autoComplete={autoComplete}
          required={field !== 'fiscalId'}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => change(field, event.target.value)}
        />
        <FieldHelp id={idOf(field)} hint={hint} error={error} />
      </div>
    );
  };

  return (
    <>
      <PageHeader title={m('register.title')} subtitle={m('register.subtitle')} />
      <p>{back}</p>
      <form className="admin-accounts-form" noValidate onSubmit={asyncHandler(submit)} aria-busy={loading}>
        {input('name', m('register.name'), 'text', 'off')}
        {input('email', m('register.email'), 'email', 'off')}
        {input('phone', m('register.phone'), 'tel', 'off')}
        {input('address', m('register.address'), 'text', 'off')}
        <div className="admin-accounts-row">
          {input('fiscalId', m('register.fiscalId'), 'text', 'off', m('register.fiscalIdHint'))}
          <div className="field">
            <label htmlFor={idOf('kind')}>{m('register.fiscalIdKind')}</label>
            <select id={idOf('kind')} value={form.fiscalIdKind} onChange={(event) => change('fiscalIdKind', event.target.value)}>
              <option value="">{m('register.kindAuto')}</option>
              <option value="PASSPORT">{m('register.kindPASSPORT')}</option>
            </select>
          </div>
        </div>
        {failure ? <ErrorState message={failure} retryLabel={t('common.retry')} /> : null}
        <button type="submit" disabled={loading}>
          {loading ? m('register.submitting') : m('register.submit')}
        </button>
      </form>
    </>
  );
}
