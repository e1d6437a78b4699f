import './admin-flows.css';
import { ListDetailRoutes } from '../../components/list-detail-routes.js';
import { FlowEditor } from './flow-editor.js';
import { FlowList } from './flow-list.js';

/** /admin/flows: the installation flows, then one flow's editor at /admin/flows/:id. */
export default function AdminFlowsSection() {
  return <ListDetailRoutes list={<FlowList />} detail={<FlowEditor />} />;
}
