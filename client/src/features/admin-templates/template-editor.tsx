import { useMutation, useQuery } from '@apollo/client/react';
import { placeholdersIn, placeholderText } from '@portal/shared';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import type { AdminTemplateDetailQuery, Language } from '../../__generated__/graphql.js';
import {
  ADMIN_TEMPLATE_DELETE,
  ADMIN_TEMPLATE_DETAIL,
  ADMIN_TEMPLATE_PREVIEW,
  ADMIN_TEMPLATE_SAVE,
  ADMIN_TEMPLATE_SEND_TEST,
  ADMIN_TEMPLATES_LIST,
} from './admin-templates.documents.js';
import { ErrorAlert } from '../../components/form-messages.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryResult } from '../../components/query-result.js';
import { EmptyState } from '../../components/states.js';
import { apiProblem as firstProblem, errorMessageKey, stringList } from '../../lib/errors.js';
import { useI18n } from '../../lib/i18n.js';
import { useMessages } from './admin-templates.messages.js';

type Template = NonNullable<AdminTemplateDetailQuery['emailTemplate']>;
type Draft = { subject: string; body: string };
type Field = 'key' | 'language' | 'subject' | 'body';

const LANGUAGES: Language[] = ['ES', 'EN'];
/** The reasons the API gives for a field, each with its own text. */
const FIELD_REASONS = ['KEY_FORMAT', 'SPANISH_FIRST', 'REQUIRED', 'TOO_LONG', 'LINE_BREAK', 'UNKNOWN_VARIABLES', 'MISSING_REQUIRED_VARIABLE'] as const;
const pipes = (names: readonly string[]) => names.map(placeholderText).join(', ');

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** The API's first error: the field it names, why, and the placeholders concerned. */
function apiProblem(error: unknown): { argument?: string; reason?: string; variables: string[] } {
  const { argument, reason, extensions } = firstProblem(error);
  return { argument, reason, variables: stringList(extensions.variables) };
}

/** A template's editor: `templateKey` null for a new one. */
export function TemplateEditor({ templateKey }: { templateKey: string | null }) {
  const m = useMessages();
  const query = useQuery(ADMIN_TEMPLATE_DETAIL, {
    variables: { key: templateKey ?? '' },
    skip: templateKey === null,
    fetchPolicy: 'network-only',
  });
  if (templateKey === null) return <EditorForm template={null} />;
  return (
    <QueryResult
      result={query.data ? query.data.emailTemplate : undefined}
      query={query}
      pendingHeader={<PageHeader title={m('editor.title', { key: templateKey })} />}
      empty={
        <>
          <PageHeader title={m('editor.title', { key: templateKey })} />
          <EmptyState title={m('editor.notFound')}>
            <Link to="..">{m('editor.back')}</Link>
          </EmptyState>
        </>
      }
    >
      {(template) => <EditorForm template={template} />}
    </QueryResult>
  );
}

