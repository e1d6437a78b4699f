import { Route, Routes } from 'react-router';
import { SettlementDetail } from './settlement-detail.js';
import { SettlementsList } from './settlements-list.js';

/** /settlements: the monthly list; /settlements/:id: one settlement with its breakdown and PDF. */
export default function SettlementsSection() {
  return (
    <Routes>
      <Route index element={<SettlementsList />} />
      <Route path=":id" element={<SettlementDetail />} />
    </Routes>
  );
}
