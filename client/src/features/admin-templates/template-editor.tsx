import { useMutation, useQuery } from '@apollo/client/react';
import { placeholderList, placeholdersIn, placeholderText } from '@portal/shared';
import { useId, useMemo, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
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
import { ErrorAlert, FieldError } from '../../components/form-messages.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryResult } from '../../components/query-result.js';
import { EmptyState } from '../../components/states.js';
import { apiProblem, errorMessageKey } from '../../lib/errors.js';
import { useI18n } from '../../lib/i18n.js';
import { asyncHandler } from '../../lib/async-handler.js';
import { useDebounced } from '../../lib/use-debounced.js';
import { fieldOfArgument, useForm, type FormFields } from '../../lib/use-form.js';
import { useMessages } from './admin-templates.messages.js';

type Template = NonNullable<AdminTemplateDetailQuery['emailTemplate']>;
type Draft = { subject: string; body: string };
type Field = 'key' | 'language' | 'subject' | 'body';
type Values = { key: string; language: Language; drafts: Record<Language, Draft> };
type Action = 'save' | 'test' | 'delete';

const LANGUAGES: Language[] = ['ES', 'EN'];
const FIELDS: readonly string[] = ['key', 'language', 'subject', 'body'] satisfies Field[];
/** The reasons the API gives for a field, each with its own text. */
const FIELD_REASONS = ['KEY_FORMAT', 'SPANISH_FIRST', 'REQUIRED', 'TOO_LONG', 'LINE_BREAK', 'UNKNOWN_VARIABLES', 'MISSING_REQUIRED_VARIABLE'] as const;

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

function draftsOf(template: Template | null): Record<Language, Draft> {
  const of = (language: Language) => template?.translations.find((translation) => translation.language === language);
  return Object.fromEntries(LANGUAGES.map((language) => [language, { subject: of(language)?.subject ?? '', body: of(language)?.body ?? '' }])) as Record<
    Language,
    Draft
  >;
}

/** The placeholders of `text` the template does not offer (none while the offered ones are unknown). */
function unknownIn(text: string, variables: readonly string[]): string[] {
  return variables.length > 0 ? placeholdersIn(text).filter((name) => !variables.includes(name)) : [];
}

/** The rendered preview of the draft, asked for once typing pauses, and the placeholders it offers. */
function useTemplatePreview(key: string, language: Language, draft: Draft, saved: Template | null) {
  const previewInput = useDebounced(
    useMemo(() => ({ key: key.trim() || null, language, subject: draft.subject, body: draft.body }), [key, language, draft]),
    350,
  );
  const preview = useQuery(ADMIN_TEMPLATE_PREVIEW, { variables: { input: previewInput } });
  const previewData = preview.data?.previewEmailTemplate ?? preview.previousData?.previewEmailTemplate ?? null;
  return { previewData, variables: previewData?.variables ?? saved?.variables ?? [] };
}

/** Problems found before asking the server: a well-formed key, a subject and a body using offered placeholders. */
function draftProblems(values: Values, isNew: boolean, variables: readonly string[], m: ReturnType<typeof useMessages>): Partial<Record<Field, string>> {
  const draft = values.drafts[values.language];
  const found: Partial<Record<Field, string>> = {};
  if (isNew && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.key.trim())) found.key = m('error.KEY_FORMAT');
  for (const field of ['subject', 'body'] as const) {
    const unknown = unknownIn(draft[field], variables);
    if (!draft[field].trim()) found[field] = m('error.REQUIRED');
    else if (unknown.length > 0) found[field] = m('error.UNKNOWN_VARIABLES', { variables: placeholderList(unknown) });
  }
  return found;
}

