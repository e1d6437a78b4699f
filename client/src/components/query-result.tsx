import type { ReactNode } from 'react';
import { errorMessageKey } from '../lib/errors.js';
import { useI18n } from '../lib/i18n.js';
import { PageHeader } from './page-header.js';
import { ErrorState, NotFoundState, Skeleton } from './states.js';

type QueryState = { loading: boolean; error?: unknown; refetch: () => Promise<unknown> };

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

type DetailProps<T> = Pick<Props<T>, 'result' | 'query' | 'skeletonLines' | 'children'> & {
  /** The h1 while the answer is awaited or failed (the answer's own page titles itself). */
  pendingTitle: string;
  /** The way back to the list, in the not-found state (and beside the pending h1 with `backWhilePending`). */
  back: ReactNode;
  backWhilePending?: boolean;
  /** What the page says when the API answers "none". */
  notFound: { title: string; text: string };
};

/** One record's page around its query: QueryResult with a pending h1 and a not-found state that leads back. */
export function DetailQueryResult<T>({ pendingTitle, back, backWhilePending, notFound, ...rest }: DetailProps<T>) {
  return (
    <QueryResult
      {...rest}
      pendingHeader={<PageHeader title={pendingTitle} actions={backWhilePending ? back : undefined} />}
      empty={<NotFoundState title={notFound.title} text={notFound.text} back={back} />}
    />
  );
}
