import { Navigate, Route, Routes } from 'react-router';
import { SECTION_PATHS } from '../../lib/section-paths.js';
import { ContractDetail } from './contract-detail.js';
import { ContractList } from './contract-list.js';
import './contracts.css';

/** /contracts: the list, and one contract at /contracts/:id. */
export default function ContractsSection() {
  return (
    <Routes>
      <Route index element={<ContractList />} />
      <Route path=":id" element={<ContractDetail />} />
      <Route path="*" element={<Navigate to={SECTION_PATHS.CONTRACTS!} replace />} />
    </Routes>
  );
}
