import { useMutation, useQuery } from '@apollo/client/react';
import { PASSWORD_MIN_LENGTH, passwordLength } from '@portal/shared';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorText } from '../../components/auth-card.js';
import { PageHeader } from '../../components/page-header.js';
import { Skeleton } from '../../components/states.js';
import { apiProblem, errorMessageKey } from '../../lib/errors.js';
import { useI18n, type Language } from '../../lib/i18n.js';
import { UPDATE_MY_LANGUAGE, VIEWER, type SignedInViewer } from '../../lib/viewer.documents.js';
import { PROFILE_CHANGE_PASSWORD, PROFILE_UPDATE_NAME } from './profile.documents.js';
import { useMessages } from './profile.messages.js';
import { PersonalDataCard } from './personal-data-card.js';
import { ConfirmEmailPage } from './confirm-email-page.js';
import { Route, Routes } from 'react-router';
import './profile.css';
import { asyncHandler } from '../../lib/async-handler.js';

type Message = ReturnType<typeof useMessages>;

/** The `reason` of the API's first error (BAD_USER_INPUT carries one), if any. */
function reasonOf(error: unknown): string | undefined {
  return apiProblem(error).reason;
}

/** The signed-in user's own profile: e-mail (read-only), name, language, password. */
export default function ProfileSection() {
  const { t } = useI18n();
  const m = useMessages();
  // Already loaded by the app: this reads the cache.
  const { data } = useQuery(VIEWER);
  const viewer = data?.viewer;
  if (!viewer) return <Skeleton label={t('common.loading')} />;

  const profile = (
    <>
      <PageHeader title={m('title')} subtitle={m('subtitle')} />
      <div className="profile">
        {/* Solar customers edit name, contact data and e-mail together, kept in sync with their account. */}
        {viewer.sections.includes('INSTALLATION') ? <PersonalDataCard /> : <DetailsCard viewer={viewer} />}
        <LanguageCard />
        <PasswordCard email={viewer.email} />
      </div>
    </>
  );
  return (
    <Routes>
      <Route path="confirm-email" element={<ConfirmEmailPage />} />
      <Route path="*" element={profile} />
    </Routes>
  );
}

function Card({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card profile-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Always in the page, so that screen readers announce what is written into it. */
function Status({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="profile-status">
      {children}
    </p>
  );
}

function DetailsCard({ viewer }: { viewer: SignedInViewer }) {
  const { t } = useI18n();
  const m = useMessages();
  const [name, setName] = useState(viewer.name);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [save, { loading }] = useMutation(PROFILE_UPDATE_NAME);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setProblem(null);
    if (name.trim() === '') {
      setProblem(m('name.EMPTY'));
      return;
    }
    await save({ variables: { name } }).then(
      (result) => {
        setName(result.data?.updateMyProfile.name ?? name);
        setSaved(true);
      },
      (error: unknown) => setProblem(nameError(error, m, t)),
    );
  }

  return (
    <Card id="profile-details" title={m('details.title')}>
      <dl className="details">
        <dt>{m('details.email')}</dt>
        <dd>
          {viewer.email}
          <br />
          <span className="muted">{m('details.emailHint')}</span>
        </dd>
      </dl>
      <form onSubmit={asyncHandler(submit)} noValidate>
        <label>
          {m('name.label')}
          <input
            type="text"
            autoComplete="name"
            required
            maxLength={120}
            value={name}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'profile-name-error' : undefined}
            onChange={(event) => {
              setName(event.target.value);
              setSaved(false);
            }}
          />
        </label>
        <div id="profile-name-error">
          <ErrorText>{problem}</ErrorText>
        </div>
        <div>
          <button type="submit" disabled={loading}>
            {m('name.save')}
          </button>
        </div>
      </form>
      <Status>{saved ? m('name.saved') : null}</Status>
    </Card>
  );
}

function nameError(error: unknown, m: Message, t: ReturnType<typeof useI18n>['t']): string {
  const reason = reasonOf(error);
  if (reason === 'EMPTY' || reason === 'TOO_LONG') return m(`name.${reason}`);
  return t(errorMessageKey(error));
}

function LanguageCard() {
  const { t, language, setLanguage } = useI18n();
  const m = useMessages();
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [save] = useMutation(UPDATE_MY_LANGUAGE);

  function change(next: Language) {
    const previous = language;
    setSaved(false);
    setProblem(null);
    // The screen switches at once; the saved language (what the shell follows) comes with the answer.
    setLanguage(next);
    void save({ variables: { language: next === 'en' ? 'EN' : 'ES' } }).then(
      () => setSaved(true),
      (error: unknown) => {
        setLanguage(previous);
        setProblem(t(errorMessageKey(error)));
      },
    );
  }

  return (
    <Card id="profile-language" title={m('language.title')}>
      <label>
        {m('language.label')}
        <select value={language} aria-describedby="profile-language-hint" onChange={(event) => change(event.target.value as Language)}>
          <option value="es" lang="es">
            Español
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </label>
      <p id="profile-language-hint" className="muted">
        {m('language.hint')}
      </p>
      <ErrorText>{problem}</ErrorText>
      <Status>{saved ? m('language.saved') : null}</Status>
    </Card>
  );
}

