import { ListDetailRoutes } from '../../components/list-detail-routes.js';
import { SECTION_PATHS } from '../../lib/section-paths.js';
import { InvoiceDetail } from './invoice-detail.js';
import { InvoiceList } from './invoice-list.js';
import './invoices.css';

/** /invoices: the filtered list, and one invoice at /invoices/:number. */
export default function InvoicesSection() {
  return (
    <ListDetailRoutes
      list={<InvoiceList />}
      param="number"
      detail={<InvoiceDetail />}
      home={SECTION_PATHS.INVOICES!}
    />
  );
}
