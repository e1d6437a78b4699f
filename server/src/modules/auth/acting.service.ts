import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/context.js';
import { badInput, notFound } from '../../core/errors.js';
import { paginate, type Page, type PageArgs } from '../../core/graphql/pagination.js';
import { Session } from './session.entity.js';
import { AdminAuditAction, AdminAuditEntry } from './admin-audit.entity.js';
import { User, UserStatus } from '../users/user.entity.js';
import type { AuditEntry } from './session-audit.types.js';

// "Act as this customer": the admin's own session (column acting_as_user_id) shows the portal as
// the customer until stopActingAs or the session's end; app/context.ts builds that viewer and
// auth/read-only.ts keeps it read-only. Every start and stop is written to the audit log.

function audit(em: EntityManager, admin: User, user: User, action: AdminAuditAction, at: Date): void {
  em.create(AdminAuditEntry, { admin, user, action, at });
}

/** The admin's session (viewer.sessionId) starts showing the portal as `userId`. Returns that user. */
export async function startActingAs(em: EntityManager, viewer: Viewer, userId: string, now: Date): Promise<User> {
  return em.transactional(async (tx) => {
    const admin = await tx.findOneOrFail(User, { id: viewer.user.id });
    const user = await tx.findOne(User, { id: userId });
    if (!user) throw notFound('userId', 'No user has this id.');
    if (user.isAdmin) throw badInput('userId', 'an admin has no customer portal to view');
    if (user.status === UserStatus.DISABLED) throw badInput('userId', 'the user is disabled; enable them first');
    const updated = await tx.nativeUpdate(Session, { id: viewer.sessionId, revokedAt: null }, { actingAsUser: user.id });
    if (updated !== 1) throw notFound('userId', 'This session has ended.');
    audit(tx, admin, user, AdminAuditAction.ACTING_STARTED, now);
    return user;
  });
}

/** Back to the admin's own view (a no-op when the viewer is not acting). Returns the admin, or null. */
export async function endActingWith(em: EntityManager, viewer: Viewer, now: Date): Promise<User | null> {
  const admin = viewer.actingAdmin;
  if (!admin) return null;
  return em.transactional(async (tx) => {
    await tx.nativeUpdate(Session, { id: viewer.sessionId }, { actingAsUser: null });
    const managedAdmin = await tx.findOneOrFail(User, { id: admin.id });
    audit(tx, managedAdmin, tx.getReference(User, viewer.user.id), AdminAuditAction.ACTING_STOPPED, now);
    return managedAdmin;
  });
}

/** The audit log, newest first; with `userId`, the entries about that user or by that admin. */
export async function auditLog(em: EntityManager, userId: string | null, page: PageArgs): Promise<Page<AuditEntry>> {
  const where = userId ? { $or: [{ user: userId }, { admin: userId }] } : {};
  const found = await paginate(em, AdminAuditEntry, where, { at: 'desc', id: 'desc' }, page);
  await em.populate(found.nodes, ['admin', 'user']);
  const person = (user: User) => ({ id: user.id, name: user.name, email: user.email });
  return {
    ...found,
    nodes: found.nodes.map((entry) => ({
      id: entry.id,
      action: entry.action,
      at: entry.at,
      admin: person(entry.admin.getEntity()),
      user: person(entry.user.getEntity()),
    })),
  };
}

/** Every admin session acting as this user goes back to the admin's view (the user is being disabled). Audited. */
export async function endActingAsUser(em: EntityManager, userId: string, now: Date): Promise<void> {
  const sessions = await em.find(Session, { actingAsUser: userId }, { populate: ['user'] });
  for (const session of sessions) {
    session.actingAsUser = null;
    audit(em, session.user.getEntity(), em.getReference(User, userId), AdminAuditAction.ACTING_STOPPED, now);
  }
}
