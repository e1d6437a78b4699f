import { useMutation, useQuery } from '@apollo/client/react';
import { PARSE_FAILURE_MESSAGES, parseFiscalId, USER_TYPES, type UserType } from '@portal/shared';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { FiscalIdInput, Language as ApiLanguage, UserInput } from '../../__generated__/graphql.js';
import { badUserInput, errorMessageKey } from '../../lib/errors.js';
import { useI18n } from '../../lib/i18n.js';
import { ADMIN_AVAILABLE_CUPS, ADMIN_CREATE_USER, ADMIN_UPDATE_USER } from './admin-users.documents.js';
import { useMessages, type Messages } from './admin-users.messages.js';
import { asyncHandler } from '../../lib/async-handler.js';

// The create and edit form of a user: identity, user types, fiscal IDs (validated as typed with
// the shared validators), and the CUPS restriction picked from the CUPS those fiscal IDs reach,
// looked up live (debounced, valid IDs only) before anything is saved.

type FiscalRow = { key: number; value: string; passport: boolean };

export type UserFormValues = {
  name: string;
  email: string;
  language: ApiLanguage;
  isAdmin: boolean;
  userTypes: UserType[];
  personal: { value: string; passport: boolean };
  company: string;
  related: FiscalRow[];
  cups: string[];
};

export type LoadedUser = {
  name: string;
  email: string;
  language: ApiLanguage;
  isAdmin: boolean;
  userTypes: readonly string[];
  personalFiscalId?: string | null;
  personalFiscalIdKind?: string | null;
  companyFiscalId?: string | null;
  relatedFiscalIds: readonly string[];
  cupsRestriction: readonly string[];
};

let rowKeys = 0;
const newRow = (value = '', passport = false): FiscalRow => ({ key: ++rowKeys, value, passport });

export function emptyValues(): UserFormValues {
  return { name: '', email: '', language: 'ES', isAdmin: false, userTypes: [], personal: { value: '', passport: false }, company: '', related: [], cups: [] };
}

export function valuesOf(user: LoadedUser): UserFormValues {
  return {
    name: user.name,
    email: user.email,
    language: user.language,
    isAdmin: user.isAdmin,
    userTypes: USER_TYPES.filter((type) => user.userTypes.includes(type)),
    personal: { value: user.personalFiscalId ?? '', passport: user.personalFiscalIdKind === 'PASSPORT' },
    company: user.companyFiscalId ?? '',
    // A related ID that is not a DNI, NIE or CIF can only have been saved as a passport.
    related: user.relatedFiscalIds.map((id) => newRow(id, !parseFiscalId(id).ok)),
    cups: [...user.cupsRestriction],
  };
}

/** A field's problem: `field` is name, email, userTypes, personal, company, related:<key>, cups:<CUPS>. */
type Problems = Record<string, string>;

function parseMessage(language: 'es' | 'en', result: ReturnType<typeof parseFiscalId>): string | null {
  return result.ok ? null : PARSE_FAILURE_MESSAGES[language][result.reason];
}

function personalProblem(value: string, passport: boolean, m: Messages, language: 'es' | 'en'): string | null {
  if (value.trim() === '') return null;
  const parsed = parseFiscalId(value, passport ? 'PASSPORT' : undefined);
  if (parsed.ok && parsed.kind === 'CIF') return m('field.notPersonal');
  return parseMessage(language, parsed);
}

function companyProblem(value: string, m: Messages, language: 'es' | 'en'): string | null {
  if (value.trim() === '') return null;
  const detected = parseFiscalId(value);
  if (detected.ok && detected.kind !== 'CIF') return m('field.notCompany');
  return parseMessage(language, parseFiscalId(value, 'CIF'));
}

function relatedProblem(row: FiscalRow, language: 'es' | 'en'): string | null {
  if (row.value.trim() === '') return null;
  return parseMessage(language, parseFiscalId(row.value, row.passport ? 'PASSPORT' : undefined));
}

/** Problems found without the server, shown as the admin types. */
function localProblems(values: UserFormValues, m: Messages, language: 'es' | 'en'): Problems {
  const problems: Problems = {};
  const personal = personalProblem(values.personal.value, values.personal.passport, m, language);
  if (personal) problems.personal = personal;
  const company = companyProblem(values.company, m, language);
  if (company) problems.company = company;
  for (const row of values.related) {
    const problem = relatedProblem(row, language);
    if (problem) problems[`related:${row.key}`] = problem;
  }
  return problems;
}

