import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { OutboxStatus } from '../../__generated__/graphql.js';
import { AdminListPage } from '../../components/admin-list-page.js';
import { Badge, type Tone } from '../../components/badge.js';
import { FilterSelect, oneOf } from '../../components/filter-select.js';
import { ErrorAlert, FormStatus } from '../../components/form-messages.js';
import { ListDetailRoutes } from '../../components/list-detail-routes.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryResult } from '../../components/query-result.js';
import { SearchBox } from '../../components/search-box.js';
import { EmptyState, NotFoundState } from '../../components/states.js';
import { apiProblem } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { useCursorPages } from '../../lib/use-cursor-pages.js';
import { useSearchParam } from '../../lib/use-search-param.js';
import { ADMIN_OUTBOX_DETAIL, ADMIN_OUTBOX_LIST, ADMIN_OUTBOX_RETRY } from './admin-outbox.documents.js';
import { useMessages } from './admin-outbox.messages.js';
import './admin-outbox.css';

const PAGE_SIZE = 25;
const STATUSES: readonly OutboxStatus[] = ['PENDING', 'SENT', 'FAILED', 'EXPIRED'];
const STATUS_TONE: Record<OutboxStatus, Tone> = { PENDING: 'warn', SENT: 'ok', FAILED: 'bad', EXPIRED: 'bad' };

/** /admin/outbox: the sent e-mail log (index) and one message (:id). */
export default function AdminOutboxSection() {
  return <ListDetailRoutes list={<OutboxList />} detail={<OutboxDetail />} />;
}

function StatusBadge({ status }: { status: OutboxStatus }) {
  const m = useMessages();
  return <Badge tone={STATUS_TONE[status]}>{m(`status.${status}`)}</Badge>;
}

