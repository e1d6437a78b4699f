import { ListDetailRoutes } from '../../components/list-detail-routes.js';
import { SettlementDetail } from './settlement-detail.js';
import { SettlementsList } from './settlements-list.js';

/** /settlements: the monthly list; /settlements/:id: one settlement with its breakdown and PDF. */
export default function SettlementsSection() {
  return <ListDetailRoutes list={<SettlementsList />} detail={<SettlementDetail />} />;
}
