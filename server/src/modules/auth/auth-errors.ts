import { DomainError } from '../../core/errors.js';

/**
 * Sign-in failures. Each is one code whatever the cause, so an answer never tells whether an
 * e-mail is registered, a password or code was wrong, or a link expired. English messages;
 * the SPA translates the codes.
 */
export const AuthErrorCode = {
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  LINK_INVALID: 'LINK_INVALID',
  CODE_INVALID: 'CODE_INVALID',
} as const;

export function invalidCredentials(): DomainError {
  return new DomainError(AuthErrorCode.INVALID_CREDENTIALS, 'The e-mail or the password is not right.');
}

export function tooManyAttempts(retryAfterSeconds: number): DomainError {
  return new DomainError(AuthErrorCode.TOO_MANY_ATTEMPTS, `Too many attempts. Try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
}

export function linkInvalid(): DomainError {
  return new DomainError(AuthErrorCode.LINK_INVALID, 'This link is no longer valid. Ask for a sign-in code instead.');
}

export function codeInvalid(): DomainError {
  return new DomainError(AuthErrorCode.CODE_INVALID, 'The code is not valid. Ask for a new one.');
}
