import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Badge } from '../../components/badge.js';
import { AdminListPage } from '../../components/admin-list-page.js';
import { PageHeader } from '../../components/page-header.js';
import { SearchBox } from '../../components/search-box.js';
import { EmptyState } from '../../components/states.js';
import { useFormat } from '../../lib/format.js';
import { useCursorPages } from '../../lib/use-cursor-pages.js';
import { useSearchParam } from '../../lib/use-search-param.js';
import { ADMIN_ACCOUNT_LIST } from './admin-accounts.documents.js';
import { useMessages } from './admin-accounts.messages.js';

const PAGE_SIZE = 20;

/** Every customer account, searched by name, fiscal ID, billing e-mail or CUPS (?q= in the URL). */
export function AccountList() {
  const m = useMessages();
  const f = useFormat();
  const [search, setSearch] = useSearchParam('q');
  const pages = useCursorPages(search ?? '');
  const query = useQuery(ADMIN_ACCOUNT_LIST, { variables: { search: search || null, first: PAGE_SIZE, after: pages.after } });

  return (
    <AdminListPage
      header={
        <PageHeader
          title={m('list.title')}
          subtitle={m('list.subtitle')}
          actions={
            <Link className="button-link" to="register">
              {m('list.register')}
            </Link>
          }
        />
      }
      filtersLabel={m('list.filters')}
      filters={
        <SearchBox
          value={search ?? ''}
          onSearch={(value) => setSearch(value || null)}
          className="admin-accounts-search"
          label={m('list.search')}
          placeholder={m('list.searchPlaceholder')}
          submitLabel={m('list.searchButton')}
          submitClassName="secondary"
        />
      }
      connection={query.data?.adminCustomerAccounts}
      query={query}
      pages={pages}
      empty={<EmptyState title={m('list.noneTitle')} text={search ? m('list.noneFiltered') : m('list.noneAtAll')} />}
      table={{
        caption: m('list.caption'),
        hiddenCaption: true,
        columns: [
          m('list.name'),
          m('list.fiscalId'),
          m('list.email'),
          { label: m('list.supplyPoints'), numeric: true },
          { label: m('list.contracts'), numeric: true },
          { label: m('list.installations'), numeric: true },
        ],
      }}
      row={(account) => (
        <tr key={account.id}>
          <td>
            <Link to={account.id}>{account.name}</Link>
          </td>
          <td>{account.fiscalId ?? <span className="muted">{m('noFiscalId')}</span>}</td>
          <td>{account.billingEmail}</td>
          <td className="number">{f.number(account.supplyPointCount, 0)}</td>
          <td className="number">
            {f.number(account.contractCount, 0)}
            {account.draftContractCount > 0 ? (
              <>
                {' '}
                <Badge tone="warn">{m('list.drafts', { n: account.draftContractCount })}</Badge>
              </>
            ) : null}
          </td>
          <td className="number">{f.number(account.installationCount, 0)}</td>
        </tr>
      )}
    />
  );
}
