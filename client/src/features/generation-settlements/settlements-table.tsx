import type { SettlementsListQuery } from '../../__generated__/graphql.js';
import { RowFileLink } from '../../components/file-link.js';
import { DetailLink } from '../../components/list-links.js';
import { ScrollableTable } from '../../components/scrollable-table.js';
import { TableHead } from '../../components/table-head.js';
import { useFormat } from '../../lib/format.js';
import { SECTION_PATHS } from '../../lib/section-paths.js';
import { SettlementStatusBadge } from './settlement-status.js';
import { useMessages } from './settlements.messages.js';

type Settlement = SettlementsListQuery['generationSettlements'][number];

/** One row per generator and month; the month opens the settlement, the PDF link downloads it. */
export function SettlementsTable({ rows }: { rows: readonly Settlement[] }) {
  const m = useMessages();
  const f = useFormat();
  return (
    <ScrollableTable label={m('caption')} className="settlements-table wrapping-headings">
      <table>
        <caption>{m('caption')}</caption>
        <TableHead
          columns={[
            m('colMonth'),
            m('colCups'),
            { label: m('colExported'), numeric: true },
            { label: m('colRevenue'), numeric: true },
            { label: m('colCharges'), numeric: true },
            { label: m('colNet'), numeric: true },
            m('colStatus'),
            m('colPdf'),
          ]}
        />
        <tbody>
          {rows.map((row) => {
            const names = { month: f.month(row.month), cups: row.supplyPoint.cups };
            return (
              <tr key={row.id}>
                <th scope="row">
                  <DetailLink to={`${SECTION_PATHS.GENERATION_SETTLEMENTS}/${encodeURIComponent(row.id)}`} label={m('openDetail', names)}>
                    {names.month}
                  </DetailLink>
                </th>
                <td className="cups">{row.supplyPoint.cups}</td>
                <td className="number">{f.kWh(row.exportedKwh, 0)}</td>
                <td className="number">{f.money(row.marketRevenue)}</td>
                <td className="number">{f.money(row.charges)}</td>
                <td className="number">{f.money(row.netAmount)}</td>
                <td>
                  <SettlementStatusBadge status={row.status} />
                </td>
                <td>
                  <RowFileLink file={row.document} text={m('pdf')} of={m('pdfOf', names)} missing={m('noPdf')} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollableTable>
  );
}
