import { useI18n } from '../lib/i18n.js';
import type { useCursorPages } from '../lib/use-cursor-pages.js';
import { Pager } from './pager.js';

type CursorPages = ReturnType<typeof useCursorPages>;
type Connection = { totalCount: number; pageInfo: { endCursor?: string | null; hasNextPage: boolean } };

/** The pager of a cursor connection ("Página 2 · 45 en total"), driven by lib/use-cursor-pages.ts. */
export function CursorPager({ pages, connection }: { pages: CursorPages; connection: Connection }) {
  const { t } = useI18n();
  return (
    <Pager
      label={t('common.pages')}
      status={t('common.pageOf', { page: pages.pageNumber, total: connection.totalCount })}
      previousLabel={t('common.previous')}
      nextLabel={t('common.next')}
      hasPrevious={pages.hasPrevious}
      hasNext={connection.pageInfo.hasNextPage}
      onPrevious={pages.previous}
      onNext={() => pages.next(connection.pageInfo.endCursor)}
    />
  );
}
