import { ListDetailRoutes } from '../../components/list-detail-routes.js';
import { AccountDetail } from './account-detail.js';
import { AccountList } from './account-list.js';
import { RegisterClient } from './register-client.js';
import './admin-accounts.css';

/** /admin/accounts: customer accounts (search in the URL), one account with its contracts, and client registration. */
export default function AdminAccountsSection() {
  return <ListDetailRoutes list={<AccountList />} pages={{ register: <RegisterClient /> }} detail={<AccountDetail />} />;
}
