import { Route, Routes } from 'react-router';
import { InstallationDetail } from './installation-detail.js';
import { InstallationList } from './installation-list.js';
import './admin-installations.css';

/** /admin/installations: the list (filters in the URL) and one installation's detail. */
export default function AdminInstallationsSection() {
  return (
    <Routes>
      <Route index element={<InstallationList />} />
      <Route path=":id" element={<InstallationDetail />} />
    </Routes>
  );
}
