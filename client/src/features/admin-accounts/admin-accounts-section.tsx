import { Route, Routes } from 'react-router';
import { AccountDetail } from './account-detail.js';
import { AccountList } from './account-list.js';
import { RegisterClient } from './register-client.js';
import './admin-accounts.css';

/** /admin/accounts: customer accounts (search in the URL), one account with its contracts, and client registration. */
export default function AdminAccountsSection() {
  return (
    <Routes>
      <Route index element={<AccountList />} />
      <Route path="register" element={<RegisterClient />} />
      <Route path=":id" element={<AccountDetail />} />
    </Routes>
  );
}
