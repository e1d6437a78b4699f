import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, invalidInput } from '../../core/errors.js';
import { tokenHash } from '../../core/secrets.js';
import { consumeSecret, newLinkToken, retireLiveSecrets, supersedeLiveSecrets } from '../../core/tokens/single-use-secret.js';
import { AuthAttemptKind } from '../auth/auth-attempt.entity.js';
import { isEmailAddress, normalizeEmail } from '../../core/email-address.js';
import { ipSubject, recordAttempt, userSubject, type Limit } from '../auth/index.js';
import { revokeSignInSecrets } from '../auth/index.js';
import { CustomerAccount } from '../customers/customer-account.entity.js';
import { enqueueTemplateEmail, raisePortalEvent } from '../notifications/index.js';
import { User } from '../users/user.entity.js';
import { EmailChangeToken } from './email-change-token.entity.js';
import type { PersonalData, PersonalDataInput } from './personal-data.types.js';

/** The confirmation link of an e-mail change works for 24 hours. */
export const EMAIL_CHANGE_VALID_MS = 24 * 3_600_000;
export const EMAIL_CHANGE_TEMPLATE = 'email-change';
/** Each request e-mails an address the user typed: five an hour per user, thirty per IP. */
export const EMAIL_CHANGE_REQUESTS_PER_HOUR = 5;
const HOUR_MS = 3_600_000;

function emailChangeLimits(userId: string, ip: string | null): Limit[] {
  return [
    { subject: userSubject(userId), max: EMAIL_CHANGE_REQUESTS_PER_HOUR, windowMs: HOUR_MS },
    { subject: ipSubject(ip), max: 30, windowMs: HOUR_MS },
  ];
}
/** The SPA page the link opens; the token travels in the fragment (never in a server log). */
export const EMAIL_CHANGE_PAGE = '/profile/confirm-email';

export const PersonalDataErrorCode = {
  /** Unknown, used, superseded or expired link (one answer for all). */
  EMAIL_CHANGE_LINK_INVALID: 'EMAIL_CHANGE_LINK_INVALID',
  /** At confirmation: another user already signs in with the new address. */
  EMAIL_TAKEN: 'EMAIL_TAKEN',
} as const;

function linkInvalid(): DomainError {
  return new DomainError(PersonalDataErrorCode.EMAIL_CHANGE_LINK_INVALID, 'This confirmation link is no longer valid. Ask for the change again.');
}

function emailTaken(): DomainError {
  return new DomainError(PersonalDataErrorCode.EMAIL_TAKEN, 'Another user already uses this e-mail address; the change was not made.');
}

/** Trimmed, inner whitespace collapsed, `min`–`max` characters. */
function text(argument: string, value: string, min: number, max: number): string {
  const clean = value.replace(/\s+/g, ' ').trim();
  const length = [...clean].length;
  if (length < min) throw invalidInput(argument, 'TOO_SHORT', `write at least ${min} characters`);
  if (length > max) throw invalidInput(argument, 'TOO_LONG', `write at most ${max} characters`);
  return clean;
}

/**
 * A plausible phone number, normalised: Spanish numbers as their 9 digits (an optional +34 /
 * 0034 prefix dropped), others as + and 8–15 digits (E.164). Spaces, dots, dashes and
 * parentheses are ignored. Null when it is not plausible.
 */
export function normalizePhone(raw: string): string | null {
  const compact = raw.trim().replace(/[\s.\-()]/g, '');
  const international = /^(\+|00)(\d+)$/.exec(compact);
  const digits = international ? international[2]! : compact;
  if (!/^\d+$/.test(digits)) return null;
  if (international) {
    if (digits.startsWith('34') && /^34[6789]\d{8}$/.test(digits)) return digits.slice(2);
    return /^[1-9]\d{7,14}$/.test(digits) && !digits.startsWith('34') ? `+${digits}` : null;
  }
  return /^[6789]\d{8}$/.test(digits) ? digits : null;
}

/** The viewer's own customer account: the one of their personal fiscal ID, if in scope. */
export async function ownAccount(em: EntityManager, user: User): Promise<CustomerAccount | null> {
  if (!user.personalFiscalId) return null;
  return em.findOne(CustomerAccount, { fiscalId: user.personalFiscalId });
}

function personalDataOf(user: User, account: CustomerAccount): PersonalData {
  return { name: user.name, phone: account.phone, address: account.address, email: user.email };
}

export async function readPersonalData(em: EntityManager, userId: string): Promise<PersonalData | null> {
  const user = await em.findOneOrFail(User, { id: userId });
  const account = await ownAccount(em, user);
  return account ? personalDataOf(user, account) : null;
}

