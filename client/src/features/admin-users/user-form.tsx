import { useMutation, useQuery } from '@apollo/client/react';
import { USER_TYPES } from '@portal/shared';
import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { FiscalIdInput, Language as ApiLanguage } from '../../__generated__/graphql.js';
import { FieldError } from '../../components/form-messages.js';
import { LanguageOptions } from '../../components/language-select.js';
import { errorMessageKey } from '../../lib/errors.js';
import { useI18n } from '../../lib/i18n.js';
import { asyncHandler } from '../../lib/async-handler.js';
import { useDebounced } from '../../lib/use-debounced.js';
import { useForm, type FormFields } from '../../lib/use-form.js';
import { ADMIN_AVAILABLE_CUPS, ADMIN_CREATE_USER, ADMIN_UPDATE_USER } from './admin-users.documents.js';
import { useMessages } from './admin-users.messages.js';
import { inputOf, localProblems, newRow, serverProblem, validFiscalIds, type FiscalRow, type Problems, type UserFormValues } from './user-form-values.js';

// The create and edit form of a user: identity, user types, fiscal IDs (validated as typed with
// the shared validators), and the CUPS restriction picked from the CUPS those fiscal IDs reach,
// looked up live (debounced, valid IDs only) before anything is saved.

/** Changes some values and clears the API's problems of `clears`. */
type Change = (patch: Partial<UserFormValues>, clears: string[]) => void;
type PartProps = { form: FormFields; values: UserFormValues; change: Change };

type Props = {
  /** The user being edited; undefined to create one. */
  userId?: string;
  initial: UserFormValues;
  onSaved: (id: string) => void;
};