function OutboxList() {
  const m = useMessages();
  const f = useFormat();
  const [statusParam, setStatus] = useSearchParam('status');
  const [search, setSearch] = useSearchParam('q');
  const status = oneOf(STATUSES, statusParam);
  const pages = useCursorPages(`${status ?? ''}|${search ?? ''}`);
  const query = useQuery(ADMIN_OUTBOX_LIST, {
    variables: { filter: { status, search }, first: PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const filtered = Boolean(status || search);
  // The detail's back link returns to this page of the list with its filters.
  const { search: listSearch } = useLocation();

  return (
    <AdminListPage
      header={<PageHeader title={m('title')} subtitle={m('subtitle')} />}
      filters={
        <>
          <FilterSelect
            label={m('filter.status')}
            allLabel={m('filter.allStatuses')}
            options={STATUSES.map((value) => ({ value, label: m(`status.${value}`) }))}
            value={status}
            onChange={setStatus}
          />
          <SearchBox
            value={search ?? ''}
            onSearch={(value) => setSearch(value || null)}
            className="admin-outbox-search"
            landmark
            label={m('filter.search')}
            submitLabel={m('filter.submit')}
            clearLabel={m('filter.clear')}
          />
        </>
      }
      connection={query.data?.outboxEmails}
      query={query}
      pages={pages}
      emptyOnFirstPageOnly
      empty={
        filtered ? (
          <EmptyState title={m('list.emptyFiltered')} text={m('list.emptyFilteredText')} />
        ) : (
          <EmptyState title={m('list.empty')} text={m('list.emptyText')} />
        )
      }
      table={{
        caption: m('list.caption'),
        hiddenCaption: true,
        columns: [
          m('list.created'),
          m('list.to'),
          m('list.subject'),
          m('list.template'),
          m('list.status'),
          { label: m('list.attempts'), numeric: true },
          m('list.lastError'),
          m('list.sent'),
          { label: m('list.open'), hidden: true },
        ],
      }}
      row={(email) => (
        <tr key={email.id}>
          <td>{f.dateTime(email.createdAt)}</td>
          <td>{email.to}</td>
          <td>{email.subject}</td>
          <td>
            <code>{email.templateKey}</code>
          </td>
          <td>
            <StatusBadge status={email.status} />
          </td>
          <td className="number">{email.attempts}</td>
          <td className="admin-outbox-error">{email.lastError ?? '—'}</td>
          <td>{email.sentAt ? f.dateTime(email.sentAt) : '—'}</td>
          <td>
            <Link to={email.id} state={{ list: listSearch }} aria-label={m('list.openLabel', { subject: email.subject, to: email.to })}>
              {m('list.open')}
            </Link>
          </td>
        </tr>
      )}
    />
  );
}

function OutboxDetail() {
  const { id = '' } = useParams();
  const m = useMessages();
  const f = useFormat();
  const query = useQuery(ADMIN_OUTBOX_DETAIL, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [retry, retrying] = useMutation(ADMIN_OUTBOX_RETRY);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const location = useLocation();
  const listSearch = (location.state as { list?: string } | null)?.list ?? '';
  const back = <Link to={`/admin/outbox${listSearch}`}>{m('detail.back')}</Link>;

  async function onRetry() {
    setNotice(null);
    setFailure(null);
    try {
      await retry({ variables: { id } });
      setNotice(m('retry.done'));
      void query.refetch();
    } catch (error) {
      const { reason } = apiProblem(error);
      if (reason === 'ALREADY_SENT' || reason === 'STILL_PENDING' || reason === 'EXPIRED' || reason === 'REDACTED') setFailure(m(`retry.${reason}`));
      else setFailure(m('retry.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  return (
    <QueryResult
      result={query.data ? query.data.outboxEmail : undefined}
      query={query}
      pendingHeader={<PageHeader title={m('title')} />}
      empty={<NotFoundState title={m('detail.notFound')} text={m('detail.notFoundText')} back={back} />}
    >
      {(email) => (
        <>
          <PageHeader title={email.subject} subtitle={email.to} actions={back} />
          <div className="admin-outbox-grid">
            <section className="card" aria-labelledby="outbox-delivery">
              <h2 id="outbox-delivery">{m('detail.summary')}</h2>
              <dl className="details">
                <dt>{m('detail.to')}</dt>
                <dd>{email.to}</dd>
                <dt>{m('detail.template')}</dt>
                <dd>
                  <code>{email.templateKey}</code>
                </dd>
                <dt>{m('detail.status')}</dt>
                <dd>
                  <StatusBadge status={email.status} />
                </dd>
                <dt>{m('detail.attempts')}</dt>
                <dd>{email.attempts}</dd>
                <dt>{m('detail.lastError')}</dt>
                <dd className="admin-outbox-error">{email.lastError ?? m('detail.noError')}</dd>
                <dt>{m('detail.created')}</dt>
                <dd>{f.dateTime(email.createdAt)}</dd>
                {email.status === 'PENDING' ? (
                  <>
                    <dt>{m('detail.nextAttempt')}</dt>
                    <dd>{f.dateTime(email.nextAttemptAt)}</dd>
                  </>
                ) : null}
                <dt>{m('detail.sent')}</dt>
                <dd>{email.sentAt ? f.dateTime(email.sentAt) : m('detail.notSent')}</dd>
              </dl>
              {email.status === 'FAILED' && !email.redacted ? (
                <div className="admin-outbox-actions">
                  <button type="button" onClick={() => void onRetry()} disabled={retrying.loading}>
                    {retrying.loading ? m('retry.sending') : m('retry.button')}
                  </button>
                  <span className="muted">{m('retry.help')}</span>
                </div>
              ) : null}
              <FormStatus>{notice}</FormStatus>
              <ErrorAlert message={failure} />
            </section>
            <section className="card" aria-labelledby="outbox-message">
              <h2 id="outbox-message">{m('detail.message')}</h2>
              <p>
                <strong>{m('detail.subject')}:</strong> {email.subject}
              </p>
              {email.redacted ? (
                <p className="muted">{m('detail.redacted')}</p>
              ) : email.html || email.text ? (
                <MessageBody html={email.html} text={email.text} />
              ) : (
                <p className="muted">{m('detail.noBody')}</p>
              )}
            </section>
          </div>
        </>
      )}
    </QueryResult>
  );
}

/**
 * The stored bodies: the plain text, and on request the HTML part in a sandboxed frame (an empty
 * sandbox runs no script, submits no form and reaches nothing of the portal; shown on request
 * only, as accessibility checkers cannot look inside such a frame).
 */
function MessageBody({ html, text }: { html: string | null; text: string | null }) {
  const m = useMessages();
  const [showHtml, setShowHtml] = useState(false);
  return (
    <>
      {text ? (
        <>
          <h3>{m('detail.text')}</h3>
          <pre className="admin-outbox-text">{text}</pre>
        </>
      ) : null}
      {html ? (
        <>
          <h3>{m('detail.html')}</h3>
          <button type="button" className="secondary" aria-expanded={showHtml} onClick={() => setShowHtml((shown) => !shown)}>
            {showHtml ? m('detail.hideHtml') : m('detail.showHtml')}
          </button>
          {showHtml ? <iframe className="admin-outbox-preview" title={m('detail.html')} sandbox="" srcDoc={html} /> : null}
        </>
      ) : null}
    </>
  );
}
