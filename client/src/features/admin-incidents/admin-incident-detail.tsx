import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { IncidentStatus } from '../../__generated__/graphql.js';
import { ErrorAlert, FormStatus } from '../../components/form-messages.js';
import { IncidentFacts, IncidentReplies, ReplyBodyField } from '../../components/incident-parts.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryResult } from '../../components/query-result.js';
import { NotFoundState } from '../../components/states.js';
import { useFormat } from '../../lib/format.js';
import { useI18n } from '../../lib/i18n.js';
import { asyncHandler } from '../../lib/async-handler.js';
import { apiProblem } from '../../lib/errors.js';
import { INCIDENT_STATUSES } from './admin-incidents-api.js';
import { IncidentStatusBadge } from './admin-incidents-parts.js';
import { ADMIN_INCIDENT_DETAIL, ADMIN_INCIDENT_MARK_READ, ADMIN_INCIDENT_REPLY, ADMIN_INCIDENT_SET_STATUS } from './admin-incidents.documents.js';
import { useMessages } from './admin-incidents.messages.js';

const REPLY_MAX = 4000;

/** One incident: its data, the thread, a reply form (with an optional status change) and the status. */
export function AdminIncidentDetail() {
  const { id = '' } = useParams();
  const m = useMessages();
  const f = useFormat();
  const { language } = useI18n();
  const query = useQuery(ADMIN_INCIDENT_DETAIL, { variables: { id }, fetchPolicy: 'cache-and-network' });
  useMarkReadWhenOpened(id, query.data?.incident?.unreadByStaff === true);
  const location = useLocation();
  const listSearch = (location.state as { list?: string } | null)?.list ?? '';
  const back = <Link to={`/admin/incidents${listSearch}`}>{m('detail.back')}</Link>;

  return (
    <QueryResult
      result={query.data ? query.data.incident : undefined}
      query={query}
      pendingHeader={<PageHeader title={m('title')} />}
      empty={<NotFoundState title={m('detail.notFound')} text={m('detail.notFoundText')} back={back} />}
    >
      {(incident) => (
        <>
          <PageHeader title={m('detail.title', { account: incident.accountName })} actions={back} />
          <div className="admin-incident-grid">
            <section className="card" aria-labelledby="admin-incident-summary">
              <h2 id="admin-incident-summary">{m('detail.summary')}</h2>
              <IncidentFacts
                incident={incident}
                typeName={incident.type.name[language]}
                statusBadge={<IncidentStatusBadge status={incident.status} />}
                descriptionClassName="admin-incident-description"
                leading={
                  <>
                    <dt>{m('detail.account')}</dt>
                    <dd>{incident.accountName}</dd>
                    <dt>{m('detail.reporter')}</dt>
                    <dd>
                      {incident.reporterName} ({incident.reporterEmail})
                    </dd>
                  </>
                }
                afterCreated={
                  <>
                    <dt>{m('detail.updated')}</dt>
                    <dd>{f.dateTime(incident.updatedAt)}</dd>
                  </>
                }
              />
              <StatusForm id={incident.id} status={incident.status} />
            </section>
            <IncidentReplies
              headingId="admin-incident-thread"
              title={m('detail.thread')}
              emptyText={m('detail.noReplies')}
              replies={incident.replies}
              className="admin-incident-thread"
              who={(reply) => (reply.fromStaff ? m('detail.staff') : m('detail.customer'))}
              nameOf={(reply) => reply.authorName}
            />
            <ReplyForm id={incident.id} />
          </div>
        </>
      )}
    </QueryResult>
  );
}

/** Opening an incident with unread customer messages reads them (the inbox's badge goes with the cache). */
function useMarkReadWhenOpened(id: string, unread: boolean) {
  const [markRead] = useMutation(ADMIN_INCIDENT_MARK_READ);
  useEffect(() => {
    // Its error shows nowhere: the inbox simply keeps the badge until the next visit.
    if (unread) markRead({ variables: { id } }).catch(() => undefined);
  }, [id, unread, markRead]);
}

