import type { ReactNode } from 'react';
import { ScrollableTable } from './scrollable-table.js';
import { TableHead, type Column } from './table-head.js';

type DataTableProps = {
  caption: ReactNode;
  /** The caption for screen readers only, where the page heading already says what the table is. */
  hiddenCaption?: boolean;
  columns: readonly Column[];
  /** Makes the box a focusable, named region (ScrollableTable), for tables wider than a phone. */
  scrollLabel?: string;
  /** Extra classes of the fitting box (e.g. `wrapping-headings`). */
  className?: string;
  /** The body rows. */
  children: ReactNode;
};

/** A captioned table with one heading per column, in its fitting box. */
export function DataTable({ caption, hiddenCaption, columns, scrollLabel, className, children }: DataTableProps) {
  const table = (
    <table>
      <caption className={hiddenCaption ? 'visually-hidden' : undefined}>{caption}</caption>
      <TableHead columns={columns} />
      <tbody>{children}</tbody>
    </table>
  );
  return (
    <ScrollableTable label={scrollLabel} className={className}>
      {table}
    </ScrollableTable>
  );
}
