import { GraphQLError } from 'graphql';

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

export function invalidCredentials(): GraphQLError {
  return new GraphQLError('The e-mail or the password is not right.', {
    extensions: { code: AuthErrorCode.INVALID_CREDENTIALS },
  });
}

export function tooManyAttempts(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many attempts. Try again in ${retryAfterSeconds} seconds.`, {
    extensions: { code: AuthErrorCode.TOO_MANY_ATTEMPTS, retryAfterSeconds },
  });
}

export function linkInvalid(): GraphQLError {
  return new GraphQLError('This link is no longer valid. Ask for a sign-in code instead.', {
    extensions: { code: AuthErrorCode.LINK_INVALID },
  });
}

export function codeInvalid(): GraphQLError {
  return new GraphQLError('The code is not valid. Ask for a new one.', { extensions: { code: AuthErrorCode.CODE_INVALID } });
}
