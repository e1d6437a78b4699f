import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

// One GraphQL request without Apollo Client, for the screens before sign-in: Apollo Client is a
// third of the JavaScript a signed-out visitor would otherwise download (client/README.md).

const printed = new WeakMap<object, string>();

/**
 * Runs one operation against /graphql. Rejects as Apollo Client does, so `errorMessageKey` reads
 * both alike: a CombinedGraphQLErrors when the API answered with errors, any other error for the network.
 */
export async function requestGraphQL<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables?: Variables): Promise<Result> {
  let query = printed.get(document);
  if (query === undefined) printed.set(document, (query = print(document)));
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9' },
    body: JSON.stringify({ query, variables: variables ?? {} }),
  });
  const body = (await response.json().catch(() => null)) as { data?: Result | null; errors?: CombinedGraphQLErrors['errors'] } | null;
  if (body?.errors?.length) throw new CombinedGraphQLErrors(body);
  if (!response.ok || !body?.data) throw new Error(`The API answered HTTP ${response.status} without data`);
  return body.data;
}
