import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { AdminListPage } from '../../components/admin-list-page.js';
import { Badge, type Tone } from '../../components/badge.js';
import { PageHeader } from '../../components/page-header.js';
import { SearchBox } from '../../components/search-box.js';
import { EmptyState } from '../../components/states.js';
import { useFormat } from '../../lib/format.js';
import { useCursorPages } from '../../lib/use-cursor-pages.js';
import { useSearchParam } from '../../lib/use-search-param.js';
import { ADMIN_USERS } from './admin-users.documents.js';
import { useMessages } from './admin-users.messages.js';

const PAGE_SIZE = 25;

export const STATUS_TONE: Record<string, Tone> = { ACTIVE: 'ok', INVITED: 'warn', DISABLED: 'bad' };

/** /admin/users: every user, searched by e-mail or name (?q=), a page at a time. */
export function UserList() {
  const m = useMessages();
  const f = useFormat();
  const [search, setSearch] = useSearchParam('q');
  const pages = useCursorPages(search ?? '');
  const query = useQuery(ADMIN_USERS, { variables: { search: search || null, first: PAGE_SIZE, after: pages.after }, fetchPolicy: 'cache-and-network' });

  return (
    <AdminListPage
      header={
        <PageHeader
          title={m('list.title')}
          actions={
            <Link className="button-link" to="new">
              {m('list.new')}
            </Link>
          }
        />
      }
      filters={
        <SearchBox
          value={search ?? ''}
          onSearch={(value) => setSearch(value || null)}
          className="search-form"
          landmark
          label={m('list.search')}
          submitLabel={m('list.searchButton')}
          submitClassName="secondary"
        />
      }
      connection={query.data?.users}
      query={query}
      pages={pages}
      empty={<EmptyState title={search ? m('list.emptySearch', { search }) : m('list.empty')} />}
      table={{
        caption: search ? m('list.captionSearch', { search }) : m('list.caption'),
        scrollLabel: m('list.caption'),
        columns: [m('list.email'), m('list.name'), m('list.types'), m('list.status'), m('list.lastSignIn')],
      }}
      row={(user) => (
        <tr key={user.id}>
          <td>
            <Link to={user.id}>{user.email}</Link>
          </td>
          <td>{user.name}</td>
          <td>{user.isAdmin ? m('list.admin') : user.userTypes.map((type) => m(`type.${type}`)).join(', ')}</td>
          <td>
            <Badge tone={STATUS_TONE[user.status]}>{m(`status.${user.status}`)}</Badge>
          </td>
          <td>{user.lastSignInAt ? f.dateTime(user.lastSignInAt) : m('list.never')}</td>
        </tr>
      )}
    />
  );
}
