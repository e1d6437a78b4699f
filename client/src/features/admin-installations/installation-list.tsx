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
import type { AdminInstallationListQuery, AdminInstallationSort } from '../../__generated__/graphql.js';
import { ADMIN_INSTALLATION_FLOWS, ADMIN_INSTALLATION_LIST } from './admin-installations.documents.js';
import { useMessages } from './admin-installations.messages.js';

const PAGE_SIZE = 20;
/** The `view` parameter of the needs-attention view: only what waits for staff, longest waiting first. */
const ATTENTION_VIEW = 'attention';
const SORTS: readonly AdminInstallationSort[] = ['WAITING_LONGEST', 'LATEST_CUSTOMER_ACTION'];

type Activity = AdminInstallationListQuery['adminInstallations']['nodes'][number]['customerActivity'];

/** Every account's installations with their customer activity, filtered by state, by code or account name, or to those waiting for staff. */
export function InstallationList() {
  const m = useMessages();
  const f = useFormat();
  const [params] = useSearchParams();
  const update = useUpdateSearchParams();
  const stateId = params.get('state');
  const search = params.get('q') ?? '';
  const attention = params.get('view') === ATTENTION_VIEW;
  const chosenSort = SORTS.find((sort) => sort === params.get('sort')) ?? null;
  const sort: AdminInstallationSort = attention ? 'WAITING_LONGEST' : (chosenSort ?? 'RECENTLY_CHANGED');
  const flows = useQuery(ADMIN_INSTALLATION_FLOWS);
  const stateOptions = (flows.data?.flows ?? []).flatMap((flow, _i, all) =>
    flow.states.map((state) => ({ value: state.id, label: all.length > 1 ? `${flow.name} · ${state.internalName}` : state.internalName })),
  );
  const pages = useCursorPages(`${stateId ?? ''}|${search}|${attention}|${sort}`);
  const query = useQuery(ADMIN_INSTALLATION_LIST, {
    variables: { filter: { stateId: stateId || null, search: search || null, needsAttention: attention || null }, sort, first: PAGE_SIZE, after: pages.after },
  });
  const sortLabels: Record<AdminInstallationSort, string> = {
    RECENTLY_CHANGED: m('sortRecentlyChanged'),
    WAITING_LONGEST: m('sortWaitingLongest'),
    LATEST_CUSTOMER_ACTION: m('sortLatestCustomerAction'),
  };

  return (
    <AdminListPage
      header={<PageHeader title={m('title')} />}
      filtersLabel={m('filters')}
      filters={
        <>
          <FilterSelect
            label={m('viewFilter')}
            allLabel={m('allInstallations')}
            options={[{ value: ATTENTION_VIEW, label: m('needsAttention') }]}
            value={attention ? ATTENTION_VIEW : null}
            onChange={(value) => update({ view: value })}
          />
          {attention ? null : (
            <FilterSelect
              label={m('sortBy')}
              allLabel={sortLabels.RECENTLY_CHANGED}
              options={SORTS.map((value) => ({ value, label: sortLabels[value] }))}
              value={chosenSort}
              onChange={(value) => update({ sort: value })}
            />
          )}
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
      empty={<EmptyState title={m('noneTitle')} text={stateId || search ? m('noneFiltered') : attention ? m('noneNeedAttention') : m('noneAtAll')} />}
      table={{
        caption: m('listCaption'),
        hiddenCaption: true,
        columns: [m('code'), m('account'), m('state'), m('substate'), m('waitingForStaff'), m('lastCustomerAction'), m('updated')],
      }}
      row={(installation) => (
        <tr key={installation.id}>
          <td>
            <Link to={installation.id}>{installation.code}</Link>
          </td>
          <td>{installation.accountName}</td>
          <td>{installation.state.internalName}</td>
          <td>{installation.substate.internalName}</td>
          <td>
            <WaitingForStaff activity={installation.customerActivity} />
          </td>
          <td>
            {installation.customerActivity.lastCustomerAction ? (
              <>
                {m(`action.${installation.customerActivity.lastCustomerAction.kind}`)}, {f.dateTime(installation.customerActivity.lastCustomerAction.at)}
              </>
            ) : (
              <span className="muted">{m('noCustomerAction')}</span>
            )}
          </td>
          <td>{f.dateTime(installation.updatedAt)}</td>
        </tr>
      )}
    />
  );
}

/** What waits for staff, each kind with its count, and since when the oldest waits. */
function WaitingForStaff({ activity }: { activity: Activity }) {
  const m = useMessages();
  const f = useFormat();
  type Key = Parameters<typeof m>[0];
  const counted = (n: number, one: Key, many: Key) => (n === 0 ? [] : [n === 1 ? m(one) : m(many, { n: String(n) })]);
  const items = [
    ...counted(activity.documentsToReview, 'documentsToReviewOne', 'documentsToReviewMany'),
    ...counted(activity.acceptedOffers, 'acceptedOffersOne', 'acceptedOffersMany'),
    ...counted(activity.signedCopies, 'signedCopiesOne', 'signedCopiesMany'),
  ];
  if (items.length === 0 || !activity.waitingSince) return <span className="muted">{m('nothingWaiting')}</span>;
  return (
    <>
      <strong>{items.join(', ')}</strong> {m('waitingSince', { date: f.dateTime(activity.waitingSince) })}
    </>
  );
}
