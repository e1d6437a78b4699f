import { useQuery } from '@apollo/client/react';
import { Link, useLocation } from 'react-router';
import { AdminListPage } from '../../components/admin-list-page.js';
import { Badge } from '../../components/badge.js';
import { FilterSelect, oneOf } from '../../components/filter-select.js';
import { ListDetailRoutes } from '../../components/list-detail-routes.js';
import { PageHeader } from '../../components/page-header.js';
import { EmptyState } from '../../components/states.js';
import { excerpt, useFormat } from '../../lib/format.js';
import { useI18n } from '../../lib/i18n.js';
import { useCursorPages } from '../../lib/use-cursor-pages.js';
import { useSearchParam } from '../../lib/use-search-param.js';
import { INCIDENT_STATUSES } from './admin-incidents-api.js';
import { IncidentStatusBadge, IncidentTabs } from './admin-incidents-parts.js';
import { ADMIN_INCIDENT_INBOX, ADMIN_INCIDENT_TYPES } from './admin-incidents.documents.js';
import { useMessages } from './admin-incidents.messages.js';
import { AdminIncidentDetail } from './admin-incident-detail.js';
import { AdminIncidentTypes } from './admin-incident-types.js';
import './admin-incidents.css';

const PAGE_SIZE = 20;

/** /admin/incidents: the inbox (index), the types editor (types) and one incident (:id). */
export default function AdminIncidentsSection() {
  return (
    <ListDetailRoutes
      list={<Inbox />}
      pages={{ types: <AdminIncidentTypes /> }}
      detail={<AdminIncidentDetail />}
    />
  );
}

/** Characters of the description shown in the list. */
const EXCERPT_MAX = 80;

function Inbox() {
  const m = useMessages();
  const f = useFormat();
  const { language } = useI18n();
  const [statusParam, setStatus] = useSearchParam('status');
  const [typeParam, setType] = useSearchParam('type');
  const status = oneOf(INCIDENT_STATUSES, statusParam);
  const typeId = typeParam || null;
  const pages = useCursorPages(`${status ?? ''}|${typeId ?? ''}`);
  const types = useQuery(ADMIN_INCIDENT_TYPES);
  const query = useQuery(ADMIN_INCIDENT_INBOX, {
    variables: { filter: { status, typeId }, first: PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const filtered = Boolean(status || typeId);
  // The detail's back link returns to this page of the inbox with its filters.
  const { search: listSearch } = useLocation();
  const typeOptions = (types.data?.adminIncidentTypes ?? []).map((type) => ({
    value: type.id,
    label: type.active ? type.name[language] : m('inbox.inactiveType', { name: type.name[language] }),
  }));

  return (
    <AdminListPage
      header={
        <>
          <PageHeader title={m('title')} subtitle={m('inbox.subtitle')} />
          <IncidentTabs />
        </>
      }
      filters={
        <>
          <FilterSelect
            label={m('inbox.status')}
            allLabel={m('inbox.allStatuses')}
            options={INCIDENT_STATUSES.map((value) => ({ value, label: m(`status.${value}`) }))}
            value={status}
            onChange={setStatus}
          />
          <FilterSelect label={m('inbox.type')} allLabel={m('inbox.allTypes')} options={typeOptions} value={typeId} onChange={setType} />
        </>
      }
      connection={query.data?.adminIncidents}
      query={query}
      pages={pages}
      emptyOnFirstPageOnly
      empty={
        filtered ? (
          <EmptyState title={m('inbox.emptyFiltered')} text={m('inbox.emptyFilteredText')} />
        ) : (
          <EmptyState title={m('inbox.empty')} text={m('inbox.emptyText')} />
        )
      }
      table={{
        caption: m('inbox.caption'),
        hiddenCaption: true,
        columns: [
          m('inbox.lastActivity'),
          m('inbox.account'),
          m('inbox.type'),
          m('inbox.status'),
          m('inbox.installation'),
          m('inbox.description'),
          { label: m('inbox.open'), hidden: true },
        ],
      }}
      row={(incident) => (
        <tr key={incident.id} className={incident.unreadByStaff ? 'admin-incident-unread' : undefined}>
          <td>
            {f.dateTime(incident.updatedAt)}
            {incident.unreadByStaff ? (
              <>
                {' '}
                <Badge tone="warn">{m('inbox.unread')}</Badge>
              </>
            ) : null}
          </td>
          <td>{incident.accountName}</td>
          <td>{incident.type.name[language]}</td>
          <td>
            <IncidentStatusBadge status={incident.status} />
          </td>
          <td>{incident.installationCode ?? '—'}</td>
          <td className="admin-incident-excerpt">{excerpt(incident.description, EXCERPT_MAX)}</td>
          <td>
            <Link
              to={incident.id}
              state={{ list: listSearch }}
              aria-label={m('inbox.openLabel', { account: incident.accountName, date: f.dateTime(incident.createdAt) })}
            >
              {m('inbox.open')}
            </Link>
          </td>
        </tr>
      )}
    />
  );
}
