import type { InvoiceSummaryFragment } from '../../__generated__/graphql.js';
import { RowFileLink } from '../../components/file-link.js';
import { DetailLink } from '../../components/list-links.js';
import { TableHead } from '../../components/table-head.js';
import { useFormat } from '../../lib/format.js';
import { useI18n } from '../../lib/i18n.js';
import { SECTION_PATHS } from '../../lib/section-paths.js';
import { InvoiceStatusBadge } from '../../components/invoice-status.js';
import { useMessages } from './invoices.messages.js';
import { ScrollableTable } from '../../components/scrollable-table.js';

/** One page of invoices; each number opens the invoice, each PDF link downloads it. */
export function InvoiceTable({ invoices, busy }: { invoices: readonly InvoiceSummaryFragment[]; busy: boolean }) {
  const m = useMessages();
  const { t } = useI18n();
  const f = useFormat();
  return (
    <ScrollableTable>
      <table aria-busy={busy}>
        <caption>{m('tableCaption')}</caption>
        <TableHead
          columns={[
            m('number'),
            t('common.cups'),
            m('period'),
            m('issueDate'),
            m('dueDate'),
            { label: m('energy'), numeric: true },
            { label: m('total'), numeric: true },
            m('status'),
            m('document'),
          ]}
        />
        <tbody>
          {invoices.map((invoice) => (
            <tr key={invoice.id}>
              <th scope="row">
                <DetailLink to={`${SECTION_PATHS.INVOICES}/${encodeURIComponent(invoice.number)}`}>{invoice.number}</DetailLink>
              </th>
              <td>{invoice.supplyPoint.cups}</td>
              <td>{m('periodRange', { from: f.date(invoice.periodStart), to: f.date(invoice.periodEnd) })}</td>
              <td>{f.date(invoice.issueDate)}</td>
              <td>{f.date(invoice.dueDate)}</td>
              <td className="number">{f.kWh(invoice.energyKwh)}</td>
              <td className="number">{f.money(invoice.totalAmount)}</td>
              <td>
                <InvoiceStatusBadge status={invoice.status} />
              </td>
              <td>
                <RowFileLink file={invoice.document} text={m('pdf')} of={m('pdfOf', { number: invoice.number })} missing={m('noPdf')} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}
