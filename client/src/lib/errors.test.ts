import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { errorMessageKey } from './errors.js';

const answer = (...extensions: Record<string, unknown>[]) =>
  new CombinedGraphQLErrors({ data: null, errors: extensions.map((e) => ({ message: 'refused', extensions: e })) });

describe('errorMessageKey', () => {
  it('prefers the message of the reason, then that of the code', () => {
    expect(errorMessageKey(answer({ code: 'BAD_USER_INPUT', reason: 'TOO_SHORT' }))).toBe('error.TOO_SHORT');
    expect(errorMessageKey(answer({ code: 'INVALID_CREDENTIALS', reason: 'SOMETHING_NEW' }))).toBe('error.INVALID_CREDENTIALS');
    expect(errorMessageKey(answer({ code: 'TOO_MANY_ATTEMPTS' }))).toBe('error.TOO_MANY_ATTEMPTS');
  });

  it('reads the first error only', () => {
    expect(errorMessageKey(answer({ code: 'CODE_INVALID' }, { code: 'INVALID_CREDENTIALS' }))).toBe('error.CODE_INVALID');
  });

  it('falls back to a general message for API errors it has no words for', () => {
    expect(errorMessageKey(answer({ code: 'INTERNAL_SERVER_ERROR' }))).toBe('error.unknown');
    expect(errorMessageKey(answer({}))).toBe('error.unknown');
  });

  it('calls anything that is not an API answer a network fault', () => {
    expect(errorMessageKey(new TypeError('Failed to fetch'))).toBe('error.network');
    expect(errorMessageKey(undefined)).toBe('error.network');
  });
});
