import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { apiProblem, badUserInput } from './errors.js';

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
