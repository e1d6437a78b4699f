import { graphql, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DomainError, ForbiddenError, InvalidInputError, NotFoundError } from './errors.js';

/** What the API answers when a resolver throws `error`. */
async function answerTo(error: Error): Promise<{ message: string; extensions?: Record<string, unknown> }> {
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        fail: {
          type: GraphQLString,
          resolve: () => {
            throw error;
          },
        },
      },
    }),
  });
  const result = await graphql({ schema, source: '{ fail }' });
  const { message, extensions } = result.errors![0]!.toJSON();
  return { message, extensions };
}

describe('domain errors in the API', () => {
  it.each([
    [
      new InvalidInputError('input.body', 'TOO_LONG', 'write at most 10 characters', { variables: ['a'] }),
      'Invalid input.body: write at most 10 characters',
      { code: 'BAD_USER_INPUT', argument: 'input.body', reason: 'TOO_LONG', variables: ['a'] },
    ],
    [new NotFoundError('id', 'No such incident.'), 'No such incident.', { code: 'NOT_FOUND', argument: 'id' }],
    [new ForbiddenError('ACTING_READ_ONLY', 'Read-only.'), 'Read-only.', { code: 'FORBIDDEN', reason: 'ACTING_READ_ONLY' }],
    [new DomainError('TOO_MANY_ATTEMPTS', 'Wait.', { retryAfterSeconds: 30 }), 'Wait.', { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 30 }],
  ])('%s answers its code, message and details', async (error, message, extensions) => {
    expect(await answerTo(error)).toEqual({ message, extensions });
  });

  it('leaves any other error without a code, for the internal-error masking', async () => {
    expect((await answerTo(new Error('relation "x" does not exist'))).extensions).toBeUndefined();
  });
});
