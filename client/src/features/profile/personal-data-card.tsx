import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { ErrorAlert, describedByOf } from '../../components/form-messages.js';
import { apiProblem, errorMessageKey } from '../../lib/errors.js';
import { useI18n } from '../../lib/i18n.js';
import { VIEWER } from '../../lib/viewer.documents.js';
import { MY_PERSONAL_DATA, REQUEST_EMAIL_CHANGE, UPDATE_MY_PERSONAL_DATA } from './personal-data.documents.js';
import { usePersonalDataMessages } from './personal-data.messages.js';
import { asyncHandler } from '../../lib/async-handler.js';

type Field = 'name' | 'phone' | 'address';


/** "Datos personales" (solar customers): name, phone, address, and the contact e-mail change. */
export function PersonalDataCard() {
  const query = useQuery(MY_PERSONAL_DATA);
  const data = query.data?.myPersonalData;
  // No own customer account (or still loading): nothing to edit here.
  if (!data) return null;
  return (
    <>
      <DetailsForm initial={data} />
      <EmailChange current={data.email} />
    </>
  );
}

function DetailsForm({ initial }: { initial: { name: string; phone?: string | null; address: string } }) {
  const m = usePersonalDataMessages();
  const { t } = useI18n();
  const [values, setValues] = useState({ name: initial.name, phone: initial.phone ?? '', address: initial.address });
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(UPDATE_MY_PERSONAL_DATA, { refetchQueries: [VIEWER, MY_PERSONAL_DATA] });
  const id = useId();

  function check(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    const name = values.name.trim();
    if (name.length < 2 || name.length > 120) found.name = m('error.name');
    const digits = values.phone.replace(/[\s.\-()]/g, '');
    if (!/^(\+|00)?\d{8,15}$/.test(digits)) found.phone = m('error.phone');
    const address = values.address.trim();
    if (address.length < 5 || address.length > 200) found.address = m('error.address');
    return found;
  }

  function focusFirst(found: Partial<Record<Field, string>>) {
    const first = (['name', 'phone', 'address'] as Field[]).find((field) => found[field]);
    if (first) document.getElementById(`${id}-${first}`)?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setGeneral(null);
    const found = check();
    setProblems(found);
    if (Object.keys(found).length > 0) return focusFirst(found);
    await save({ variables: { input: values } }).then(
      (result) => {
        const next = result.data?.updateMyPersonalData;
        if (next) setValues({ name: next.name, phone: next.phone ?? '', address: next.address });
        setSaved(true);
      },
      (error: unknown) => {
        const field = apiProblem(error).argument?.replace(/^input\./, '') as Field | undefined;
        if (field === 'name' || field === 'phone' || field === 'address') {
          const next = { [field]: m(`error.${field}`) };
          setProblems(next);
          focusFirst(next);
        } else setGeneral(t(errorMessageKey(error)));
      },
    );
  }

  const input = (field: Field, label: string, autoComplete: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <input
        id={`${id}-${field}`}
        type={field === 'phone' ? 'tel' : 'text'}
        autoComplete={autoComplete}
        required
        value={values[field]}
        aria-invalid={problems[field] ? true : undefined}
        aria-describedby={describedByOf(`${id}-${field}`, { hint, error: problems[field] })}
        onChange={(event) => {
          setValues({ ...values, [field]: event.target.value });
          setSaved(false);
        }}
      />
      {hint ? (
        <span id={`${id}-${field}-hint`} className="muted">
          {hint}
        </span>
      ) : null}
      {problems[field] ? (
        <p id={`${id}-${field}-error`} className="error">
          {problems[field]}
        </p>
      ) : null}
    </div>
  );

  return (
    <section className="card profile-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{m('title')}</h2>
      <p className="muted">{m('intro')}</p>
      <form onSubmit={asyncHandler(submit)} noValidate>
        {input('name', m('name'), 'name')}
        {input('phone', m('phone'), 'tel', m('phoneHint'))}
        {input('address', m('address'), 'street-address')}
        <ErrorAlert message={general} />
        <div>
          <button type="submit" disabled={loading}>
            {loading ? m('saving') : m('save')}
          </button>
        </div>
      </form>
      <p role="status" className="profile-status">
        {saved ? m('saved') : null}
      </p>
    </section>
  );
}

function EmailChange({ current }: { current: string }) {
  const m = usePersonalDataMessages();
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [request, { loading }] = useMutation(REQUEST_EMAIL_CHANGE);
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSentTo(null);
    setProblem(null);
    const clean = email.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(clean)) return setProblem(m('email.invalid'));
    if (clean.toLowerCase() === current.toLowerCase()) return setProblem(m('email.same'));
    await request({ variables: { newEmail: clean } }).then(
      () => {
        setSentTo(clean);
        setEmail('');
      },
      (error: unknown) => {
        const { argument, reason } = apiProblem(error);
        if (argument === 'newEmail') setProblem(reason === 'SAME' ? m('email.same') : m('email.invalid'));
        else setProblem(t(errorMessageKey(error)));
      },
    );
  }

  return (
    <section className="card profile-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{m('email.title')}</h2>
      <dl className="details">
        <dt>{m('email.current')}</dt>
        <dd>{current}</dd>
      </dl>
      <form onSubmit={asyncHandler(submit)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-email`}>{m('email.new')}</label>
          <input
            id={`${id}-email`}
            type="email"
            autoComplete="email"
            required
            value={email}
            aria-invalid={problem ? true : undefined}
            aria-describedby={[`${id}-hint`, problem ? `${id}-error` : null].filter(Boolean).join(' ')}
            onChange={(event) => setEmail(event.target.value)}
          />
          <span id={`${id}-hint`} className="muted">
            {m('email.hint')}
          </span>
          {problem ? (
            <p id={`${id}-error`} className="error">
              {problem}
            </p>
          ) : null}
        </div>
        <div>
          <button type="submit" disabled={loading}>
            {m('email.submit')}
          </button>
        </div>
      </form>
      <p role="status" className="profile-status">
        {sentTo ? m('email.sent', { email: sentTo }) : null}
      </p>
    </section>
  );
}