function EditorForm({ template }: { template: Template | null }) {
  const m = useMessages();
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const form = useForm<Values, Action>({ initial: () => ({ key: template?.key ?? '', language: 'ES', drafts: draftsOf(template) }) });
  const { key, language, drafts } = form.values;
  const [saved, setSaved] = useState<Template | null>(template);
  const [general, setGeneral] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>((location.state as { saved?: boolean } | null)?.saved ? m('editor.saved') : null);

  const draft = drafts[language];
  const isNew = saved === null;
  const { previewData, variables } = useTemplatePreview(key, language, draft, saved);

  const [save] = useMutation(ADMIN_TEMPLATE_SAVE, { refetchQueries: [ADMIN_TEMPLATES_LIST] });
  const [sendTest] = useMutation(ADMIN_TEMPLATE_SEND_TEST);
  const [remove] = useMutation(ADMIN_TEMPLATE_DELETE, { refetchQueries: [ADMIN_TEMPLATES_LIST] });

  function edit(patch: Partial<Draft>, clears: Field[]) {
    // From the current values, not this render's: an inserted variable and a keystroke in one tick both count.
    form.setValues((v) => ({ ...v, drafts: { ...v.drafts, [v.language]: { ...v.drafts[v.language], ...patch } } }));
    form.clear(...clears);
    setStatus(null);
  }

  function insertVariable(name: string) {
    const textarea = bodyRef.current;
    const token = placeholderText(name);
    const start = textarea?.selectionStart ?? draft.body.length;
    const end = textarea?.selectionEnd ?? draft.body.length;
    edit({ body: draft.body.slice(0, start) + token + draft.body.slice(end) }, []);
    requestAnimationFrame(() => {
      textarea?.focus();
      textarea?.setSelectionRange(start + token.length, start + token.length);
    });
  }

  function showApiError(error: unknown) {
    const { argument, reason, extras } = apiProblem(error);
    const field = argument?.startsWith('input.') ? fieldOfArgument(argument) : undefined;
    const known = FIELD_REASONS.find((candidate) => candidate === reason);
    if (field && FIELDS.includes(field) && known) return form.report({ [field]: m(`error.${known}`, { variables: placeholderList(extras.variables) }) });
    if (reason === 'BUILT_IN' || reason === 'IN_USE') return setGeneral(m(`error.${reason}`));
    setGeneral(t(errorMessageKey(error)));
  }

  /** Runs one of the editor's actions: messages cleared first, the API's refusal shown at its field. */
  function act(action: Action, task: () => Promise<void>) {
    setGeneral(null);
    return form.run(action, async () => {
      try {
        await task();
      } catch (error) {
        showApiError(error);
      }
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setGeneral(null);
    setStatus(null);
    if (form.report(draftProblems(form.values, isNew, variables, m))) return;
    await act('save', async () => {
      const result = await save({ variables: { input: { key: key.trim(), language, subject: draft.subject, body: draft.body } } });
      const next = result.data?.saveEmailTemplate;
      if (next && isNew) {
        void navigate(`../${encodeURIComponent(next.key)}`, { relative: 'path', replace: true, state: { saved: true } });
        return;
      }
      if (next) setSaved(next);
      setStatus(m('editor.saved'));
    });
  }

  async function test() {
    setGeneral(null);
    setStatus(null);
    const required = { subject: draft.subject.trim() ? undefined : m('error.REQUIRED'), body: draft.body.trim() ? undefined : m('error.REQUIRED') };
    if (form.report(required)) return;
    await act('test', async () => {
      const result = await sendTest({ variables: { input: { key: key.trim() || null, language, subject: draft.subject, body: draft.body } } });
      setStatus(m('editor.sent', { email: result.data?.sendTestEmail ?? '' }));
    });
  }

  async function deleteTemplate(onlyLanguage: Language | null) {
    if (!saved) return;
    const question = onlyLanguage
      ? m('editor.confirmDeleteTranslation', { language: m(`language.${onlyLanguage}`), key: saved.key })
      : m('editor.confirmDelete', { key: saved.key });
    if (!window.confirm(question)) return;
    await act('delete', async () => {
      await remove({ variables: { key: saved.key, language: onlyLanguage } });
      if (!onlyLanguage) {
        void navigate('..', { relative: 'path' });
        return;
      }
      setSaved({ ...saved, languages: saved.languages.filter((l) => l !== onlyLanguage) });
      form.setValues((current) => ({ ...current, language: 'ES', drafts: { ...current.drafts, [onlyLanguage]: { subject: '', body: '' } } }));
    });
  }

  function chooseLanguage(next: Language) {
    form.change({ language: next });
    form.report({});
    setStatus(null);
  }

  return (
    <>
      <EditorHeader saved={saved} />
      <div className="template-editor">
        <form ref={form.formRef} className="template-form" onSubmit={asyncHandler(submit)} noValidate>
          {isNew ? <KeyField form={form} value={key} onChange={(value) => form.change({ key: value })} /> : null}
          <LanguageField form={form} value={language} existing={saved?.languages ?? []} isNew={isNew} onChange={chooseLanguage} />
          <DraftField form={form} field="subject" value={draft.subject} variables={variables} onChange={(value) => edit({ subject: value }, ['subject'])} />
          <DraftField
            form={form}
            field="body"
            value={draft.body}
            variables={variables}
            onChange={(value) => edit({ body: value }, ['body'])}
            textareaRef={bodyRef}
          />
          <VariableButtons variables={variables} onInsert={insertVariable} />
          <ErrorAlert message={general} className="field-error" />
          <p className="template-status" role="status">
            {status}
          </p>
          <EditorActions
            busy={form.submitting}
            saved={saved}
            language={language}
            onTest={() => void test()}
            onDelete={(onlyLanguage) => void deleteTemplate(onlyLanguage)}
          />
        </form>
        <PreviewPanel preview={previewData} />
      </div>
    </>
  );
}

type EditorActionsProps = {
  busy: Action | null;
  saved: Template | null;
  language: Language;
  onTest: () => void;
  /** Deletes one translation, or the whole template with null. */
  onDelete: (onlyLanguage: Language | null) => void;
};

/** Save (the form's submit), send a test, and the deletions the template allows. */
function EditorActions({ busy, saved, language, onTest, onDelete }: EditorActionsProps) {
  const m = useMessages();
  return (
    <div className="template-actions">
      <button type="submit" disabled={busy !== null}>
        {busy === 'save' ? m('editor.saving') : m('editor.save')}
      </button>
      <button type="button" className="secondary" disabled={busy !== null} onClick={onTest}>
        {busy === 'test' ? m('editor.sending') : m('editor.sendTest')}
      </button>
      {saved && language !== 'ES' && saved.languages.includes(language) ? (
        <button type="button" className="secondary" disabled={busy !== null} onClick={() => onDelete(language)}>
          {m('editor.deleteTranslation', { language: m(`language.${language}`) })}
        </button>
      ) : null}
      {saved && !saved.builtIn ? (
        <button type="button" className="secondary" disabled={busy !== null} onClick={() => onDelete(null)}>
          {m('editor.delete')}
        </button>
      ) : null}
    </div>
  );
}

function EditorHeader({ saved }: { saved: Template | null }) {
  const m = useMessages();
  const uses = saved?.usedBy.map((use) => m(use.kind === 'PORTAL_EVENT' ? 'use.PORTAL_EVENT' : 'use.AUTOMATIC_ACTION', { name: use.name })) ?? [];
  return (
    <PageHeader
      title={saved ? m('editor.title', { key: saved.key }) : m('editor.newTitle')}
      subtitle={uses.length > 0 ? m('editor.usedBy', { uses: uses.join('; ') }) : undefined}
      actions={
        <Link to=".." relative="path">
          {m('editor.back')}
        </Link>
      }
    />
  );
}

/** One labelled control with its problem below it. */
function LabelledField({ form, field, label, id, children }: { form: FormFields; field: Field; label: string; id: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      <FieldError id={form.errorId(field)} message={form.problems[field]} />
    </div>
  );
}

function KeyField({ form, value, onChange }: { form: FormFields; value: string; onChange: (value: string) => void }) {
  const m = useMessages();
  const id = useId();
  return (
    <LabelledField form={form} field="key" label={m('editor.key')} id={id}>
      <input
        id={id}
        type="text"
        value={value}
        autoComplete="off"
        spellCheck={false}
        {...form.control('key', { describedBy: [`${id}-hint`] })}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-hint`} className="field-hint">
        {m('editor.keyHint')}
      </p>
    </LabelledField>
  );
}

type LanguageFieldProps = { form: FormFields; value: Language; existing: readonly Language[]; isNew: boolean; onChange: (language: Language) => void };

function LanguageField({ form, value, existing, isNew, onChange }: LanguageFieldProps) {
  const m = useMessages();
  const id = useId();
  return (
    <LabelledField form={form} field="language" label={m('editor.language')} id={id}>
      <select id={id} value={value} {...form.control('language')} onChange={(event) => onChange(event.target.value as Language)}>
        {LANGUAGES.map((option) => (
          <option key={option} value={option}>
            {existing.includes(option) || (isNew && option === 'ES') ? m(`language.${option}`) : m('editor.languageNew', { language: m(`language.${option}`) })}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

type DraftFieldProps = {
  form: FormFields;
  field: 'subject' | 'body';
  value: string;
  variables: readonly string[];
  onChange: (value: string) => void;
  /** Given for the body: a multi-line box the placeholder buttons insert into. */
  textareaRef?: RefObject<HTMLTextAreaElement | null>;
};

/** The subject or the body, warning of placeholders the template does not offer while typing. */
function DraftField({ form, field, value, variables, onChange, textareaRef }: DraftFieldProps) {
  const m = useMessages();
  const id = useId();
  const unknown = unknownIn(value, variables);
  const warningId = `${id}-unknown`;
  const props = {
    id,
    value,
    ...form.control(field, { invalid: unknown.length > 0, describedBy: [unknown.length > 0 && warningId] }),
  };
  return (
    <LabelledField form={form} field={field} label={m(field === 'subject' ? 'editor.subject' : 'editor.body')} id={id}>
      {textareaRef ? (
        <textarea ref={textareaRef} {...props} rows={14} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input type="text" {...props} onChange={(event) => onChange(event.target.value)} />
      )}
      {unknown.length > 0 && !form.problems[field] ? (
        <p id={warningId} className="field-warning">
          {m('editor.unknown', { variables: placeholderList(unknown) })}
        </p>
      ) : null}
    </LabelledField>
  );
}

function VariableButtons({ variables, onInsert }: { variables: readonly string[]; onInsert: (name: string) => void }) {
  const m = useMessages();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{m('editor.variables')}</h2>
      <p className="field-hint">{m('editor.variablesHint')}</p>
      <ul className="template-variables">
        {variables.map((name) => (
          <li key={name}>
            <button type="button" className="secondary" aria-label={m('editor.insert', { variable: placeholderText(name) })} onClick={() => onInsert(name)}>
              |{name}|
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function PreviewPanel({ preview }: { preview: { subject: string; text: string } | null }) {
  const m = useMessages();
  const headingId = useId();
  return (
    <section className="template-preview" aria-labelledby={headingId}>
      <h2 id={headingId}>{m('preview.title')}</h2>
      <p className="field-hint">{m('preview.hint')}</p>
      {preview ? (
        <dl>
          <dt className="muted">{m('preview.subject')}</dt>
          <dd className="preview-subject" data-testid="preview-subject">
            {preview.subject}
          </dd>
          <dt className="muted">{m('preview.body')}</dt>
          <dd className="preview-body" data-testid="preview-body">
            {preview.text}
          </dd>
        </dl>
      ) : (
        <p className="muted">{m('preview.loading')}</p>
      )}
    </section>
  );
}
