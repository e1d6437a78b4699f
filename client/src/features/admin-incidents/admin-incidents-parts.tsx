import { NavLink } from 'react-router';
import { IncidentStatusBadge as StatusBadge } from '../../components/incident-parts.js';
import type { IncidentStatus } from '../../__generated__/graphql.js';
import { useMessages } from './admin-incidents.messages.js';

export function IncidentStatusBadge({ status }: { status: IncidentStatus }) {
  const m = useMessages();
  return <StatusBadge status={status} label={m(`status.${status}`)} />;
}

/** Inbox | Types, under the screen's h1. */
export function IncidentTabs() {
  const m = useMessages();
  return (
    <nav aria-label={m('tabs.label')}>
      <ul className="admin-tabs">
        <li>
          <NavLink end to="/admin/incidents">
            {m('tabs.inbox')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/admin/incidents/types">{m('tabs.types')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}

