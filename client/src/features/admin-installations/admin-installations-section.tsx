import { ListDetailRoutes } from '../../components/list-detail-routes.js';
import { InstallationDetail } from './installation-detail.js';
import { InstallationList } from './installation-list.js';
import './admin-installations.css';

/** /admin/installations: the list (filters in the URL) and one installation's detail. */
export default function AdminInstallationsSection() {
  return <ListDetailRoutes list={<InstallationList />} detail={<InstallationDetail />} />;
}
