import { useApolloClient, useQuery } from '@apollo/client/react';
import { madridDateOf } from '@portal/shared';
import { Link, useLocation, useParams } from 'react-router';
import type { IncidentStatus } from '../../__generated__/graphql.js';
import { DataTable } from '../../components/data-table.js';
import { ErrorAlert } from '../../components/form-messages.js';
import { IncidentFacts, IncidentReplies, IncidentStatusBadge } from '../../components/incident-parts.js';
import { ListDetailRoutes } from '../../components/list-detail-routes.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryResult } from '../../components/query-result.js';
import { EmptyState, NotFoundState } from '../../components/states.js';
import { excerpt, useFormat } from '../../lib/format.js';
import { useI18n } from '../../lib/i18n.js';
import { INCIDENT_DETAIL, INCIDENTS_LIST } from './incidents.documents.js';
import { useMessages } from './incidents.messages.js';
import { NewIncidentForm } from './new-incident-form.js';
import { ReplyForm } from './reply-form.js';
import './incidents.css';

/** The Incidents section: list, new incident (/incidents/new), detail (/incidents/:id). */
export default function IncidentsSection() {
  return <ListDetailRoutes list={<IncidentList />} pages={{ new: <NewIncidentForm /> }} detail={<IncidentDetail />} />;
}

function StatusBadge({ status }: { status: IncidentStatus }) {
  const m = useMessages();
  return <IncidentStatusBadge status={status} label={m(`status.${status}`)} />;
}

/** Characters of the description shown in the list. */
const EXCERPT_MAX = 90;

function IncidentList() {
  const m = useMessages();
  const f = useFormat();
  const { language } = useI18n();
  const query = useQuery(INCIDENTS_LIST, { fetchPolicy: 'cache-and-network' });
  const newLink = (
    <Link className="button-link" to="new">
      {m('new')}
    </Link>
  );
  return (
    <>
      <PageHeader title={m('title')} subtitle={m('subtitle')} actions={newLink} />
      <QueryResult
        result={query.data?.incidents}
        query={query}
        isEmpty={(incidents) => incidents.length === 0}
        empty={<EmptyState title={m('list.empty')} text={m('list.emptyText')} />}
      >
        {(incidents) => (
          <DataTable
            caption={m('list.caption')}
            hiddenCaption
            columns={[m('list.date'), m('list.type'), m('list.status'), m('list.description'), { label: m('list.open'), hidden: true }]}
          >
            {incidents.map((incident) => (
              <tr key={incident.id}>
                <td>{f.dateTime(incident.createdAt)}</td>
                <td>{incident.type.name[language]}</td>
                <td>
                  <StatusBadge status={incident.status} />
                </td>
                <td className="incident-excerpt">{excerpt(incident.description, EXCERPT_MAX)}</td>
                <td>
                  <Link to={incident.id} aria-label={m('list.openLabel', { date: f.dateTime(incident.createdAt) })}>
                    {m('list.open')}
                  </Link>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryResult>
    </>
  );
}

function IncidentDetail() {
  const { id = '' } = useParams();
  const m = useMessages();
  const f = useFormat();
  const { language } = useI18n();
  const location = useLocation();
  const uploadFailed = (location.state as { uploadFailed?: string } | null)?.uploadFailed;
  const query = useQuery(INCIDENT_DETAIL, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const client = useApolloClient();
  // After a reply and its files: a read of its own. The reply's cache update may have started a read
  // of this query before the files were in, and a refetch would share that answer (deduplication).
  const reloadThread = () =>
    void client.query({ query: INCIDENT_DETAIL, variables: { id }, fetchPolicy: 'network-only', context: { queryDeduplication: false } }).catch(() => undefined);
  const back = <Link to="..">{m('detail.back')}</Link>;

  return (
    <QueryResult
      result={query.data ? query.data.incident : undefined}
      query={query}
      pendingHeader={<PageHeader title={m('title')} />}
      empty={<NotFoundState title={m('detail.notFound')} text={m('detail.notFoundText')} back={back} />}
    >
      {(incident) => (
        <>
          <PageHeader title={m('detail.title', { date: f.date(madridDateOf(new Date(incident.createdAt))) })} actions={back} />
          <div className="incident-detail">
            <ErrorAlert message={uploadFailed ? m('detail.uploadFailed', { reason: uploadFailed }) : null} />
            <section className="card" aria-labelledby="incident-summary">
              <h2 id="incident-summary" className="visually-hidden">
                {m('detail.description')}
              </h2>
              <IncidentFacts
                incident={incident}
                typeName={incident.type.name[language]}
                statusBadge={<StatusBadge status={incident.status} />}
                descriptionClassName="description"
              />
            </section>
            <IncidentReplies
              headingId="incident-replies"
              title={m('detail.replies')}
              emptyText={m('detail.noReplies')}
              replies={incident.replies}
              className="incident-thread"
              metaClassName="reply-meta"
              who={(reply) => (reply.fromStaff ? m('detail.staff') : m('detail.you'))}
              nameOf={(reply) => (reply.fromStaff ? reply.authorName : null)}
            />
            <ReplyForm incidentId={incident.id} onSent={reloadThread} />
          </div>
        </>
      )}
    </QueryResult>
  );
}
