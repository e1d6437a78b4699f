import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import {
  ADMIN_DISABLE_USER,
  ADMIN_ENABLE_USER,
  ADMIN_RESEND_WELCOME,
  ADMIN_REVOKE_SESSION,
  ADMIN_REVOKE_SESSIONS,
  ADMIN_START_ACTING,
  ADMIN_USER,
  ADMIN_USER_AUDIT,
  ADMIN_USER_SESSIONS,
} from './admin-users.documents.js';
import { Badge } from '../../components/badge.js';
import { DataTable } from '../../components/data-table.js';
import { PagedTable } from '../../components/paged-table.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryResult } from '../../components/query-result.js';
import { EmptyState, NotFoundState } from '../../components/states.js';
import { TitledSection } from '../../components/titled-section.js';
import { startSession } from '../../lib/session.js';
import { errorMessageKey } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { useI18n } from '../../lib/i18n.js';
import { useCursorPages } from '../../lib/use-cursor-pages.js';
import { useMessages } from './admin-users.messages.js';
import { UserForm } from './user-form.js';
import { valuesOf } from './user-form-values.js';
import { STATUS_TONE } from './user-list.js';

/** /admin/users/:id — one user: edit, disable/enable, resend welcome, act as, sessions, audit log. */
export function UserDetail() {
  const { id = '' } = useParams();
  const m = useMessages();
  const f = useFormat();
  const location = useLocation();
  const query = useQuery(ADMIN_USER, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const user = query.data ? query.data.user : undefined;
  const justCreated = Boolean((location.state as { created?: boolean } | null)?.created);

  return (
    <QueryResult
      result={user}
      query={query}
      pendingHeader={<PageHeader title={m('list.title')} />}
      empty={<NotFoundState title={m('detail.notFound')} text={m('detail.notFoundText')} back={<Link to="..">{m('back')}</Link>} />}
    >
      {(user) => (
        <>
          <PageHeader
            title={user.name}
            subtitle={
              <>
                {user.email} · <Badge tone={STATUS_TONE[user.status]}>{m(`status.${user.status}`)}</Badge> · {m('detail.created', { date: f.dateTime(user.createdAt) })}
                {user.lastSignInAt ? <> · {m('detail.lastSignIn', { date: f.dateTime(user.lastSignInAt) })}</> : null}
              </>
            }
            actions={<Link to="..">{m('back')}</Link>}
          />
          {justCreated ? (
            <p role="status" className="inline-status">
              {m('form.created')}
            </p>
          ) : null}
          <div className="detail-grid">
            <UserActions user={user} />
            <TitledSection title={m('detail.edit')}>
              <UserForm key={user.id} userId={user.id} initial={valuesOf(user)} onSaved={() => undefined} />
            </TitledSection>
            <Sessions userId={user.id} name={user.name} />
            <AuditLog userId={user.id} name={user.name} />
          </div>
        </>
      )}
    </QueryResult>
  );
}

type ActionUser = { id: string; status: string; isAdmin: boolean; name: string };

function UserActions({ user }: { user: ActionUser }) {
  const { t } = useI18n();
  const m = useMessages();
  const navigate = useNavigate();
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [disable, disabling] = useMutation(ADMIN_DISABLE_USER, { refetchQueries: [ADMIN_USER_SESSIONS] });
  const [enable, enabling] = useMutation(ADMIN_ENABLE_USER);
  const [resend, resending] = useMutation(ADMIN_RESEND_WELCOME);
  const [startActing, starting] = useMutation(ADMIN_START_ACTING);
  const busy = disabling.loading || enabling.loading || resending.loading || starting.loading;

  async function run(action: () => Promise<unknown>, done: string | null) {
    setMessage(null);
    setProblem(null);
    try {
      await action();
      if (done) setMessage(done);
    } catch (error) {
      setProblem(t(errorMessageKey(error)));
    }
  }

  async function actAs() {
    await run(async () => {
      await startActing({ variables: { userId: user.id } });
      // To the portal's home, then nothing cached as the admin may show in the customer's portal.
      await navigate('/');
      await startSession();
    }, null);
  }

  const disabled = user.status === 'DISABLED';
  return (
    <TitledSection title={m('detail.actions')}>
      <div className="page-actions">
        {!user.isAdmin && !disabled ? (
          <button type="button" disabled={busy} aria-describedby="act-as-hint" onClick={() => void actAs()}>
            {m('detail.actAs')}
          </button>
        ) : null}
        {disabled ? (
          <button type="button" className="secondary" disabled={busy} onClick={() => void run(() => enable({ variables: { id: user.id } }), m('detail.enabled'))}>
            {m('detail.enable')}
          </button>
        ) : (
          <button type="button" className="secondary" disabled={busy} onClick={() => void run(() => disable({ variables: { id: user.id } }), m('detail.disabled'))}>
            {m('detail.disable')}
          </button>
        )}
        {!disabled ? (
          <button type="button" className="secondary" disabled={busy} onClick={() => void run(() => resend({ variables: { id: user.id } }), m('detail.resent'))}>
            {m('detail.resend')}
          </button>
        ) : null}
      </div>
      {!user.isAdmin && !disabled ? (
        <p id="act-as-hint" className="muted">
          {m('detail.actAsHint')}
        </p>
      ) : null}
      <p role="status" className="inline-status">
        {message}
      </p>
      <div role="alert">{problem ? <p className="error">{problem}</p> : null}</div>
    </TitledSection>
  );
}

function Sessions({ userId, name }: { userId: string; name: string }) {
  const { t } = useI18n();
  const m = useMessages();
  const f = useFormat();
  const query = useQuery(ADMIN_USER_SESSIONS, { variables: { id: userId }, fetchPolicy: 'cache-and-network' });
  const [revoke, revoking] = useMutation(ADMIN_REVOKE_SESSION);
  const [revokeAll, revokingAll] = useMutation(ADMIN_REVOKE_SESSIONS);
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const sessions = query.data?.user?.sessions;

  async function run(action: () => Promise<string>) {
    setMessage(null);
    setProblem(null);
    try {
      setMessage(await action());
    } catch (error) {
      setProblem(t(errorMessageKey(error)));
    }
    await query.refetch().catch(() => undefined);
  }

  return (
    <TitledSection title={m('sessions.title')}>
      <QueryResult result={sessions} query={query} isEmpty={(list) => list.length === 0} empty={<EmptyState title={m('sessions.none')} />}>
        {(list) => (
          <>
            <DataTable
              caption={m('sessions.caption', { name })}
              scrollLabel={m('sessions.caption', { name })}
              columns={[m('sessions.started'), m('sessions.lastSeen'), m('sessions.expires'), m('sessions.browser'), m('sessions.ip'), m('sessions.actions')]}
            >
              {list.map((session) => (
                <tr key={session.id}>
                  <td>{f.dateTime(session.createdAt)}</td>
                  <td>{f.dateTime(session.lastSeenAt)}</td>
                  <td>{f.dateTime(session.expiresAt)}</td>
                  <td>
                    {session.userAgent ?? m('sessions.unknown')}
                    {session.current ? <> · <Badge tone="ok">{m('sessions.current')}</Badge></> : null}
                    {session.actingAsEmail ? <> · <Badge tone="warn">{m('sessions.acting', { email: session.actingAsEmail })}</Badge></> : null}
                  </td>
                  <td>{session.ip ?? m('sessions.unknown')}</td>
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      disabled={revoking.loading}
                      aria-label={m('sessions.revokeLabel', { date: f.dateTime(session.createdAt) })}
                      onClick={() => void run(async () => (await revoke({ variables: { id: session.id } }), m('sessions.revoked')))}
                    >
                      {m('sessions.revoke')}
                    </button>
                  </td>
                </tr>
              ))}
            </DataTable>
            <div className="inline-status">
              <button
                type="button"
                className="secondary"
                disabled={revokingAll.loading}
                onClick={() =>
                  void run(async () => {
                    const result = await revokeAll({ variables: { userId } });
                    return m('sessions.revokedAll', { n: result.data?.revokeUserSessions ?? 0 });
                  })
                }
              >
                {m('sessions.revokeAll')}
              </button>
            </div>
          </>
        )}
      </QueryResult>
      <p role="status" className="inline-status">
        {message}
      </p>
      <div role="alert">{problem ? <p className="error">{problem}</p> : null}</div>
    </TitledSection>
  );
}

const AUDIT_PAGE = 10;

function AuditLog({ userId, name }: { userId: string; name: string }) {
  const m = useMessages();
  const f = useFormat();
  const pages = useCursorPages(userId);
  const query = useQuery(ADMIN_USER_AUDIT, { variables: { userId, first: AUDIT_PAGE, after: pages.after }, fetchPolicy: 'cache-and-network' });
  const log = query.data?.auditLog;
  return (
    <TitledSection title={m('audit.title')}>
      <PagedTable
        connection={log}
        query={query}
        pages={pages}
        isEmpty={(connection) => connection.nodes.length === 0}
        empty={<EmptyState title={m('audit.none')} />}
        table={{ caption: m('audit.caption', { name }), scrollLabel: m('audit.caption', { name }), columns: [m('audit.at'), m('audit.action'), m('audit.admin'), m('audit.user')] }}
        row={(entry) => (
          <tr key={entry.id}>
            <td>{f.dateTime(entry.at)}</td>
            <td>{m(`audit.${entry.action}`)}</td>
            <td>
              {entry.admin.name} ({entry.admin.email})
            </td>
            <td>
              {entry.user.name} ({entry.user.email})
            </td>
          </tr>
        )}
      />
    </TitledSection>
  );
}
