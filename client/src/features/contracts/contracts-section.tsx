import { ListDetailRoutes } from '../../components/list-detail-routes.js';
import { SECTION_PATHS } from '../../lib/section-paths.js';
import { ContractDetail } from './contract-detail.js';
import { ContractList } from './contract-list.js';
import './contracts.css';

/** /contracts: the list, and one contract at /contracts/:id. */
export default function ContractsSection() {
  return <ListDetailRoutes list={<ContractList />} detail={<ContractDetail />} home={SECTION_PATHS.CONTRACTS!} />;
}
