import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Badge, type Tone } from '../../components/badge.js';
import { CursorPager } from '../../components/cursor-pager.js';
import { DataTable } from '../../components/data-table.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryResult } from '../../components/query-result.js';
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
  const [typed, setTyped] = useState(search ?? '');
  useEffect(() => setTyped(search ?? ''), [search]);
  const pages = useCursorPages(search ?? '');
  const query = useQuery(ADMIN_USERS, { variables: { search: search || null, first: PAGE_SIZE, after: pages.after }, fetchPolicy: 'cache-and-network' });
  const users = query.data?.users;

  function submit(event: FormEvent) {
    event.preventDefault();
    setSearch(typed.trim() || null);
  }

  return (
    <>
      <PageHeader
        title={m('list.title')}
        actions={
          <Link className="button-link" to="new">
            {m('list.new')}
          </Link>
        }
      />
      <form className="search-form" role="search" onSubmit={submit}>
        <label>
          {m('list.search')}
          <input type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </label>
        <button type="submit" className="secondary">
          {m('list.searchButton')}
        </button>
      </form>
      <QueryResult
        result={users}
        query={query}
        isEmpty={(connection) => connection.nodes.length === 0}
        empty={<EmptyState title={search ? m('list.emptySearch', { search }) : m('list.empty')} />}
      >
        {(connection) => (
          <>
            <DataTable
              caption={search ? m('list.captionSearch', { search }) : m('list.caption')}
              scrollLabel={m('list.caption')}
              columns={[m('list.email'), m('list.name'), m('list.types'), m('list.status'), m('list.lastSignIn')]}
            >
              {connection.nodes.map((user) => (
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
              ))}
            </DataTable>
            <CursorPager pages={pages} connection={connection} />
          </>
        )}
      </QueryResult>
    </>
  );
}
