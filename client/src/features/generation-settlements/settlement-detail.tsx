import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import type { SettlementsListQuery } from '../../__generated__/graphql.js';
import { BackToListLink } from '../../components/list-links.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryResult } from '../../components/query-result.js';
import { NotFoundState } from '../../components/states.js';
import { TableHead } from '../../components/table-head.js';
import { DetailsCard, DocumentHeader } from '../../components/detail-parts.js';
import { useFormat } from '../../lib/format.js';
import { SECTION_PATHS } from '../../lib/section-paths.js';
import { SettlementStatusBadge } from './settlement-status.js';
import { SETTLEMENTS_LIST } from './settlements.documents.js';
import { useMessages } from './settlements.messages.js';
import { ScrollableTable } from '../../components/scrollable-table.js';

type Settlement = SettlementsListQuery['generationSettlements'][number];

/**
 * One settlement: there is no single-settlement query, so it is found in the list of all the
 * viewer's settlements (a few per generator and month; cached from the list screen's visit).
 */
export function SettlementDetail() {
  const m = useMessages();
  const { id } = useParams();
  const query = useQuery(SETTLEMENTS_LIST, { variables: { cups: null } });
  const back = <BackToListLink to={SECTION_PATHS.GENERATION_SETTLEMENTS!}>{m('backToList')}</BackToListLink>;
  const all = query.data?.generationSettlements;

  return (
    <QueryResult
      result={all && (all.find((row) => row.id === id) ?? null)}
      query={query}
      skeletonLines={6}
      pendingHeader={<PageHeader title={m('title')} actions={back} />}
      empty={<NotFoundState title={m('notFoundTitle')} text={m('notFoundText')} back={back} />}
    >
      {(settlement) => <SettlementView settlement={settlement} back={back} />}
    </QueryResult>
  );
}

function SettlementView({ settlement, back }: { settlement: Settlement; back: ReactNode }) {
  const m = useMessages();
  const f = useFormat();
  const month = f.month(settlement.month);
  const exported = Number(settlement.exportedKwh);
  // Display only: the captured price is revenue over energy, in €/MWh.
  const averagePrice = exported > 0 ? (Number(settlement.marketRevenue) / exported) * 1000 : null;

  return (
    <>
      <DocumentHeader title={m('detailTitle', { month })} subtitle={settlement.supplyPoint.cups} file={settlement.document} downloadLabel={m('downloadPdf')} back={back} />
      <DetailsCard id="settlement-summary" title={m('detailSummary')} after={settlement.document ? null : <p className="muted">{m('pdfMissing')}</p>}>
        <dt>{m('month')}</dt>
        <dd>{month}</dd>
        <dt>{m('supplyPoint')}</dt>
        <dd>{settlement.supplyPoint.cups}</dd>
        <dt>{m('address')}</dt>
        <dd>{settlement.supplyPoint.address}</dd>
        <dt>{m('status')}</dt>
        <dd>
          <SettlementStatusBadge status={settlement.status} />
        </dd>
        <dt>{m('exported')}</dt>
        <dd>{f.kWh(settlement.exportedKwh, 3)}</dd>
        {averagePrice !== null ? (
          <>
            <dt>{m('averagePrice')}</dt>
            <dd>{f.pricePerMWh(averagePrice)}</dd>
          </>
        ) : null}
      </DetailsCard>
      <h2>{m('breakdown')}</h2>
      <ScrollableTable>
        <table>
          <caption className="visually-hidden">{m('breakdownCaption')}</caption>
          <TableHead columns={[m('concept'), { label: m('amount'), numeric: true }]} />
          <tbody>
            <tr>
              <th scope="row">{m('revenueLine')}</th>
              <td className="number">{f.money(settlement.marketRevenue)}</td>
            </tr>
            <tr>
              <th scope="row">{m('chargesLine')}</th>
              <td className="number">{f.money(negate(settlement.charges))}</td>
            </tr>
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{m('netLine')}</th>
              <td className="number">
                <strong>{f.money(settlement.netAmount)}</strong>
              </td>
            </tr>
          </tfoot>
        </table>
      </ScrollableTable>
    </>
  );
}

/** The decimal string with the opposite sign (charges are subtracted), without float arithmetic. */
function negate(decimal: string): string {
  if (decimal.startsWith('-')) return decimal.slice(1);
  return /^0*(\.0*)?$/.test(decimal) ? decimal : `-${decimal}`;
}
