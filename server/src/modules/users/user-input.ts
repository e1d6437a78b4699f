import { DEFAULT_LANGUAGE, isUserType, parseCups, parseFiscalId, type UserType, type Language, type FiscalIdKind } from '@portal/shared';
import { badInput } from '../../core/errors.js';
import { isEmailAddress, normalizeEmail } from '../../core/email-address.js';
import type { FiscalIdInput, UserInput } from './user.inputs.js';

/** A user's editable fields, validated and normalised: what is written to `app_user`. */
export type UserFields = {
  email: string;
  name: string;
  language: Language;
  isAdmin: boolean;
  userTypes: UserType[];
  personalFiscalId: string | null;
  personalFiscalIdKind: FiscalIdKind | null;
  companyFiscalId: string | null;
  relatedFiscalIds: string[];
  cupsRestriction: string[];
};

export type ParsedFiscalId = { value: string; kind: FiscalIdKind };

const MAX_NAME_LENGTH = 200;

/** Any kind of fiscal ID, normalised; `argument` names the field in the error. */
export function fiscalIdArgument(argument: string, input: FiscalIdInput): ParsedFiscalId {
  const parsed = parseFiscalId(input.value, input.kind ?? undefined);
  if (!parsed.ok) throw badInput(argument, parsed.message);
  return { value: parsed.value, kind: parsed.kind };
}

function personalFiscalIdArgument(argument: string, input: FiscalIdInput): ParsedFiscalId {
  const notCif = 'a personal fiscal ID is a DNI, NIE, NIF or passport, not a CIF (use companyFiscalId)';
  if (input.kind === 'CIF') throw badInput(argument, notCif);
  const parsed = fiscalIdArgument(argument, input);
  if (parsed.kind === 'CIF') throw badInput(argument, `${parsed.value} is a CIF; ${notCif}`);
  return parsed;
}

function companyFiscalIdArgument(argument: string, value: string): string {
  const detected = parseFiscalId(value);
  if (detected.ok && detected.kind !== 'CIF') {
    throw badInput(argument, `${detected.value} is a ${detected.kind}; a company fiscal ID is a CIF (use personalFiscalId)`);
  }
  // Parsed as a CIF, so a malformed value gets the CIF's own explanation.
  return fiscalIdArgument(argument, { value, kind: 'CIF' }).value;
}

/**
 * Checks and normalises everything that needs no database (the service then checks the e-mail
 * is free and the CUPS are in scope). Throws BAD_USER_INPUT naming the first wrong field,
 * e.g. `input.relatedFiscalIds[2]`.
 */
export function parseUserInput(input: UserInput, argument = 'input'): UserFields {
  const email = normalizeEmail(input.email);
  if (!isEmailAddress(email)) throw badInput(`${argument}.email`, `${email || 'an empty value'} is not an e-mail address`);

  const name = input.name.trim();
  if (name === '') throw badInput(`${argument}.name`, 'is empty');
  if (name.length > MAX_NAME_LENGTH) throw badInput(`${argument}.name`, `is longer than ${MAX_NAME_LENGTH} characters`);

  const userTypes = [...new Set(input.userTypes)];
  const unknownType = userTypes.find((type) => !isUserType(type));
  if (unknownType !== undefined) throw badInput(`${argument}.userTypes`, `${unknownType} is not a user type`);

  const personal = input.personalFiscalId ? personalFiscalIdArgument(`${argument}.personalFiscalId`, input.personalFiscalId) : null;
  const company = input.companyFiscalId?.trim() ? companyFiscalIdArgument(`${argument}.companyFiscalId`, input.companyFiscalId) : null;
  const related = input.relatedFiscalIds.map((id, i) => fiscalIdArgument(`${argument}.relatedFiscalIds[${i}]`, id).value);
  const cupsRestriction = input.cupsRestriction.map((cups, i) => {
    const parsed = parseCups(cups);
    if (!parsed.ok) throw badInput(`${argument}.cupsRestriction[${i}]`, parsed.message);
    return parsed.value;
  });

  if (input.isAdmin) {
    // Admins see every row through the explicit admin bypass; a scope on them would mean nothing.
    if (userTypes.length > 0) throw badInput(`${argument}.userTypes`, 'an admin has no user types; leave it empty');
    const scoped = personal ? 'personalFiscalId' : company ? 'companyFiscalId' : related.length ? 'relatedFiscalIds' : cupsRestriction.length ? 'cupsRestriction' : null;
    if (scoped) throw badInput(`${argument}.${scoped}`, 'an admin sees every row and has no scope; leave it empty');
  } else if (userTypes.length === 0) {
    throw badInput(`${argument}.userTypes`, 'a customer needs at least one user type');
  }

  return {
    email,
    name,
    language: input.language ?? DEFAULT_LANGUAGE,
    isAdmin: input.isAdmin,
    userTypes: userTypes as UserType[],
    personalFiscalId: personal?.value ?? null,
    personalFiscalIdKind: personal?.kind ?? null,
    companyFiscalId: company,
    relatedFiscalIds: [...new Set(related)],
    cupsRestriction: [...new Set(cupsRestriction)],
  };
}
