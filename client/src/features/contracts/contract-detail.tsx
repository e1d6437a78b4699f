import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { ContractDetailQuery } from '../../__generated__/graphql.js';
import { BackToListLink } from '../../components/list-links.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryResult } from '../../components/query-result.js';
import { EmptyState, NotFoundState } from '../../components/states.js';
import { TableHead } from '../../components/table-head.js';
import { DetailsCard } from '../../components/detail-parts.js';
import { useFormat } from '../../lib/format.js';
import { useI18n } from '../../lib/i18n.js';
import { SECTION_PATHS } from '../../lib/section-paths.js';
import { VIEWER } from '../../lib/viewer.documents.js';
import { ContractStatusBadge } from './contract-status.js';
import { CONTRACT_DETAIL } from './contracts.documents.js';
import { useMessages } from './contracts.messages.js';
import { ScrollableTable } from '../../components/scrollable-table.js';

type Contract = NonNullable<ContractDetailQuery['contract']>;

// Contract ids are UUIDs: anything else in the URL cannot be a contract, so it is not asked for.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function ContractDetail() {
  const m = useMessages();
  const { id = '' } = useParams();
  const wellFormed = UUID.test(id);
  const query = useQuery(CONTRACT_DETAIL, { variables: { id }, skip: !wellFormed });
  const back = <BackToListLink to={SECTION_PATHS.CONTRACTS!}>{m('backToList')}</BackToListLink>;

  return (
    <QueryResult
      // Unknown, out-of-scope and malformed ids look the same: no such contract.
      result={wellFormed ? query.data?.contract : null}
      query={query}
      skeletonLines={8}
      pendingHeader={<PageHeader title={m('title')} actions={back} />}
      empty={<NotFoundState title={m('notFoundTitle')} text={m('notFoundText')} back={back} />}
    >
      {(contract) => <ContractView contract={contract} back={back} />}
    </QueryResult>
  );
}

function ContractView({ contract, back }: { contract: Contract; back: ReactNode }) {
  const m = useMessages();
  const { t } = useI18n();
  const f = useFormat();
  const viewer = useQuery(VIEWER).data?.viewer;
  const canSeeInvoices = viewer?.sections.includes('INVOICES') ?? false;
  return (
    <>
      <PageHeader title={m('detailTitle', { code: contract.code })} subtitle={<ContractStatusBadge status={contract.status} />} actions={back} />
      <div className="contract-cards">
        <section className="card" aria-labelledby="contract-supply">
          <h2 id="contract-supply">{m('supply')}</h2>
          <dl className="details">
            <dt>{t('common.cups')}</dt>
            <dd>{contract.supplyPoint.cups}</dd>
            <dt>{m('address')}</dt>
            <dd>{contract.supplyPoint.address}</dd>
            <dt>{m('tariff')}</dt>
            <dd>{contract.accessTariff}</dd>
            <dt>{m('distributor')}</dt>
            <dd>{contract.supplyPoint.distributor}</dd>
          </dl>
          {canSeeInvoices ? (
            <p>
              <Link to={{ pathname: SECTION_PATHS.INVOICES!, search: `?cups=${encodeURIComponent(contract.supplyPoint.cups)}` }}>
                {m('seeInvoices')}
              </Link>
            </p>
          ) : null}
        </section>
        <DetailsCard id="contract-general" title={m('general')}>
          <dt>{m('product')}</dt>
          <dd>{contract.productName}</dd>
          <dt>{m('status')}</dt>
          <dd>
            <ContractStatusBadge status={contract.status} />
          </dd>
          <dt>{m('startDate')}</dt>
          <dd>{f.date(contract.startDate)}</dd>
          <dt>{m('endDate')}</dt>
          <dd>{contract.endDate ? f.date(contract.endDate) : m('noEndDate')}</dd>
          <dt>{m('activatedAt')}</dt>
          <dd>{contract.activatedAt ? f.dateTime(contract.activatedAt) : m('notActivated')}</dd>
          {contract.account ? (
            <>
              <dt>{m('holder')}</dt>
              <dd>{contract.account.name}</dd>
              <dt>{m('fiscalId')}</dt>
              <dd>{contract.account.fiscalId}</dd>
            </>
          ) : null}
        </DetailsCard>
      </div>
      <h2 id="contract-power">{m('power')}</h2>
      {contract.contractedPower.length === 0 ? (
        <EmptyState title={m('noPower')} />
      ) : (
        <ScrollableTable>
          <table aria-labelledby="contract-power">
            <TableHead columns={[m('period'), { label: m('powerKw'), numeric: true }]} />
            <tbody>
              {contract.contractedPower.map((power) => (
                <tr key={power.period}>
                  <th scope="row">{power.period}</th>
                  <td className="number">{f.kW(power.kW)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollableTable>
      )}
    </>
  );
}
