import { PARSE_FAILURE_MESSAGES, parseFiscalId, USER_TYPES, type UserType } from '@portal/shared';
import type { FiscalIdInput, Language as ApiLanguage, UserInput } from '../../__generated__/graphql.js';
import { badUserInput } from '../../lib/errors.js';
import type { Messages } from './admin-users.messages.js';

// The values of the user form, and their problems: found as typed with the shared validators, or
// read from the API's BAD_USER_INPUT answer.

export type FiscalRow = { key: number; value: string; passport: boolean };

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
export const newRow = (value = '', passport = false): FiscalRow => ({ key: ++rowKeys, value, passport });

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
    // A related ID that is not a DNI, NIE, NIF or CIF can only have been saved as a passport.
    related: user.relatedFiscalIds.map((id) => newRow(id, !parseFiscalId(id).ok)),
    cups: [...user.cupsRestriction],
  };
}

/** A field's problem: `field` is name, email, userTypes, personal, company, related:<key>, cups:<CUPS>. */
export type Problems = Record<string, string>;

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
export function localProblems(values: UserFormValues, m: Messages, language: 'es' | 'en'): Problems {
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
export function validFiscalIds(values: UserFormValues): FiscalIdInput[] {
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

/** What the API gets: empty related rows are left out (rowKeys keeps the index → row mapping). */
export function inputOf(values: UserFormValues): { input: UserInput; rowKeys: number[] } {
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
export function serverProblem(error: unknown, sent: { input: UserInput; rowKeys: number[] }, m: Messages, language: 'es' | 'en'): Problems | null {
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

