import type { ReactNode } from 'react';
import { errorMessageKey } from '../lib/errors.js';
import { useI18n } from '../lib/i18n.js';
import { ErrorState, Skeleton } from './states.js';

export type QueryState = { loading: boolean; error?: unknown; refetch: () => Promise<unknown> };

type Props<T> = {
  /** What the screen shows from the answer: undefined until it arrives, null when the API answered "none". */
  result: T | null | undefined;
  query: QueryState;
  skeletonLines?: number;
  /** The h1 while the answer is awaited or failed, for pages that title themselves from the answer. */
  pendingHeader?: ReactNode;
  /** For null, or when `isEmpty`: an EmptyState that says why there is nothing. */
  empty?: ReactNode;
  isEmpty?: (result: T) => boolean;
  children: (result: T) => ReactNode;
};

/**
 * The states every screen has around one query: a skeleton, the error with a retry, empty, the answer.
 * An answer in hand is shown even beside an error (errorPolicy 'all' keeps what the API could give).
 */
export function QueryResult<T>({ result, query, skeletonLines, pendingHeader, empty, isEmpty, children }: Props<T>) {
  const { t } = useI18n();
  if (result !== null && result !== undefined) return isEmpty?.(result) ? empty : children(result);
  if (result === null && !query.loading && !query.error) return empty;
  return (
    <>
      {pendingHeader}
      {query.error && !query.loading ? (
        <ErrorState message={t(errorMessageKey(query.error))} retryLabel={t('common.retry')} onRetry={() => void query.refetch()} />
      ) : (
        <Skeleton label={t('common.loading')} lines={skeletonLines} />
      )}
    </>
  );
}