/** The valid fiscal IDs in the form now: what the live CUPS list is asked for. */
function validFiscalIds(values: UserFormValues): FiscalIdInput[] {
  const ids: FiscalIdInput[] = [];
  const { personal } = values;
  if (personal.value.trim()) {
    const parsed = parseFiscalId(personal.value, personal.passport ? 'PASSPORT' : undefined);
    if (parsed.ok && parsed.kind !== 'CIF') ids.push({ value: parsed.value, kind: parsed.kind });
  }
  if (values.company.trim()) {
    const parsed = parseFiscalId(values.company, 'CIF');
    if (parsed.ok && parseFiscalId(values.company).ok) ids.push({ value: parsed.value, kind: 'CIF' });
  }
  for (const row of values.related) {
    if (!row.value.trim()) continue;
    const parsed = parseFiscalId(row.value, row.passport ? 'PASSPORT' : undefined);
    if (parsed.ok) ids.push({ value: parsed.value, kind: parsed.kind });
  }
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id.value) ? false : (seen.add(id.value), true)));
}

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/** What the API gets: empty related rows are left out (rowKeys keeps the index → row mapping). */
function inputOf(values: UserFormValues): { input: UserInput; rowKeys: number[] } {
  const rows = values.related.filter((row) => row.value.trim() !== '');
  const admin = values.isAdmin;
  return {
    rowKeys: rows.map((row) => row.key),
    input: {
      name: values.name,
      email: values.email,
      language: values.language,
      isAdmin: admin,
      userTypes: admin ? [] : values.userTypes,
      personalFiscalId: !admin && values.personal.value.trim() ? { value: values.personal.value, kind: values.personal.passport ? 'PASSPORT' : null } : null,
      companyFiscalId: !admin && values.company.trim() ? values.company : null,
      relatedFiscalIds: admin ? [] : rows.map((row) => ({ value: row.value, kind: row.passport ? 'PASSPORT' : null })),
      cupsRestriction: admin ? [] : values.cups,
    },
  };
}

/** A BAD_USER_INPUT answer, at the field its `argument` names (input.relatedFiscalIds[2], input.email…). */
function serverProblem(error: unknown, sent: { input: UserInput; rowKeys: number[] }, m: Messages, language: 'es' | 'en'): Problems | null {
  const problem = badUserInput(error);
  if (!problem) return null;
  const { reason } = problem;
  const match = /^input\.(\w+)(?:\[(\d+)\]|\.(\d+))?/.exec(problem.argument);
  if (!match) return null;
  const [, field, bracket, dotted] = match;
  const index = Number(bracket ?? dotted ?? 0);
  switch (field) {
    case 'name':
      return { name: reason === 'is empty' ? m('field.required') : m('field.invalid') };
    case 'email':
      return { email: /already used/.test(reason) ? m('field.emailTaken') : m('field.emailInvalid') };
    case 'userTypes':
      return { userTypes: m('field.typesRequired') };
    case 'personalFiscalId': {
      const value = sent.input.personalFiscalId;
      return { personal: (value && personalProblem(value.value, value.kind === 'PASSPORT', m, language)) || m('field.invalid') };
    }
    case 'companyFiscalId':
      return { company: companyProblem(sent.input.companyFiscalId ?? '', m, language) || m('field.invalid') };
    case 'relatedFiscalIds': {
      const key = sent.rowKeys[index];
      return key === undefined ? null : { [`related:${key}`]: m('field.invalid') };
    }
    case 'cupsRestriction': {
      const cups = sent.input.cupsRestriction?.[index];
      return cups === undefined ? null : { [`cups:${cups}`]: m('field.cupsOutOfScope') };
    }
    default:
      return null;
  }
}

type Props = {
  /** The user being edited; undefined to create one. */
  userId?: string;
  initial: UserFormValues;
  onSaved: (id: string) => void;
};

