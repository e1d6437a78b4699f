import type { ReactNode } from 'react';
import type { useCursorPages } from '../lib/use-cursor-pages.js';
import { FilterBar } from './filter-bar.js';
import { PagedTable, type Connection } from './paged-table.js';
import type { Column } from './table-head.js';

type AdminListPageProps<Node> = {
  /** The page's PageHeader, and any tabs under it. */
  header: ReactNode;
  filters?: ReactNode;
  /** Names the filters as a search landmark (FilterBar); without it they stand in a plain row. */
  filtersLabel?: string;
  /** The connection from the query: undefined until it arrives. */
  connection: Connection<Node> | null | undefined;
  query: { loading: boolean; error?: unknown; refetch: () => Promise<unknown> };
  pages: ReturnType<typeof useCursorPages>;
  /** The EmptyState, saying whether the filters or the data leave nothing. */
  empty: ReactNode;
  /** Empty only on page 1: a later page that came back empty keeps its pager to go back. */
  emptyOnFirstPageOnly?: boolean;
  table: { caption: ReactNode; hiddenCaption?: boolean; scrollLabel?: string; columns: readonly Column[] };
  /** One `<tr>` per node, with its key. */
  row: (node: Node) => ReactNode;
};

/** An admin list screen: header, filters, the table of one cursor-paginated query, and its pager. */
export function AdminListPage<Node>({ header, filters, filtersLabel, connection, query, pages, empty, emptyOnFirstPageOnly, table, row }: AdminListPageProps<Node>) {
  return (
    <>
      {header}
      {filters === undefined ? null : filtersLabel ? <FilterBar label={filtersLabel}>{filters}</FilterBar> : <div className="filters">{filters}</div>}
      <PagedTable
        connection={connection}
        query={query}
        pages={pages}
        isEmpty={(result) => result.nodes.length === 0 && !(emptyOnFirstPageOnly && pages.hasPrevious)}
        empty={empty}
        table={table}
        row={row}
      />
    </>
  );
}
