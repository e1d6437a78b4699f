import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { apiProblem, badUserInput, errorMessageKey } from './errors.js';

function graphQLError(message: string, extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions }] });
}

describe('apiProblem', () => {
  it('reads code, argument, reason and the typed extras of the first error', () => {
    const error = graphQLError('Unknown placeholders', {
      code: 'BAD_USER_INPUT',
      argument: 'input.body',
      reason: 'UNKNOWN_VARIABLES',
      variables: ['nombre', 7],
      languages: ['EN'],
    });
    expect(apiProblem(error)).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.body',
      reason: 'UNKNOWN_VARIABLES',
      message: 'Unknown placeholders',
      extras: { variables: ['nombre', '7'], languages: ['EN'], installations: null, kind: undefined },
    });
  });

  it('reads the counts a flow step in use reports', () => {
    const problem = apiProblem(graphQLError('In use', { code: 'FLOW_STEP_IN_USE', installations: 3, kind: 'state' }));
    expect(problem.extras).toMatchObject({ installations: 3, kind: 'state', variables: [] });
    expect(problem.argument).toBeUndefined();
  });

  it('keeps the message of an error that is not the API answering', () => {
    const problem = apiProblem(new Error('Failed to fetch'));
    expect(problem).toMatchObject({ message: 'Failed to fetch', extensions: {} });
    expect(problem.code).toBeUndefined();
    expect(problem.extras.variables).toEqual([]);
  });

  it('badUserInput names the argument only for BAD_USER_INPUT', () => {
    expect(badUserInput(graphQLError('x', { code: 'BAD_USER_INPUT', argument: 'input.email', reason: 'already used' }))).toMatchObject({
      argument: 'input.email',
      reason: 'already used',
    });
    expect(badUserInput(graphQLError('x', { code: 'FORBIDDEN', argument: 'input.email' }))).toBeNull();
  });
});


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