export function UserForm({ userId, initial, onSaved }: Props) {
  const { t, language } = useI18n();
  const m = useMessages();
  const formId = useId();
  const [values, setValues] = useState(initial);
  const [serverProblems, setServerProblems] = useState<Problems>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [create, creating] = useMutation(ADMIN_CREATE_USER);
  const [update, updating] = useMutation(ADMIN_UPDATE_USER);
  const saving = creating.loading || updating.loading;
  const formRef = useRef<HTMLFormElement>(null);

  const local = useMemo(() => localProblems(values, m, language), [values, m, language]);
  const problems: Problems = { ...serverProblems, ...local };

  function change(patch: Partial<UserFormValues>, clears: string[]) {
    setValues((current) => ({ ...current, ...patch }));
    setSaved(false);
    setServerProblems((current) => {
      const next = { ...current };
      for (const field of clears) delete next[field];
      return next;
    });
  }

  const fiscalIds = useMemo(() => validFiscalIds(values), [values]);
  const fiscalKey = JSON.stringify(fiscalIds);
  const debouncedKey = useDebounced(fiscalKey, 350);
  const debouncedIds = useMemo(() => JSON.parse(debouncedKey) as FiscalIdInput[], [debouncedKey]);
  const cupsQuery = useQuery(ADMIN_AVAILABLE_CUPS, { variables: { fiscalIds: debouncedIds }, skip: values.isAdmin || debouncedIds.length === 0 });
  const available = debouncedIds.length === 0 ? [] : (cupsQuery.data ?? cupsQuery.previousData)?.availableCups;
  const pending = fiscalKey !== debouncedKey || cupsQuery.loading;
  const gone = values.cups.filter((cups) => available && !available.some((point) => point.cups === cups));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setGeneral(null);
    setSaved(false);
    const required: Problems = {};
    if (!values.name.trim()) required.name = m('field.required');
    if (!values.email.trim()) required.email = m('field.required');
    if (!values.isAdmin && values.userTypes.length === 0) required.userTypes = m('field.typesRequired');
    if (Object.keys(required).length > 0 || Object.keys(local).length > 0) {
      setServerProblems(required);
      setGeneral(m('form.fix'));
      focusFirstProblem();
      return;
    }
    const sent = inputOf(values);
    try {
      if (userId) {
        await update({ variables: { id: userId, input: sent.input } });
        setServerProblems({});
        setSaved(true);
        onSaved(userId);
      } else {
        const result = await create({ variables: { input: sent.input } });
        const id = result.data?.createUser?.id;
        if (id) onSaved(id);
      }
    } catch (error) {
      const atField = serverProblem(error, sent, m, language);
      if (atField) {
        setServerProblems(atField);
        setGeneral(m('form.fix'));
        focusFirstProblem();
      } else setGeneral(t(errorMessageKey(error)));
    }
  }

  // Focus moves once the problems are on screen: after React has committed them, not a frame later.
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);
  const focusFirstProblem = () => setFocusRequest((n) => n + 1);

  const errorId = (field: string) => `${formId}-${field.replace(/[^\w-]/g, '_')}-error`;
  const invalid = (field: string) => (problems[field] ? { 'aria-invalid': true as const, 'aria-describedby': errorId(field) } : {});
  const FieldError = ({ field }: { field: string }) =>
    problems[field] ? (
      <span id={errorId(field)} className="field-error">
        {problems[field]}
      </span>
    ) : null;

  return (
    <form ref={formRef} className="admin-user-form" onSubmit={asyncHandler(submit)} noValidate>
      <fieldset>
        <legend>{m('form.identity')}</legend>
        <label>
          {m('form.name')}
          <input type="text" required autoComplete="off" value={values.name} onChange={(e) => change({ name: e.target.value }, ['name'])} {...invalid('name')} />
        </label>
        <FieldError field="name" />
        <label>
          {m('form.email')}
          <input type="email" required autoComplete="off" value={values.email} onChange={(e) => change({ email: e.target.value }, ['email'])} {...invalid('email')} />
        </label>
        <FieldError field="email" />
        <label>
          {m('form.language')}
          <select value={values.language} onChange={(e) => change({ language: e.target.value as ApiLanguage }, [])}>
            <option value="ES" lang="es">
              Español
            </option>
            <option value="EN" lang="en">
              English
            </option>
          </select>
        </label>
      </fieldset>

      {values.isAdmin ? (
        <p className="muted">{m('form.adminNote')}</p>
      ) : (
        <>
          <fieldset aria-describedby={`${formId}-types-hint`}>
            <legend>{m('form.types')}</legend>
            <p id={`${formId}-types-hint`} className="muted">
              {m('form.typesHint')}
            </p>
            <div className="checkbox-list">
              {USER_TYPES.map((type) => (
                <label key={type} className="checkbox">
                  <input
                    type="checkbox"
                    checked={values.userTypes.includes(type)}
                    {...(problems.userTypes ? { 'aria-invalid': true as const, 'aria-describedby': errorId('userTypes') } : {})}
                    onChange={(e) =>
                      change(
                        { userTypes: USER_TYPES.filter((t2) => (t2 === type ? e.target.checked : values.userTypes.includes(t2))) },
                        ['userTypes'],
                      )
                    }
                  />
                  {m(`type.${type}`)}
                </label>
              ))}
            </div>
            <FieldError field="userTypes" />
          </fieldset>

          <fieldset>
            <legend>{m('form.scope')}</legend>
            <p className="muted">{m('form.scopeHint')}</p>
            <div className="fiscal-row">
              <label>
                {m('form.personal')}
                <input
                  type="text"
                  autoComplete="off"
                  spellCheck={false}
                  value={values.personal.value}
                  onChange={(e) => change({ personal: { ...values.personal, value: e.target.value } }, ['personal'])}
                  {...invalid('personal')}
                />
              </label>
              <FieldError field="personal" />
              <label>
                {m('form.personalKind')}
                <select
                  value={values.personal.passport ? 'PASSPORT' : 'AUTO'}
                  onChange={(e) => change({ personal: { ...values.personal, passport: e.target.value === 'PASSPORT' } }, ['personal'])}
                >
                  <option value="AUTO">{m('form.kindAuto')}</option>
                  <option value="PASSPORT">{m('form.kindPassport')}</option>
                </select>
              </label>
            </div>
            <label>
              {m('form.company')}
              <input type="text" autoComplete="off" spellCheck={false} value={values.company} onChange={(e) => change({ company: e.target.value }, ['company'])} {...invalid('company')} />
            </label>
            <FieldError field="company" />

            <fieldset>
              <legend>{m('form.related')}</legend>
              <p className="muted">{m('form.relatedHint')}</p>
              {values.related.length === 0 ? <p className="muted">{m('form.relatedNone')}</p> : null}
              <ul className="fiscal-rows">
                {values.related.map((row, index) => {
                  const field = `related:${row.key}`;
                  const setRow = (patch: Partial<FiscalRow>) =>
                    change({ related: values.related.map((other) => (other.key === row.key ? { ...other, ...patch } : other)) }, [field]);
                  return (
                    <li key={row.key} className="fiscal-row">
                      <label>
                        {m('form.relatedValue', { n: index + 1 })}
                        <input type="text" autoComplete="off" spellCheck={false} value={row.value} onChange={(e) => setRow({ value: e.target.value })} {...invalid(field)} />
                      </label>
                      <FieldError field={field} />
                      <label>
                        {m('form.relatedKind', { n: index + 1 })}
                        <select value={row.passport ? 'PASSPORT' : 'AUTO'} onChange={(e) => setRow({ passport: e.target.value === 'PASSPORT' })}>
                          <option value="AUTO">{m('form.kindAutoAny')}</option>
                          <option value="PASSPORT">{m('form.kindPassport')}</option>
                        </select>
                      </label>
                      <button
                        type="button"
                        className="secondary"
                        aria-label={m('form.relatedRemove', { n: index + 1 })}
                        onClick={() => change({ related: values.related.filter((other) => other.key !== row.key) }, [field])}
                      >
                        {m('form.remove')}
                      </button>
                    </li>
                  );
                })}
              </ul>
              <div>
                <button type="button" className="secondary" onClick={() => change({ related: [...values.related, newRow()] }, [])}>
                  {m('form.relatedAdd')}
                </button>
              </div>
            </fieldset>
          </fieldset>

          <fieldset aria-describedby={`${formId}-cups-hint`} aria-busy={pending}>
            <legend>{m('form.cups')}</legend>
            <p id={`${formId}-cups-hint`} className="muted">
              {m('form.cupsHint')}
            </p>
            <p role="status" className="muted">
              {fiscalIds.length === 0
                ? m('form.cupsNoIds')
                : pending
                  ? m('form.cupsLoading')
                  : cupsQuery.error
                    ? t(errorMessageKey(cupsQuery.error))
                    : available && available.length === 0
                      ? m('form.cupsNone')
                      : available
                        ? m('form.cupsCount', { n: available.length })
                        : null}
            </p>
            {cupsQuery.error && !pending ? (
              <div>
                <button type="button" className="secondary" onClick={() => void cupsQuery.refetch()}>
                  {t('common.retry')}
                </button>
              </div>
            ) : null}
            <ul className="cups-options">
              {(available ?? []).map((point) => {
                const field = `cups:${point.cups}`;
                return (
                  <li key={point.cups}>
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        checked={values.cups.includes(point.cups)}
                        onChange={(e) =>
                          change({ cups: e.target.checked ? [...values.cups, point.cups] : values.cups.filter((c) => c !== point.cups) }, [field])
                        }
                        {...invalid(field)}
                      />
                      <span>
                        <span className="cups-code">{point.cups}</span> · {point.address} · {point.accountName} ({point.fiscalId})
                      </span>
                    </label>
                    <FieldError field={field} />
                  </li>
                );
              })}
              {gone.map((cups) => {
                const field = `cups:${cups}`;
                return (
                  <li key={cups}>
                    <label className="checkbox">
                      <input type="checkbox" checked onChange={() => change({ cups: values.cups.filter((c) => c !== cups) }, [field])} {...invalid(field)} />
                      <span>
                        <span className="cups-code">{cups}</span> · <span className="warn-text">{m('form.cupsGone')}</span>
                      </span>
                    </label>
                    <FieldError field={field} />
                  </li>
                );
              })}
            </ul>
          </fieldset>
        </>
      )}

      <div className="form-actions">
        <button type="submit" disabled={saving}>
          {saving ? m('form.saving') : userId ? m('form.save') : m('form.create')}
        </button>
      </div>
      <div role="alert">{general ? <p className="error">{general}</p> : null}</div>
      <p role="status">{saved ? m('form.saved') : null}</p>
    </form>
  );
}
