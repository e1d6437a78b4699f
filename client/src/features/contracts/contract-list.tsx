import { useQuery } from '@apollo/client/react';
import { CursorPager } from '../../components/cursor-pager.js';
import { FilterBar } from '../../components/filter-bar.js';
import { FilterSelect, oneOf } from '../../components/filter-select.js';
import { DetailLink } from '../../components/list-links.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryResult } from '../../components/query-result.js';
import { EmptyState } from '../../components/states.js';
import { TableHead } from '../../components/table-head.js';
import { useFormat } from '../../lib/format.js';
import { useI18n } from '../../lib/i18n.js';
import { SECTION_PATHS } from '../../lib/section-paths.js';
import { useCursorPages } from '../../lib/use-cursor-pages.js';
import { useSearchParam } from '../../lib/use-search-param.js';
import { CONTRACT_STATUSES, ContractStatusBadge } from './contract-status.js';
import { CONTRACTS_LIST } from './contracts.documents.js';
import { useMessages } from './contracts.messages.js';
import { ScrollableTable } from '../../components/scrollable-table.js';

const PAGE_SIZE = 20;

export function ContractList() {
  const m = useMessages();
  const { t } = useI18n();
  const f = useFormat();
  const [statusParam, setStatus] = useSearchParam('status');
  const status = oneOf(CONTRACT_STATUSES, statusParam);
  const pages = useCursorPages(status ?? '');
  const query = useQuery(CONTRACTS_LIST, {
    variables: { first: PAGE_SIZE, after: pages.after, filter: status ? { status } : null },
  });

  const empty = status ? (
    <EmptyState title={m('emptyFilteredTitle')} text={m('emptyFilteredText')}>
      <button type="button" className="secondary" onClick={() => setStatus(null)}>
        {m('showAll')}
      </button>
    </EmptyState>
  ) : (
    <EmptyState title={m('emptyTitle')} text={m('emptyText')} />
  );

  return (
    <>
      <PageHeader title={m('title')} subtitle={m('subtitle')} />
      <FilterBar label={m('filtersLabel')}>
        <FilterSelect
          label={m('filterStatus')}
          allLabel={m('statusOption.all')}
          options={CONTRACT_STATUSES.map((value) => ({ value, label: m(`status.${value}`) }))}
          value={status}
          onChange={setStatus}
        />
      </FilterBar>
      <QueryResult result={query.data?.contracts} query={query} empty={empty} isEmpty={(connection) => connection.nodes.length === 0}>
        {(connection) => (
          <>
            <ScrollableTable>
              <table>
                <caption>{m('tableCaption')}</caption>
                <TableHead columns={[m('code'), t('common.cups'), m('address'), m('tariff'), m('product'), m('status'), m('startDate'), m('endDate')]} />
                <tbody>
                  {connection.nodes.map((contract) => (
                    <tr key={contract.id}>
                      <th scope="row">
                        <DetailLink to={`${SECTION_PATHS.CONTRACTS}/${encodeURIComponent(contract.id)}`}>{contract.code}</DetailLink>
                      </th>
                      <td>{contract.supplyPoint.cups}</td>
                      <td>{contract.supplyPoint.address}</td>
                      <td>{contract.accessTariff}</td>
                      <td>{contract.productName}</td>
                      <td>
                        <ContractStatusBadge status={contract.status} />
                      </td>
                      <td>{f.date(contract.startDate)}</td>
                      <td>{contract.endDate ? f.date(contract.endDate) : <span className="muted">{m('noEndDate')}</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollableTable>
            {/* One page of contracts is the usual case: no pager with two disabled buttons then. */}
            {connection.pageInfo.hasNextPage || pages.hasPrevious ? <CursorPager pages={pages} connection={connection} /> : null}
          </>
        )}
      </QueryResult>
    </>
  );
}
