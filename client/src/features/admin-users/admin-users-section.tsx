import { Link, useNavigate } from 'react-router';
import { ListDetailRoutes } from '../../components/list-detail-routes.js';
import { PageHeader } from '../../components/page-header.js';
import { useMessages } from './admin-users.messages.js';
import { UserDetail } from './user-detail.js';
import { UserForm } from './user-form.js';
import { emptyValues } from './user-form-values.js';
import { UserList } from './user-list.js';
import './admin-users.css';

/** /admin/users: the list, a new user, and one user's page (edit, sessions, audit, act as). */
export default function AdminUsersSection() {
  return (
    <div className="admin-users">
      <ListDetailRoutes list={<UserList />} pages={{ new: <NewUser /> }} detail={<UserDetail />} />
    </div>
  );
}

function NewUser() {
  const m = useMessages();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={m('new.title')} subtitle={m('new.hint')} actions={<Link to="..">{m('back')}</Link>} />
      {/* navigate returns a promise only under a data router; BrowserRouter navigates at once. */}
      <UserForm initial={emptyValues()} onSaved={(id) => void navigate(`../${id}`, { state: { created: true } })} />
    </>
  );
}
