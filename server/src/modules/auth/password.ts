import { hash, verify } from '@node-rs/argon2';
import { isSameAsEmail, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength } from '@portal/shared';
import { InvalidInputError } from '../../core/errors.js';
import { randomToken } from '../../core/secrets.js';
import { COMMON_PASSWORDS } from './common-passwords.js';


export type PasswordRule = 'TOO_SHORT' | 'TOO_LONG' | 'TOO_COMMON' | 'SAME_AS_EMAIL';
/** What a password argument can be rejected for: a rule, or (changePassword) not being the current one. */
export type PasswordRejection = PasswordRule | 'WRONG_PASSWORD';

const COMMON = new Set(COMMON_PASSWORDS);

const MESSAGES: Record<PasswordRejection, string> = {
  TOO_SHORT: `the password must have at least ${PASSWORD_MIN_LENGTH} characters`,
  TOO_LONG: `the password must have at most ${PASSWORD_MAX_LENGTH} characters`,
  TOO_COMMON: 'the password is one of the most used passwords; choose another',
  SAME_AS_EMAIL: 'the password must not be your e-mail address',
  WRONG_PASSWORD: 'this is not your current password',
};

/** The first rule `password` breaks, or null. Length counts characters, not UTF-16 units. */
export function brokenPasswordRule(password: string, email: string): PasswordRule | null {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if (length > PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  const folded = password.toLowerCase();
  if (COMMON.has(folded)) return 'TOO_COMMON';
  if (isSameAsEmail(password, email)) return 'SAME_AS_EMAIL';
  return null;
}

/** BAD_USER_INPUT naming `argument`, with `reason` the rule that failed and an English message. */
export function passwordRejected(argument: string, reason: PasswordRejection): InvalidInputError {
  return new InvalidInputError(argument, reason, `${MESSAGES[reason]}.`);
}

export function assertPasswordAllowed(argument: string, password: string, email: string): void {
  const rule = brokenPasswordRule(password, email);
  if (rule) throw passwordRejected(argument, rule);
}

/** argon2id with the library's memory-hard defaults (19 MiB, 2 passes): the PHC string keeps them. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** False for a malformed stored hash too: a broken row must not become a sign-in error page. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies against a hash of a random secret made once per process with the same parameters,
 * so that an unknown e-mail costs as much time as a wrong password (no enumeration by timing).
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hash(randomToken());
  await verifyPassword(await dummyHash, password);
  return false;
}
