import { useQuery } from '@apollo/client/react';
import { madridDateOf } from '@portal/shared';
import { Link, Route, Routes, useLocation, useParams } from 'react-router';
import { Badge, type Tone } from '../../components/badge.js';
import { FileLink } from '../../components/file-link.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryResult } from '../../components/query-result.js';
import { EmptyState, NotFoundState } from '../../components/states.js';
import { useFormat } from '../../lib/format.js';
import { useI18n } from '../../lib/i18n.js';
import { INCIDENT_DETAIL, INCIDENTS_LIST } from './incidents.documents.js';
import { useMessages } from './incidents.messages.js';
import { NewIncidentForm } from './new-incident-form.js';
import './incidents.css';

/** The Incidents section: list, new incident (/incidents/new), detail (/incidents/:id). */
export default function IncidentsSection() {
  return (
    <Routes>
      <Route index element={<IncidentList />} />
      <Route path="new" element={<NewIncidentForm />} />
      <Route path=":id" element={<IncidentDetail />} />
    </Routes>
  );
}

export type IncidentStatus = 'OPEN' | 'IN_PROGRESS' | 'RESOLVED' | 'CLOSED';

const STATUS_TONE: Record<IncidentStatus, Tone> = { OPEN: 'warn', IN_PROGRESS: 'neutral', RESOLVED: 'ok', CLOSED: 'neutral' };

function StatusBadge({ status }: { status: IncidentStatus }) {
  const m = useMessages();
  return <Badge tone={STATUS_TONE[status]}>{m(`status.${status}`)}</Badge>;
}

function excerpt(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

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
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{m('list.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{m('list.date')}</th>
                  <th scope="col">{m('list.type')}</th>
                  <th scope="col">{m('list.status')}</th>
                  <th scope="col">{m('list.description')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{m('list.open')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {incidents.map((incident) => (
                  <tr key={incident.id}>
                    <td>{f.dateTime(incident.createdAt)}</td>
                    <td>{incident.type.name[language]}</td>
                    <td>
                      <StatusBadge status={incident.status} />
                    </td>
                    <td className="incident-excerpt">{excerpt(incident.description)}</td>
                    <td>
                      <Link to={incident.id} aria-label={m('list.openLabel', { date: f.dateTime(incident.createdAt) })}>
                        {m('list.open')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
            {uploadFailed ? (
              <p role="alert" className="error">
                {m('detail.uploadFailed', { reason: uploadFailed })}
              </p>
            ) : null}
            <section className="card" aria-labelledby="incident-summary">
              <h2 id="incident-summary" className="visually-hidden">
                {m('detail.description')}
              </h2>
              <dl className="details">
                <dt>{m('detail.type')}</dt>
                <dd>{incident.type.name[language]}</dd>
                <dt>{m('detail.status')}</dt>
                <dd>
                  <StatusBadge status={incident.status} />
                </dd>
                <dt>{m('detail.created')}</dt>
                <dd>{f.dateTime(incident.createdAt)}</dd>
                {incident.installationCode ? (
                  <>
                    <dt>{m('detail.installation')}</dt>
                    <dd>{incident.installationCode}</dd>
                  </>
                ) : null}
                <dt>{m('detail.description')}</dt>
                <dd>
                  <p className="description">{incident.description}</p>
                </dd>
                <dt>{m('detail.attachment')}</dt>
                <dd>
                  {incident.attachment ? (
                    <FileLink
                      documentId={incident.attachment.id}
                      fileName={incident.attachment.fileName}
                      label={m('detail.download', { name: incident.attachment.fileName })}
                    >
                      {incident.attachment.fileName}
                    </FileLink>
                  ) : (
                    m('detail.noAttachment')
                  )}
                </dd>
              </dl>
            </section>
            <section aria-labelledby="incident-replies">
              <h2 id="incident-replies">{m('detail.replies')}</h2>
              {incident.replies.length === 0 ? (
                <p className="muted">{m('detail.noReplies')}</p>
              ) : (
                <ol className="incident-thread">
                  {incident.replies.map((reply) => (
                    <li key={reply.id} data-staff={reply.fromStaff}>
                      <p className="reply-meta muted">
                        <strong>{reply.fromStaff ? m('detail.staff') : m('detail.you')}</strong>
                        {reply.fromStaff && reply.authorName ? ` · ${reply.authorName}` : ''} ·{' '}
                        <time dateTime={reply.createdAt}>{f.dateTime(reply.createdAt)}</time>
                      </p>
                      <p className="reply-body">{reply.body}</p>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          </div>
        </>
      )}
    </QueryResult>
  );
}