/** Name, phone and address: the user's name and the account's fields change together. */
export async function updatePersonalData(
  em: EntityManager,
  userId: string,
  input: PersonalDataInput,
  now: Date,
): Promise<PersonalData> {
  const name = text('input.name', input.name, 2, 120);
  const phone = normalizePhone(input.phone);
  if (!phone) throw invalidInput('input.phone', 'INVALID', 'write a Spanish phone number (9 digits) or an international one starting with +');
  const address = text('input.address', input.address, 5, 200);

  return em.transactional(async (tx) => {
    const user = await tx.findOneOrFail(User, { id: userId });
    const account = await ownAccount(tx, user);
    if (!account) throw invalidInput('input', 'NO_ACCOUNT', 'you have no customer account of your own');
    user.name = name;
    account.name = name;
    account.phone = phone;
    account.address = address;
    await raisePortalEvent(tx, 'personal-data-updated', {
      to: user.email,
      language: user.language,
      variables: { client_name: name, client_phone: phone, client_address: address },
      now,
    });
    await tx.flush();
    return personalDataOf(user, account);
  });
}

/**
 * Sends a confirmation link to `newEmail` (template 'email-change'). The answer is the same
 * whether or not another user has that address (no enumeration): that is refused at
 * confirmation. Older pending requests of the user stop working.
 */
export async function requestEmailChange(
  em: EntityManager,
  userId: string,
  newEmail: string,
  at: { now: Date; publicUrl: string; ip: string | null },
): Promise<void> {
  const email = normalizeEmail(newEmail);
  if (!isEmailAddress(email)) throw invalidInput('newEmail', 'INVALID', 'this is not an e-mail address');
  const user = await em.findOneOrFail(User, { id: userId });
  if (email === user.email) throw invalidInput('newEmail', 'SAME', 'this is already your e-mail address');
  // Over a limit: TOO_MANY_ATTEMPTS (retryAfterSeconds), before anything is written or sent.
  await em.transactional((tx) => recordAttempt(tx, AuthAttemptKind.EMAIL_CHANGE_REQUEST, emailChangeLimits(user.id, at.ip), at.now));

  await supersedeLiveSecrets(em, EmailChangeToken, { user: user.id }, at.now);
  const { token, stored } = newLinkToken(at.now, EMAIL_CHANGE_VALID_MS);
  em.create(EmailChangeToken, { ...stored, user, newEmail: email });
  await enqueueTemplateEmail(em, {
    to: email,
    templateKey: EMAIL_CHANGE_TEMPLATE,
    language: user.language,
    variables: { client_name: user.name, confirm_link: `${at.publicUrl}${EMAIL_CHANGE_PAGE}#token=${token}` },
    now: at.now,
    secretExpiresAt: new Date(at.now.getTime() + EMAIL_CHANGE_VALID_MS),
  });
  await em.flush();
}

/** Confirmation links expired a day ago are deleted (periodic purge; one idempotent DELETE). */
export async function purgeExpiredEmailChanges(em: EntityManager, now: Date): Promise<number> {
  const result = await em
    .getConnection()
    .execute<{ affectedRows: number }>('delete from email_change_token where expires_at < ?', [new Date(now.getTime() - 24 * HOUR_MS)], 'run');
  return result.affectedRows;
}

/**
 * Uses the link up (one UPDATE … RETURNING: of two concurrent confirmations one wins) and
 * moves the user's e-mail and their account's billing e-mail to the new address, in one
 * transaction. Only the user who asked may confirm. EMAIL_TAKEN when another user has the
 * address by now (the link stays usable if that changes).
 */
export async function confirmEmailChange(em: EntityManager, userId: string, token: string, now: Date): Promise<PersonalData | null> {
  try {
    return await em.transactional(async (tx) => {
      const used = await consumeSecret<{ new_email: string }>(
        tx,
        { table: 'email_change_token', where: 'token_hash = ? and user_id = ?', params: [tokenHash(token), userId], returning: 'new_email' },
        now,
      );
      const newEmail = used?.new_email;
      if (!newEmail) throw linkInvalid();
      if (await tx.findOne(User, { email: newEmail, id: { $ne: userId } })) throw emailTaken();

      const user = await tx.findOneOrFail(User, { id: userId });
      user.email = newEmail;
      // Links and codes sent to the old address must not outlive it (nor other pending changes).
      await revokeSignInSecrets(tx, user.id, now);
      await retireLiveSecrets(tx, EmailChangeToken, { user: user.id }, now);
      const account = await ownAccount(tx, user);
      if (account) account.billingEmail = newEmail;
      await tx.flush();
      return account ? personalDataOf(user, account) : null;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw emailTaken();
    throw error;
  }
}
