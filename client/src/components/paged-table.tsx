import type { ReactNode } from 'react';
import type { useCursorPages } from '../lib/use-cursor-pages.js';
import { CursorPager } from './cursor-pager.js';
import { DataTable } from './data-table.js';
import { QueryResult } from './query-result.js';
import type { Column } from './table-head.js';

export type Connection<Node> = { nodes: readonly Node[]; totalCount: number; pageInfo: { endCursor?: string | null; hasNextPage: boolean } };

type PagedTableProps<Node> = {
  /** The connection from the query: undefined until it arrives. */
  connection: Connection<Node> | null | undefined;
  query: { loading: boolean; error?: unknown; refetch: () => Promise<unknown> };
  pages: ReturnType<typeof useCursorPages>;
  /** The EmptyState, shown when `isEmpty` says so. */
  empty: ReactNode;
  isEmpty: (connection: Connection<Node>) => boolean;
  table: { caption: ReactNode; hiddenCaption?: boolean; scrollLabel?: string; columns: readonly Column[] };
  /** One `<tr>` per node, with its key. */
  row: (node: Node) => ReactNode;
};

/** The table of one cursor-paginated query, and its pager (loading, error and empty around them). */
export function PagedTable<Node>({ connection, query, pages, empty, isEmpty, table, row }: PagedTableProps<Node>) {
  return (
    <QueryResult result={connection} query={query} isEmpty={isEmpty} empty={empty}>
      {(result) => (
        <>
          <DataTable {...table}>{result.nodes.map(row)}</DataTable>
          <CursorPager pages={pages} connection={result} />
        </>
      )}
    </QueryResult>
  );
}
