import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { PASSWORD_MIN_LENGTH, passwordLength } from '@portal/shared';
import { useState, type FormEvent, type ReactNode } from 'react';
import { ErrorText } from '../../components/auth-card.js';
import { LanguageOptions } from '../../components/language-select.js';
import { PageHeader } from '../../components/page-header.js';
import { Skeleton } from '../../components/states.js';
import { apiProblem, errorMessageKey } from '../../lib/errors.js';
import { useI18n, type Language } from '../../lib/i18n.js';
import { asyncHandler } from '../../lib/async-handler.js';
import { useForm, type FormFields } from '../../lib/use-form.js';
import { UPDATE_MY_LANGUAGE, VIEWER, type SignedInViewer } from '../../lib/viewer.documents.js';
import { PROFILE_CHANGE_PASSWORD, PROFILE_UPDATE_NAME } from './profile.documents.js';
import { useMessages } from './profile.messages.js';
import { PersonalDataCard } from './personal-data-card.js';
import { ConfirmEmailPage } from './confirm-email-page.js';
import { Route, Routes } from 'react-router';
import './profile.css';

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
        <FormEnd errorId="profile-name-error" problem={problem} busy={loading} submitLabel={m('name.save')} />
      </form>
      <Status>{saved ? m('name.saved') : null}</Status>
    </Card>
  );
}

/** A card form's end: its problem, in the box its fields name with aria-describedby, and its submit button. */
function FormEnd({ errorId, problem, busy, submitLabel }: { errorId: string; problem: ReactNode; busy: boolean; submitLabel: string }) {
  return (
    <>
      <div id={errorId}>
        <ErrorText>{problem}</ErrorText>
      </div>
      <div>
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}

function nameError(error: unknown, m: Message, t: ReturnType<typeof useI18n>['t']): string {
  const reason = reasonOf(error);
  if (reason === 'EMPTY' || reason === 'TOO_LONG') return m(`name.${reason}`);
  return t(errorMessageKey(error));
}

/** Queries whose answers hold texts the server gives in the viewer's language. */
const TRANSLATED_ROOT_FIELDS = ['documents', 'document', 'installation', 'installations'] as const;

function LanguageCard() {
  const { t, language, setLanguage } = useI18n();
  const m = useMessages();
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [save] = useMutation(UPDATE_MY_LANGUAGE);
  const client = useApolloClient();

  function change(next: Language) {
    const previous = language;
    setSaved(false);
    setProblem(null);
    // The screen switches at once; the saved language (what the shell follows) comes with the answer.
    setLanguage(next);
    void save({ variables: { language: next === 'en' ? 'EN' : 'ES' } }).then(
      () => {
        setSaved(true);
        // Texts staff wrote (document titles, requests) come from the server in the saved language: read them again.
        for (const fieldName of TRANSLATED_ROOT_FIELDS) client.cache.evict({ id: 'ROOT_QUERY', fieldName });
        client.cache.gc();
      },
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
          <LanguageOptions />
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

type PasswordValues = { current: string; new: string; confirm: string };
type PasswordField = keyof PasswordValues;
const NO_PASSWORDS: PasswordValues = { current: '', new: '', confirm: '' };

function PasswordCard({ email }: { email: string }) {
  const { t } = useI18n();
  const m = useMessages();
  // One error line under the three fields describes whichever is wrong.
  const form = useForm<PasswordValues>({ initial: NO_PASSWORDS, errorId: () => 'profile-password-error' });
  const { current, new: next, confirm } = form.values;
  const [saved, setSaved] = useState(false);
  const [change, { loading }] = useMutation(PROFILE_CHANGE_PASSWORD);

  const longEnough = passwordLength(next) >= PASSWORD_MIN_LENGTH;
  const notEmail = next.trim() !== '' && next.trim().toLowerCase() !== email.trim().toLowerCase();
  const matches = confirm !== '' && confirm === next;
  const fail = (field: PasswordField, message: string) => void form.report({ [field]: message });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    form.report({});
    if (current === '') return fail('current', m('password.currentMissing'));
    if (!longEnough) return fail('new', m('password.tooShort', { n: PASSWORD_MIN_LENGTH }));
    if (!notEmail) return fail('new', t('error.SAME_AS_EMAIL'));
    if (next === current) return fail('new', m('password.sameAsCurrent'));
    if (!matches) return fail('confirm', m('password.mismatch'));
    await change({ variables: { current, new: next } }).then(
      () => {
        form.setValues(NO_PASSWORDS);
        setSaved(true);
      },
      (error: unknown) => {
        const reason = reasonOf(error);
        if (reason === 'WRONG_PASSWORD') fail('current', m('password.wrongCurrent'));
        else if (reason === 'TOO_SHORT') fail('new', m('password.tooShort', { n: PASSWORD_MIN_LENGTH }));
        else if (reason) fail('new', t(errorMessageKey(error)));
        else form.report({ current: t(errorMessageKey(error)) }, { focus: false });
      },
    );
  }

  const rule = (met: boolean, text: string) => (
    <li data-met={met}>
      <span aria-hidden="true">{met ? '✓ ' : '• '}</span>
      <span className="visually-hidden">{met ? m('password.met') : m('password.unmet')} </span>
      {text}
    </li>
  );
  const input = (field: PasswordField, label: string, autoComplete: string) => (
    <PasswordInput form={form} field={field} label={label} autoComplete={autoComplete} value={form.values[field]} onChange={(value) => form.setValues((v) => ({ ...v, [field]: value }))} />
  );
  const problem = Object.values(form.problems).find(Boolean) ?? null;

  return (
    <Card id="profile-password" title={m('password.title')}>
      <p className="muted">{m('password.intro')}</p>
      <form ref={form.formRef} onSubmit={asyncHandler(submit)} noValidate>
        {input('current', m('password.current'), 'current-password')}
        {input('new', m('password.new'), 'new-password')}
        {input('confirm', m('password.confirm'), 'new-password')}
        <ul id="profile-password-rules" className="rules" aria-label={m('password.rules')}>
          {rule(longEnough, m('password.ruleLength', { n: PASSWORD_MIN_LENGTH }))}
          {rule(notEmail, m('password.ruleNotEmail'))}
          {rule(matches, m('password.ruleMatch'))}
        </ul>
        <FormEnd errorId="profile-password-error" problem={problem} busy={loading} submitLabel={m('password.submit')} />
      </form>
      <Status>{saved ? m('password.saved') : null}</Status>
    </Card>
  );
}

type PasswordInputProps = { form: FormFields; field: PasswordField; label: string; autoComplete: string; value: string; onChange: (value: string) => void };

/** A password box; the new and confirmed ones are also described by the rules list. */
function PasswordInput({ form, field, label, autoComplete, value, onChange }: PasswordInputProps) {
  return (
    <label>
      {label}
      <input
        type="password"
        autoComplete={autoComplete}
        required
        value={value}
        {...form.control(field, { describedBy: [field !== 'current' && 'profile-password-rules'] })}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}
