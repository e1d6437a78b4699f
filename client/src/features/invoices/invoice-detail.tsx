import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { InvoiceDetailQuery } from '../../__generated__/graphql.js';
import { BackToListLink } from '../../components/list-links.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryResult } from '../../components/query-result.js';
import { NotFoundState } from '../../components/states.js';
import { TableHead } from '../../components/table-head.js';
import { DetailsCard, DocumentHeader } from '../../components/detail-parts.js';
import { useFormat } from '../../lib/format.js';
import { useI18n } from '../../lib/i18n.js';
import { SECTION_PATHS } from '../../lib/section-paths.js';
import { VIEWER } from '../../lib/viewer.documents.js';
import { useExactDecimal } from './decimal-format.js';
import { InvoiceStatusBadge } from '../../components/invoice-status.js';
import { PaymentInstructions } from '../../components/payment-instructions.js';
import { INVOICE_DETAIL } from './invoices.documents.js';
import { useMessages } from './invoices.messages.js';
import { ScrollableTable } from '../../components/scrollable-table.js';

type Invoice = NonNullable<InvoiceDetailQuery['invoice']>;

export function InvoiceDetail() {
  const m = useMessages();
  const { number = '' } = useParams();
  const query = useQuery(INVOICE_DETAIL, { variables: { number }, errorPolicy: 'all' });
  const back = <BackToListLink to={SECTION_PATHS.INVOICES!}>{m('backToList')}</BackToListLink>;

  return (
    <QueryResult
      // Unknown and out-of-scope numbers look the same: the API answers null for both.
      result={query.data?.invoice}
      query={query}
      skeletonLines={10}
      pendingHeader={<PageHeader title={m('detailTitle', { number })} actions={back} />}
      empty={<NotFoundState title={m('notFoundTitle')} text={m('notFoundText')} back={back} />}
    >
      {(invoice) => <InvoiceView invoice={invoice} back={back} />}
    </QueryResult>
  );
}

function InvoiceView({ invoice, back }: { invoice: Invoice; back: ReactNode }) {
  const m = useMessages();
  const { t } = useI18n();
  const f = useFormat();
  const decimal = useExactDecimal();
  const viewer = useQuery(VIEWER).data?.viewer;
  const canSeeContracts = viewer?.sections.includes('CONTRACTS') ?? false;
  return (
    <>
      <DocumentHeader title={m('detailTitle', { number: invoice.number })} subtitle={<InvoiceStatusBadge status={invoice.status} />} file={invoice.document} downloadLabel={m('downloadPdf')} back={back} />
      <DetailsCard id="invoice-summary" title={m('summary')}>
        <dt>{t('common.cups')}</dt>
        <dd>{invoice.supplyPoint.cups}</dd>
        <dt>{m('address')}</dt>
        <dd>{invoice.supplyPoint.address}</dd>
        <dt>{m('contract')}</dt>
        <dd>
          {canSeeContracts ? (
            <Link to={`${SECTION_PATHS.CONTRACTS}/${encodeURIComponent(invoice.contract.id)}`}>{invoice.contract.code}</Link>
          ) : (
            invoice.contract.code
          )}
        </dd>
        <dt>{m('period')}</dt>
        <dd>{m('periodRange', { from: f.date(invoice.periodStart), to: f.date(invoice.periodEnd) })}</dd>
        <dt>{m('issueDate')}</dt>
        <dd>{f.date(invoice.issueDate)}</dd>
        <dt>{m('dueDate')}</dt>
        <dd>{f.date(invoice.dueDate)}</dd>
        <dt>{m('energy')}</dt>
        <dd>{f.kWh(invoice.energyKwh)}</dd>
        <dt>{m('status')}</dt>
        <dd>
          <InvoiceStatusBadge status={invoice.status} />
        </dd>
        <dt>{m('totalAmount')}</dt>
        <dd className="stat">{f.money(invoice.totalAmount)}</dd>
      </DetailsCard>
      {invoice.paymentInstructions ? <PaymentInstructions instructions={invoice.paymentInstructions} number={invoice.number} /> : null}
      <h2 id="invoice-lines">{m('lines')}</h2>
      <ScrollableTable>
        <table className="invoice-lines">
          <caption className="visually-hidden">{m('linesCaption', { number: invoice.number })}</caption>
          <TableHead columns={[m('description'), { label: m('quantity'), numeric: true }, { label: m('unitPrice'), numeric: true }, { label: m('amount'), numeric: true }]} />
          <tbody>
            {invoice.lines.map((line, index) => (
              <tr key={index}>
                <th scope="row">{line.description}</th>
                <td className="number">
                  {decimal(line.quantity)} {line.unit}
                </td>
                <td className="number">{decimal(line.unitPrice)}</td>
                <td className="number">{f.money(line.amount)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <SumRow label={m('taxBase')} amount={f.money(invoice.taxBase)} />
            <SumRow label={m('taxAmount')} amount={f.money(invoice.taxAmount)} />
            <SumRow label={m('totalAmount')} amount={f.money(invoice.totalAmount)} total />
          </tfoot>
        </table>
      </ScrollableTable>
    </>
  );
}

/** A row of the lines' foot: a sum under the amounts column; the invoice's total is marked for styling and tests. */
function SumRow({ label, amount, total = false }: { label: string; amount: string; total?: boolean }) {
  return (
    <tr className={total ? 'invoice-total' : undefined}>
      <th scope="row" colSpan={3}>
        {label}
      </th>
      <td className="number" data-testid={total ? 'invoice-total' : undefined}>
        {amount}
      </td>
    </tr>
  );
}
