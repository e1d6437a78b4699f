import { Navigate, Route, Routes } from 'react-router';
import { SECTION_PATHS } from '../../lib/section-paths.js';
import { InvoiceDetail } from './invoice-detail.js';
import { InvoiceList } from './invoice-list.js';
import './invoices.css';

/** /invoices: the filtered list, and one invoice at /invoices/:number. */
export default function InvoicesSection() {
  return (
    <Routes>
      <Route index element={<InvoiceList />} />
      <Route path=":number" element={<InvoiceDetail />} />
      <Route path="*" element={<Navigate to={SECTION_PATHS.INVOICES!} replace />} />
    </Routes>
  );
}
