import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { AdminListPage } from '../../components/admin-list-page.js';
import { FilterSelect } from '../../components/filter-select.js';
import { PageHeader } from '../../components/page-header.js';
import { SearchBox } from '../../components/search-box.js';
import { EmptyState } from '../../components/states.js';
import { useFormat } from '../../lib/format.js';
import { useCursorPages } from '../../lib/use-cursor-pages.js';
import { useUpdateSearchParams } from '../../lib/use-search-param.js';
import { ADMIN_INSTALLATION_FLOWS, ADMIN_INSTALLATION_LIST } from './admin-installations.documents.js';
import { useMessages } from './admin-installations.messages.js';

const PAGE_SIZE = 20;

/** Every account's installations, filtered by state (from the flows) and by code or account name. */
export function InstallationList() {
  const m = useMessages();
  const f = useFormat();
  const [params] = useSearchParams();
  const update = useUpdateSearchParams();
  const stateId = params.get('state');
  const search = params.get('q') ?? '';
  const flows = useQuery(ADMIN_INSTALLATION_FLOWS);
  const stateOptions = (flows.data?.flows ?? []).flatMap((flow, _i, all) =>
    flow.states.map((state) => ({ value: state.id, label: all.length > 1 ? `${flow.name} · ${state.internalName}` : state.internalName })),
  );
  const pages = useCursorPages(`${stateId ?? ''}|${search}`);
  const query = useQuery(ADMIN_INSTALLATION_LIST, {
    variables: { filter: { stateId: stateId || null, search: search || null }, first: PAGE_SIZE, after: pages.after },
  });

  return (
    <AdminListPage
      header={<PageHeader title={m('title')} />}
      filtersLabel={m('filters')}
      filters={
        <>
          <FilterSelect
            label={m('stateFilter')}
            allLabel={m('allStates')}
            options={stateOptions}
            value={stateOptions.some((option) => option.value === stateId) ? stateId : null}
            onChange={(value) => update({ state: value })}
          />
          <SearchBox
            value={search}
            onSearch={(value) => update({ q: value })}
            className="admin-search"
            label={m('search')}
            placeholder={m('searchPlaceholder')}
            submitLabel={m('searchButton')}
            submitClassName="secondary"
          />
        </>
      }
      connection={query.data?.adminInstallations}
      query={query}
      pages={pages}
      empty={<EmptyState title={m('noneTitle')} text={stateId || search ? m('noneFiltered') : m('noneAtAll')} />}
      table={{ caption: m('listCaption'), hiddenCaption: true, columns: [m('code'), m('account'), m('state'), m('substate'), m('updated')] }}
      row={(installation) => (
        <tr key={installation.id}>
          <td>
            <Link to={installation.id}>{installation.code}</Link>
          </td>
          <td>{installation.accountName}</td>
          <td>{installation.state.internalName}</td>
          <td>{installation.substate.internalName}</td>
          <td>{f.dateTime(installation.updatedAt)}</td>
        </tr>
      )}
    />
  );
}
