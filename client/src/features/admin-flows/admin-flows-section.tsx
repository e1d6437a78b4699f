import { Route, Routes } from 'react-router';
import './admin-flows.css';
import { FlowEditor } from './flow-editor.js';
import { FlowList } from './flow-list.js';

/** /admin/flows: the installation flows, then one flow's editor at /admin/flows/:id. */
export default function AdminFlowsSection() {
  return (
    <Routes>
      <Route index element={<FlowList />} />
      <Route path=":id" element={<FlowEditor />} />
    </Routes>
  );
}