type PasswordField = 'current' | 'new' | 'confirm';

function PasswordCard({ email }: { email: string }) {
  const { t } = useI18n();
  const m = useMessages();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<{ field: PasswordField; message: string } | null>(null);
  const [change, { loading }] = useMutation(PROFILE_CHANGE_PASSWORD);
  const fields = { current: useRef<HTMLInputElement>(null), new: useRef<HTMLInputElement>(null), confirm: useRef<HTMLInputElement>(null) };

  const longEnough = passwordLength(next) >= PASSWORD_MIN_LENGTH;
  const notEmail = next.trim() !== '' && next.trim().toLowerCase() !== email.trim().toLowerCase();
  const matches = confirm !== '' && confirm === next;

  function fail(field: PasswordField, message: string) {
    setProblem({ field, message });
    fields[field].current?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setProblem(null);
    if (current === '') return fail('current', m('password.currentMissing'));
    if (!longEnough) return fail('new', m('password.tooShort', { n: PASSWORD_MIN_LENGTH }));
    if (!notEmail) return fail('new', t('error.SAME_AS_EMAIL'));
    if (next === current) return fail('new', m('password.sameAsCurrent'));
    if (!matches) return fail('confirm', m('password.mismatch'));
    await change({ variables: { current, new: next } }).then(
      () => {
        setCurrent('');
        setNext('');
        setConfirm('');
        setSaved(true);
      },
      (error: unknown) => {
        const reason = reasonOf(error);
        if (reason === 'WRONG_PASSWORD') fail('current', m('password.wrongCurrent'));
        else if (reason === 'TOO_SHORT') fail('new', m('password.tooShort', { n: PASSWORD_MIN_LENGTH }));
        else if (reason) fail('new', t(errorMessageKey(error)));
        else setProblem({ field: 'current', message: t(errorMessageKey(error)) });
      },
    );
  }

  const invalid = (field: PasswordField) => (problem?.field === field ? true : undefined);
  const describedBy = (field: PasswordField, ...more: string[]) =>
    [...more, problem?.field === field ? 'profile-password-error' : null].filter(Boolean).join(' ') || undefined;
  const rule = (met: boolean, text: string) => (
    <li data-met={met}>
      <span aria-hidden="true">{met ? '✓ ' : '• '}</span>
      <span className="visually-hidden">{met ? m('password.met') : m('password.unmet')} </span>
      {text}
    </li>
  );

  return (
    <Card id="profile-password" title={m('password.title')}>
      <p className="muted">{m('password.intro')}</p>
      <form onSubmit={asyncHandler(submit)} noValidate>
        <label>
          {m('password.current')}
          <input
            ref={fields.current}
            type="password"
            autoComplete="current-password"
            required
            value={current}
            aria-invalid={invalid('current')}
            aria-describedby={describedBy('current')}
            onChange={(event) => setCurrent(event.target.value)}
          />
        </label>
        <label>
          {m('password.new')}
          <input
            ref={fields.new}
            type="password"
            autoComplete="new-password"
            required
            value={next}
            aria-invalid={invalid('new')}
            aria-describedby={describedBy('new', 'profile-password-rules')}
            onChange={(event) => setNext(event.target.value)}
          />
        </label>
        <label>
          {m('password.confirm')}
          <input
            ref={fields.confirm}
            type="password"
            autoComplete="new-password"
            required
            value={confirm}
            aria-invalid={invalid('confirm')}
            aria-describedby={describedBy('confirm', 'profile-password-rules')}
            onChange={(event) => setConfirm(event.target.value)}
          />
        </label>
        <ul id="profile-password-rules" className="rules" aria-label={m('password.rules')}>
          {rule(longEnough, m('password.ruleLength', { n: PASSWORD_MIN_LENGTH }))}
          {rule(notEmail, m('password.ruleNotEmail'))}
          {rule(matches, m('password.ruleMatch'))}
        </ul>
        <div id="profile-password-error">
          <ErrorText>{problem?.message ?? null}</ErrorText>
        </div>
        <div>
          <button type="submit" disabled={loading}>
            {m('password.submit')}
          </button>
        </div>
      </form>
      <Status>{saved ? m('password.saved') : null}</Status>
    </Card>
  );
}
