import { useState, type ReactNode } from 'react';
import type { Granularity } from '../__generated__/graphql.js';
import { useI18n } from '../lib/i18n.js';
import { BucketTime } from './bucket-time.js';
import { Pager } from './pager.js';
import './series-table.css';
import { ScrollableTable } from './scrollable-table.js';

export type SeriesTableColumn<Row> = {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Right-aligned (numbers). */
  numeric?: boolean;
};

/** Where the page is, for the pager's status line (all 1-based). */
export type PageStatus = { page: number; pages: number; first: number; last: number; total: number };

type Props<Row> = {
  caption: string;
  granularity: Granularity;
  startHeader: string;
  /** The columns after the bucket's start. */
  columns: readonly SeriesTableColumn<Row>[];
  rows: readonly Row[];
  pageSize: number;
  pagerLabel: string;
  pageStatus: (status: PageStatus) => string;
};

/**
 * The numbers behind a series chart, one row per bucket named by its start, a page at a time (a
 * year of hours is 8,760 rows). Give it a `key` per series so that a new one starts at page 1.
 */
export function SeriesTable<Row extends { start: number | string }>({ caption, granularity, startHeader, columns, rows, pageSize, pagerLabel, pageStatus }: Props<Row>) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const first = (page - 1) * pageSize;
  const shown = rows.slice(first, first + pageSize);

  return (
    <>
      {/* A named region: the keyboard reaches the table as one stop between the chart and the pager. */}
      <ScrollableTable label={caption}>
        <table className="series-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{startHeader}</th>
              {columns.map((column) => (
                <th key={column.header} scope="col" className={column.numeric ? 'number' : undefined}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.start}>
                <th scope="row">
                  <BucketTime start={row.start} granularity={granularity} />
                </th>
                {columns.map((column) => (
                  <td key={column.header} className={column.numeric ? 'number' : undefined}>
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollableTable>
      {pages > 1 ? (
        <Pager
          label={pagerLabel}
          status={pageStatus({ page, pages, first: first + 1, last: first + shown.length, total: rows.length })}
          previousLabel={t('common.previous')}
          nextLabel={t('common.next')}
          hasPrevious={page > 1}
          hasNext={page < pages}
          onPrevious={() => setPage((current) => Math.max(1, current - 1))}
          onNext={() => setPage((current) => Math.min(pages, current + 1))}
        />
      ) : null}
    </>
  );
}