function StatusForm({ id, status }: { id: string; status: IncidentStatus }) {
  const m = useMessages();
  const selectId = useId();
  const [choice, setChoice] = useState<IncidentStatus>(status);
  // A reply may change the status too: follow it.
  useEffect(() => setChoice(status), [status]);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [save, { loading }] = useMutation(ADMIN_INCIDENT_SET_STATUS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    setFailure(null);
    try {
      const result = await save({ variables: { id, status: choice } });
      const saved = result.data?.setIncidentStatus.status ?? choice;
      setDone(m('status.saved', { status: m(`status.${saved}`) }));
    } catch (error) {
      setFailure(m('error.generic', { message: apiProblem(error).message }));
    }
  }

  return (
    <form className="admin-incident-form" onSubmit={asyncHandler(submit)} aria-labelledby={`${selectId}-heading`}>
      <h3 id={`${selectId}-heading`}>{m('status.heading')}</h3>
      <div className="form-actions">
        <div className="field">
          <label htmlFor={selectId}>{m('status.label')}</label>
          <select id={selectId} value={choice} onChange={(event) => setChoice(event.target.value as IncidentStatus)}>
            <StatusOptions />
          </select>
        </div>
        <button type="submit" className="secondary" disabled={loading || choice === status}>
          {m('status.save')}
        </button>
      </div>
      <FormStatus>{done}</FormStatus>
      <ErrorAlert message={failure} />
    </form>
  );
}

function ReplyForm({ id }: { id: string }) {
  const m = useMessages();
  const ids = { status: useId(), heading: useId() };
  const [body, setBody] = useState('');
  const [status, setStatus] = useState<IncidentStatus | ''>('');
  const [bodyError, setBodyError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [reply, { loading }] = useMutation(ADMIN_INCIDENT_REPLY, { refetchQueries: [ADMIN_INCIDENT_DETAIL], awaitRefetchQueries: true });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSent(false);
    setFailure(null);
    const text = body.trim();
    if (!text) return setBodyError(m('reply.empty'));
    if ([...text].length > REPLY_MAX) return setBodyError(m('reply.tooLong', { max: REPLY_MAX }));
    setBodyError(null);
    try {
      await reply({ variables: { id, body: text, status: status || null } });
      setBody('');
      setStatus('');
      setSent(true);
    } catch (error) {
      const problem = apiProblem(error);
      if (problem.argument === 'body') {
        setBodyError(problem.reason === 'TOO_LONG' ? m('reply.tooLong', { max: REPLY_MAX }) : m('reply.empty'));
      } else {
        setFailure(m('error.generic', { message: problem.message }));
      }
    }
  }

  return (
    <section className="card" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{m('reply.heading')}</h2>
      <form className="admin-incident-form" onSubmit={asyncHandler(submit)} noValidate>
        <ReplyBodyField label={m('reply.body')} hint={m('reply.hint')} value={body} onChange={setBody} error={bodyError} />
        <div className="field">
          <label htmlFor={ids.status}>{m('reply.status')}</label>
          <select id={ids.status} value={status} onChange={(event) => setStatus(event.target.value as IncidentStatus | '')}>
            <option value="">{m('reply.keepStatus')}</option>
            <StatusOptions />
          </select>
        </div>
        <div className="form-actions">
          <button type="submit" disabled={loading}>
            {loading ? m('reply.sending') : m('reply.send')}
          </button>
        </div>
        <FormStatus>{sent ? m('reply.sent') : null}</FormStatus>
        <ErrorAlert message={failure} />
      </form>
    </section>
  );
}

function StatusOptions() {
  const m = useMessages();
  return INCIDENT_STATUSES.map((value) => (
    <option key={value} value={value}>
      {m(`status.${value}`)}
    </option>
  ));
}