export function UserForm({ userId, initial, onSaved }: Props) {
  const { t, language } = useI18n();
  const m = useMessages();
  const form = useForm({ initial, validate: (values) => localProblems(values, m, language) });
  const { values } = form;
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [create, creating] = useMutation(ADMIN_CREATE_USER);
  const [update, updating] = useMutation(ADMIN_UPDATE_USER);
  const saving = creating.loading || updating.loading;

  const change: Change = (patch, clears) => {
    form.change(patch, clears);
    setSaved(false);
  };

  function showProblems(found: Problems) {
    form.report(found);
    setGeneral(m('form.fix'));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setGeneral(null);
    setSaved(false);
    const required: Problems = {};
    if (!values.name.trim()) required.name = m('field.required');
    if (!values.email.trim()) required.email = m('field.required');
    if (!values.isAdmin && values.userTypes.length === 0) required.userTypes = m('field.typesRequired');
    if (Object.keys(required).length > 0 || Object.keys(form.live).length > 0) return showProblems(required);
    const sent = inputOf(values);
    try {
      if (userId) {
        await update({ variables: { id: userId, input: sent.input } });
        form.report({});
        setSaved(true);
        onSaved(userId);
      } else {
        const result = await create({ variables: { input: sent.input } });
        const id = result.data?.createUser?.id;
        if (id) onSaved(id);
      }
    } catch (error) {
      const atField = serverProblem(error, sent, m, language);
      if (atField) showProblems(atField);
      else setGeneral(t(errorMessageKey(error)));
    }
  }

  const parts = { form, values, change };
  return (
    <form ref={form.formRef} className="admin-user-form" onSubmit={asyncHandler(submit)} noValidate>
      <IdentityFieldset {...parts} />
      {values.isAdmin ? (
        <p className="muted">{m('form.adminNote')}</p>
      ) : (
        <>
          <UserTypesFieldset {...parts} />
          <ScopeFieldset {...parts} />
          <CupsFieldset {...parts} />
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

/** A field's problem, inline below its control. */
function Problem({ form, field }: { form: FormFields; field: string }) {
  return <FieldError inline id={form.errorId(field)} message={form.problems[field]} />;
}

function IdentityFieldset({ form, values, change }: PartProps) {
  const m = useMessages();
  return (
    <fieldset>
      <legend>{m('form.identity')}</legend>
      <label>
        {m('form.name')}
        <input type="text" required autoComplete="off" value={values.name} onChange={(e) => change({ name: e.target.value }, ['name'])} {...form.control('name')} />
      </label>
      <Problem form={form} field="name" />
      <label>
        {m('form.email')}
        <input type="email" required autoComplete="off" value={values.email} onChange={(e) => change({ email: e.target.value }, ['email'])} {...form.control('email')} />
      </label>
      <Problem form={form} field="email" />
      <label>
        {m('form.language')}
        <select value={values.language} onChange={(e) => change({ language: e.target.value as ApiLanguage }, [])}>
          <LanguageOptions values="api" />
        </select>
      </label>
    </fieldset>
  );
}

function UserTypesFieldset({ form, values, change }: PartProps) {
  const m = useMessages();
  const hintId = useId();
  return (
    <fieldset aria-describedby={hintId}>
      <legend>{m('form.types')}</legend>
      <p id={hintId} className="muted">
        {m('form.typesHint')}
      </p>
      <div className="checkbox-list">
        {USER_TYPES.map((type) => (
          <label key={type} className="checkbox">
            <input
              type="checkbox"
              checked={values.userTypes.includes(type)}
              {...form.control('userTypes')}
              onChange={(e) => change({ userTypes: USER_TYPES.filter((other) => (other === type ? e.target.checked : values.userTypes.includes(other))) }, ['userTypes'])}
            />
            {m(`type.${type}`)}
          </label>
        ))}
      </div>
      <Problem form={form} field="userTypes" />
    </fieldset>
  );
}

/** The fiscal IDs that decide what the user sees: personal, company and related ones. */
function ScopeFieldset({ form, values, change }: PartProps) {
  const m = useMessages();
  return (
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
            {...form.control('personal')}
          />
        </label>
        <Problem form={form} field="personal" />
        <label>
          {m('form.personalKind')}
          <KindSelect
            passport={values.personal.passport}
            autoLabel={m('form.kindAuto')}
            onChange={(passport) => change({ personal: { ...values.personal, passport } }, ['personal'])}
          />
        </label>
      </div>
      <label>
        {m('form.company')}
        <input type="text" autoComplete="off" spellCheck={false} value={values.company} onChange={(e) => change({ company: e.target.value }, ['company'])} {...form.control('company')} />
      </label>
      <Problem form={form} field="company" />
      <RelatedFieldset form={form} values={values} change={change} />
    </fieldset>
  );
}

/** Detected from the value (DNI, NIE, NIF, CIF), or a passport, which cannot be told from its text. */
function KindSelect({ passport, autoLabel, onChange }: { passport: boolean; autoLabel: string; onChange: (passport: boolean) => void }) {
  const m = useMessages();
  return (
    <select value={passport ? 'PASSPORT' : 'AUTO'} onChange={(e) => onChange(e.target.value === 'PASSPORT')}>
      <option value="AUTO">{autoLabel}</option>
      <option value="PASSPORT">{m('form.kindPassport')}</option>
    </select>
  );
}

function RelatedFieldset({ form, values, change }: PartProps) {
  const m = useMessages();
  return (
    <fieldset>
      <legend>{m('form.related')}</legend>
      <p className="muted">{m('form.relatedHint')}</p>
      {values.related.length === 0 ? <p className="muted">{m('form.relatedNone')}</p> : null}
      <ul className="fiscal-rows">
        {values.related.map((row, index) => (
          <RelatedRow key={row.key} form={form} values={values} change={change} row={row} n={index + 1} />
        ))}
      </ul>
      <div>
        <button type="button" className="secondary" onClick={() => change({ related: [...values.related, newRow()] }, [])}>
          {m('form.relatedAdd')}
        </button>
      </div>
    </fieldset>
  );
}

function RelatedRow({ form, values, change, row, n }: PartProps & { row: FiscalRow; n: number }) {
  const m = useMessages();
  const field = `related:${row.key}`;
  const setRow = (patch: Partial<FiscalRow>) => change({ related: values.related.map((other) => (other.key === row.key ? { ...other, ...patch } : other)) }, [field]);
  return (
    <li className="fiscal-row">
      <label>
        {m('form.relatedValue', { n })}
        <input type="text" autoComplete="off" spellCheck={false} value={row.value} onChange={(e) => setRow({ value: e.target.value })} {...form.control(field)} />
      </label>
      <Problem form={form} field={field} />
      <label>
        {m('form.relatedKind', { n })}
        <KindSelect passport={row.passport} autoLabel={m('form.kindAutoAny')} onChange={(passport) => setRow({ passport })} />
      </label>
      <button
        type="button"
        className="secondary"
        aria-label={m('form.relatedRemove', { n })}
        onClick={() => change({ related: values.related.filter((other) => other.key !== row.key) }, [field])}
      >
        {m('form.remove')}
      </button>
    </li>
  );
}

/** The CUPS the form's valid fiscal IDs reach, asked for once typing pauses. */
function useAvailableCups(values: UserFormValues) {
  const fiscalIds = useMemo(() => validFiscalIds(values), [values]);
  const fiscalKey = JSON.stringify(fiscalIds);
  const debouncedKey = useDebounced(fiscalKey, 350);
  const debouncedIds = useMemo(() => JSON.parse(debouncedKey) as FiscalIdInput[], [debouncedKey]);
  const query = useQuery(ADMIN_AVAILABLE_CUPS, { variables: { fiscalIds: debouncedIds }, skip: values.isAdmin || debouncedIds.length === 0 });
  const available = debouncedIds.length === 0 ? [] : (query.data ?? query.previousData)?.availableCups;
  return { query, available, noIds: fiscalIds.length === 0, pending: fiscalKey !== debouncedKey || query.loading };
}

function CupsFieldset({ form, values, change }: PartProps) {
  const m = useMessages();
  const { t } = useI18n();
  const hintId = useId();
  const { query, available, noIds, pending } = useAvailableCups(values);
  const gone = values.cups.filter((cups) => available && !available.some((point) => point.cups === cups));
  const toggle = (cups: string, checked: boolean) =>
    change({ cups: checked ? [...values.cups, cups] : values.cups.filter((c) => c !== cups) }, [`cups:${cups}`]);
  return (
    <fieldset aria-describedby={hintId} aria-busy={pending}>
      <legend>{m('form.cups')}</legend>
      <p id={hintId} className="muted">
        {m('form.cupsHint')}
      </p>
      <p role="status" className="muted">
        {noIds
          ? m('form.cupsNoIds')
          : pending
            ? m('form.cupsLoading')
            : query.error
              ? t(errorMessageKey(query.error))
              : available && available.length === 0
                ? m('form.cupsNone')
                : available
                  ? m('form.cupsCount', { n: available.length })
                  : null}
      </p>
      {query.error && !pending ? (
        <div>
          <button type="button" className="secondary" onClick={() => void query.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}
      <ul className="cups-options">
        {(available ?? []).map((point) => (
          <CupsOption key={point.cups} form={form} cups={point.cups} checked={values.cups.includes(point.cups)} onToggle={toggle}>
            {point.address} · {point.accountName} ({point.fiscalId})
          </CupsOption>
        ))}
        {gone.map((cups) => (
          <CupsOption key={cups} form={form} cups={cups} checked onToggle={toggle}>
            <span className="warn-text">{m('form.cupsGone')}</span>
          </CupsOption>
        ))}
      </ul>
    </fieldset>
  );
}

type CupsOptionProps = { form: FormFields; cups: string; checked: boolean; onToggle: (cups: string, checked: boolean) => void; children: ReactNode };

function CupsOption({ form, cups, checked, onToggle, children }: CupsOptionProps) {
  const field = `cups:${cups}`;
  return (
    <li>
      <label className="checkbox">
        <input type="checkbox" checked={checked} onChange={(e) => onToggle(cups, e.target.checked)} {...form.control(field)} />
        <span>
          <span className="cups-code">{cups}</span> · {children}
        </span>
      </label>
      <Problem form={form} field={field} />
    </li>
  );
}
