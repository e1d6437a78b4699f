import { madridDateOf } from '@portal/shared';
import { useId, useMemo } from 'react';
import type { DocumentsPageQuery } from '../../__generated__/graphql.js';
import { FileLink } from '../../components/file-link.js';
import { ScrollableTable } from '../../components/scrollable-table.js';
import { TableHead } from '../../components/table-head.js';
import { useFormat, type Formatters } from '../../lib/format.js';
import { useMessages } from './documents.messages.js';

type DocumentRow = DocumentsPageQuery['documents']['nodes'][number];

/** 532 B, 48 KB, 1,2 MB: sizes are shown, never summed. */
function formatSize(f: Formatters, bytes: number): string {
  if (bytes < 1024) return `${f.number(bytes)} B`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${f.number(kb, kb < 10 ? 1 : 0)} KB`;
  return `${f.number(kb / 1024, 1)} MB`;
}

/** The page's documents by folder, folders in the order the API sorted their first document. */
export function groupByFolder(rows: readonly DocumentRow[]): [string, DocumentRow[]][] {
  const groups = new Map<string, DocumentRow[]>();
  for (const row of rows) groups.set(row.folder, [...(groups.get(row.folder) ?? []), row]);
  return [...groups.entries()];
}

/** One folder's documents under its heading, each with a download link named for the document. */
export function FolderGroup({ folder, rows, onlyThisFolder }: { folder: string; rows: readonly DocumentRow[]; onlyThisFolder?: () => void }) {
  const m = useMessages();
  const f = useFormat();
  const headingId = useId();
  const sized = useMemo(() => rows.map((row) => ({ row, size: formatSize(f, row.sizeBytes) })), [rows, f]);
  return (
    <section aria-labelledby={headingId}>
      <div className="documents-folder-heading">
        <h2 id={headingId}>{folder}</h2>
        {onlyThisFolder ? (
          <button type="button" className="link" onClick={onlyThisFolder}>
            {m('onlyThisFolder')}
            <span className="visually-hidden"> ({folder})</span>
          </button>
        ) : null}
      </div>
      <ScrollableTable label={m('folderCaption', { folder })} className="documents-table">
        <table>
          <caption className="visually-hidden">{m('folderCaption', { folder })}</caption>
          <TableHead columns={[m('colTitle'), m('colCategory'), m('colCups'), m('colDate'), { label: m('colSize'), numeric: true }, m('colFile')]} />
          <tbody>
            {sized.map(({ row, size }) => (
              <tr key={row.id}>
                <th scope="row">{row.title}</th>
                <td>{m(`category.${row.category}`)}</td>
                <td>{row.supplyPoint?.cups ?? m('noCups')}</td>
                <td>{f.date(madridDateOf(new Date(row.createdAt)))}</td>
                <td className="number">{size}</td>
                <td>
                  <FileLink documentId={row.id} fileName={row.fileName} label={`${m('download')} ${m('downloadOf', { title: row.title, size })}`}>
                    {m('download')}
                  </FileLink>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollableTable>
    </section>
  );
}