function EditorForm({ template }: { template: Template | null }) {
  const m = useMessages();
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const ids = { key: useId(), language: useId(), subject: useId(), body: useId(), variables: useId(), preview: useId() };
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const fieldRefs = {
    key: useRef<HTMLInputElement>(null),
    language: useRef<HTMLSelectElement>(null),
    subject: useRef<HTMLInputElement>(null),
    body: bodyRef,
  };

  const [key, setKey] = useState(template?.key ?? '');
  const [saved, setSaved] = useState<Template | null>(template);
  const [language, setLanguage] = useState<Language>('ES');
  const [drafts, setDrafts] = useState<Record<Language, Draft>>(() => {
    const of = (language: Language) => template?.translations.find((translation) => translation.language === language);
    return Object.fromEntries(
      LANGUAGES.map((language) => [language, { subject: of(language)?.subject ?? '', body: of(language)?.body ?? '' }]),
    ) as Record<Language, Draft>;
  });
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>((location.state as { saved?: boolean } | null)?.saved ? m('editor.saved') : null);
  const [busy, setBusy] = useState<'save' | 'test' | 'delete' | null>(null);

  const draft = drafts[language];
  const isNew = saved === null;
  const existingLanguages = saved?.languages ?? [];

  const previewInput = useDebounced(
    useMemo(() => ({ key: key.trim() || null, language, subject: draft.subject, body: draft.body }), [key, language, draft]),
    350,
  );
  const preview = useQuery(ADMIN_TEMPLATE_PREVIEW, { variables: { input: previewInput } });
  const previewData = preview.data?.previewEmailTemplate ?? preview.previousData?.previewEmailTemplate ?? null;
  const variables = previewData?.variables ?? saved?.variables ?? [];

  const unknownSubject = variables.length > 0 ? placeholdersIn(draft.subject).filter((name) => !variables.includes(name)) : [];
  const unknownBody = variables.length > 0 ? placeholdersIn(draft.body).filter((name) => !variables.includes(name)) : [];

  const [save] = useMutation(ADMIN_TEMPLATE_SAVE, { refetchQueries: [ADMIN_TEMPLATES_LIST] });
  const [sendTest] = useMutation(ADMIN_TEMPLATE_SEND_TEST);
  const [remove] = useMutation(ADMIN_TEMPLATE_DELETE, { refetchQueries: [ADMIN_TEMPLATES_LIST] });

  function edit(patch: Partial<Draft>) {
    setDrafts((current) => ({ ...current, [language]: { ...current[language], ...patch } }));
    setStatus(null);
  }

  function insertVariable(name: string) {
    const textarea = bodyRef.current;
    const token = placeholderText(name);
    const start = textarea?.selectionStart ?? draft.body.length;
    const end = textarea?.selectionEnd ?? draft.body.length;
    edit({ body: draft.body.slice(0, start) + token + draft.body.slice(end) });
    requestAnimationFrame(() => {
      textarea?.focus();
      textarea?.setSelectionRange(start + token.length, start + token.length);
    });
  }

  function show(found: Partial<Record<Field, string>>) {
    setProblems(found);
    const first = (['key', 'language', 'subject', 'body'] as Field[]).find((field) => found[field]);
    if (first) fieldRefs[first].current?.focus();
  }

  function showApiError(error: unknown) {
    const { argument, reason, variables: named } = apiProblem(error);
    const field = argument?.startsWith('input.') ? (argument.slice('input.'.length) as Field) : undefined;
    const known = FIELD_REASONS.find((candidate) => candidate === reason);
    if (field && field in fieldRefs && known) return show({ [field]: m(`error.${known}`, { variables: pipes(named) }) });
    if (reason === 'BUILT_IN' || reason === 'IN_USE') return setGeneral(m(`error.${reason}`));
    setGeneral(t(errorMessageKey(error)));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setGeneral(null);
    setStatus(null);
    const found: Partial<Record<Field, string>> = {};
    if (isNew && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(key.trim())) found.key = m('error.KEY_FORMAT');
    if (!draft.subject.trim()) found.subject = m('error.REQUIRED');
    else if (unknownSubject.length > 0) found.subject = m('error.UNKNOWN_VARIABLES', { variables: pipes(unknownSubject) });
    if (!draft.body.trim()) found.body = m('error.REQUIRED');
    else if (unknownBody.length > 0) found.body = m('error.UNKNOWN_VARIABLES', { variables: pipes(unknownBody) });
    if (Object.keys(found).length > 0) return show(found);
    setProblems({});
    setBusy('save');
    try {
      const result = await save({ variables: { input: { key: key.trim(), language, subject: draft.subject, body: draft.body } } });
      const next = result.data?.saveEmailTemplate;
      if (next) {
        if (isNew) {
          void navigate(`../${encodeURIComponent(next.key)}`, { relative: 'path', replace: true, state: { saved: true } });
          return;
        }
        setSaved(next);
      }
      setStatus(m('editor.saved'));
    } catch (error) {
      showApiError(error);
    } finally {
      setBusy(null);
    }
  }

  async function test() {
    setGeneral(null);
    setStatus(null);
    if (!draft.subject.trim() || !draft.body.trim()) {
      return show({ ...(draft.subject.trim() ? {} : { subject: m('error.REQUIRED') }), ...(draft.body.trim() ? {} : { body: m('error.REQUIRED') }) });
    }
    setBusy('test');
    try {
      const result = await sendTest({ variables: { input: { key: key.trim() || null, language, subject: draft.subject, body: draft.body } } });
      setStatus(m('editor.sent', { email: result.data?.sendTestEmail ?? '' }));
    } catch (error) {
      showApiError(error);
    } finally {
      setBusy(null);
    }
  }

  async function deleteTemplate(onlyLanguage: Language | null) {
    if (!saved) return;
    const question = onlyLanguage
      ? m('editor.confirmDeleteTranslation', { language: m(`language.${onlyLanguage}`), key: saved.key })
      : m('editor.confirmDelete', { key: saved.key });
    if (!window.confirm(question)) return;
    setGeneral(null);
    setBusy('delete');
    try {
      await remove({ variables: { key: saved.key, language: onlyLanguage } });
      if (!onlyLanguage) {
        void navigate('..', { relative: 'path' });
        return;
      }
      setSaved({ ...saved, languages: saved.languages.filter((l) => l !== onlyLanguage) });
      setDrafts((current) => ({ ...current, [onlyLanguage]: { subject: '', body: '' } }));
      setLanguage('ES');
    } catch (error) {
      showApiError(error);
    } finally {
      setBusy(null);
    }
  }

  const describedBy = (field: Field, ...more: (string | false)[]) =>
    [...more, problems[field] ? `${ids[field]}-error` : false].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: Field) =>
    problems[field] ? (
      <p id={`${ids[field]}-error`} className="field-error">
        {problems[field]}
      </p>
    ) : null;

  return (
    <>
      <PageHeader
        title={isNew ? m('editor.newTitle') : m('editor.title', { key: saved.key })}
        subtitle={
          saved && saved.usedBy.length > 0
            ? m('editor.usedBy', {
                uses: saved.usedBy
                  .map((use) => m(use.kind === 'PORTAL_EVENT' ? 'use.PORTAL_EVENT' : 'use.AUTOMATIC_ACTION', { name: use.name }))
                  .join('; '),
              })
            : undefined
        }
        actions={
          <Link to=".." relative="path">
            {m('editor.back')}
          </Link>
        }
      />
      <div className="template-editor">
        <form className="template-form" onSubmit={(event) => void submit(event)} noValidate>
          {isNew ? (
            <div className="field">
              <label htmlFor={ids.key}>{m('editor.key')}</label>
              <input
                ref={fieldRefs.key}
                id={ids.key}
                type="text"
                value={key}
                autoComplete="off"
                spellCheck={false}
                aria-invalid={problems.key ? true : undefined}
                aria-describedby={describedBy('key', `${ids.key}-hint`)}
                onChange={(event) => {
                  setKey(event.target.value);
                  setProblems((current) => ({ ...current, key: undefined }));
                }}
              />
              <p id={`${ids.key}-hint`} className="field-hint">
                {m('editor.keyHint')}
              </p>
              {fieldError('key')}
            </div>
          ) : null}
          <div className="field">
            <label htmlFor={ids.language}>{m('editor.language')}</label>
            <select
              ref={fieldRefs.language}
              id={ids.language}
              value={language}
              aria-describedby={describedBy('language')}
              onChange={(event) => {
                setLanguage(event.target.value as Language);
                setProblems({});
                setStatus(null);
              }}
            >
              {LANGUAGES.map((option) => (
                <option key={option} value={option}>
                  {existingLanguages.includes(option) || (isNew && option === 'ES')
                    ? m(`language.${option}`)
                    : m('editor.languageNew', { language: m(`language.${option}`) })}
                </option>
              ))}
            </select>
            {fieldError('language')}
          </div>
          <div className="field">
            <label htmlFor={ids.subject}>{m('editor.subject')}</label>
            <input
              ref={fieldRefs.subject}
              id={ids.subject}
              type="text"
              value={draft.subject}
              aria-invalid={problems.subject || unknownSubject.length > 0 ? true : undefined}
              aria-describedby={describedBy('subject', unknownSubject.length > 0 && `${ids.subject}-unknown`)}
              onChange={(event) => {
                edit({ subject: event.target.value });
                setProblems((current) => ({ ...current, subject: undefined }));
              }}
            />
            {unknownSubject.length > 0 && !problems.subject ? (
              <p id={`${ids.subject}-unknown`} className="field-warning">
                {m('editor.unknown', { variables: pipes(unknownSubject) })}
              </p>
            ) : null}
            {fieldError('subject')}
          </div>
          <div className="field">
            <label htmlFor={ids.body}>{m('editor.body')}</label>
            <textarea
              ref={bodyRef}
              id={ids.body}
              value={draft.body}
              rows={14}
              aria-invalid={problems.body || unknownBody.length > 0 ? true : undefined}
              aria-describedby={describedBy('body', unknownBody.length > 0 && `${ids.body}-unknown`)}
              onChange={(event) => {
                edit({ body: event.target.value });
                setProblems((current) => ({ ...current, body: undefined }));
              }}
            />
            {unknownBody.length > 0 && !problems.body ? (
              <p id={`${ids.body}-unknown`} className="field-warning">
                {m('editor.unknown', { variables: pipes(unknownBody) })}
              </p>
            ) : null}
            {fieldError('body')}
          </div>
          <section aria-labelledby={ids.variables}>
            <h2 id={ids.variables}>{m('editor.variables')}</h2>
            <p className="field-hint">{m('editor.variablesHint')}</p>
            <ul className="template-variables">
              {variables.map((name) => (
                <li key={name}>
                  <button type="button" className="secondary" aria-label={m('editor.insert', { variable: placeholderText(name) })} onClick={() => insertVariable(name)}>
                    |{name}|
                  </button>
                </li>
              ))}
            </ul>
          </section>
          <ErrorAlert message={general} className="field-error" />
          <p className="template-status" role="status">
            {status}
          </p>
          <div className="template-actions">
            <button type="submit" disabled={busy !== null}>
              {busy === 'save' ? m('editor.saving') : m('editor.save')}
            </button>
            <button type="button" className="secondary" disabled={busy !== null} onClick={() => void test()}>
              {busy === 'test' ? m('editor.sending') : m('editor.sendTest')}
            </button>
            {saved && language !== 'ES' && existingLanguages.includes(language) ? (
              <button type="button" className="secondary" disabled={busy !== null} onClick={() => void deleteTemplate(language)}>
                {m('editor.deleteTranslation', { language: m(`language.${language}`) })}
              </button>
            ) : null}
            {saved && !saved.builtIn ? (
              <button type="button" className="secondary" disabled={busy !== null} onClick={() => void deleteTemplate(null)}>
                {m('editor.delete')}
              </button>
            ) : null}
          </div>
        </form>
        <section className="template-preview" aria-labelledby={ids.preview}>
          <h2 id={ids.preview}>{m('preview.title')}</h2>
          <p className="field-hint">{m('preview.hint')}</p>
          {previewData ? (
            <dl>
              <dt className="muted">{m('preview.subject')}</dt>
              <dd className="preview-subject" data-testid="preview-subject">
                {previewData.subject}
              </dd>
              <dt className="muted">{m('preview.body')}</dt>
              <dd className="preview-body" data-testid="preview-body">
                {previewData.text}
              </dd>
            </dl>
          ) : (
            <p className="muted">{m('preview.loading')}</p>
          )}
        </section>
      </div>
    </>
  );
}
