import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useState } from 'react';
import { requestGraphQL } from './graphql-request.js';

type RequestState = { loading: boolean; error: unknown };

/**
 * A mutation of the screens before sign-in, shaped like Apollo's `useMutation` (run, loading,
 * error; the run rejects on error) but without Apollo Client or its cache.
 */
export function useRequest<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
): [(options: { variables: Variables }) => Promise<Result>, RequestState] {
  const [state, setState] = useState<RequestState>({ loading: false, error: undefined });
  const run = useCallback(
    async ({ variables }: { variables: Variables }) => {
      setState({ loading: true, error: undefined });
      try {
        const data = await requestGraphQL(document, variables);
        setState({ loading: false, error: undefined });
        return data;
      } catch (error) {
        setState({ loading: false, error });
        throw error;
      }
    },
    [document],
  );
  return [run, state];
}
