import { GraphQLError, locatedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DomainError, ForbiddenError, InvalidInputError, NotFoundError } from '../errors.js';
import { formatError } from './format-error.js';

/** What Apollo hands formatError for an error a resolver threw that is not a GraphQLError. */
function thrownByResolver(error: Error): [GraphQLError, { message: string; path: string[]; extensions: Record<string, unknown> }] {
  const located = locatedError(error, undefined, ['field']);
  return [located, { message: error.message, path: ['field'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }];
}

describe('formatError maps domain errors', () => {
  it.each([
    [new InvalidInputError('input.body', 'TOO_LONG', 'write at most 10 characters', { variables: ['a'] }), 'Invalid input.body: write at most 10 characters', { code: 'BAD_USER_INPUT', argument: 'input.body', reason: 'TOO_LONG', variables: ['a'] }],
    [new NotFoundError('id', 'No such incident.'), 'No such incident.', { code: 'NOT_FOUND', argument: 'id' }],
    [new ForbiddenError('ACTING_READ_ONLY', 'Read-only.'), 'Read-only.', { code: 'FORBIDDEN', reason: 'ACTING_READ_ONLY' }],
    [new DomainError('TOO_MANY_ATTEMPTS', 'Wait.', { retryAfterSeconds: 30 }), 'Wait.', { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 30 }],
  ])('%s keeps its code, message and details', (error, message, extensions) => {
    const [located, formatted] = thrownByResolver(error);
    expect(formatError(formatted, located)).toEqual({ message, path: ['field'], extensions });
  });

  it('leaves any other error to the internal-error masking', () => {
    const [located, formatted] = thrownByResolver(new Error('relation "x" does not exist'));
    expect(formatError(formatted, located)).toEqual(formatted);
  });
});
