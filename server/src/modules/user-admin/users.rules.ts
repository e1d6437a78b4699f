import { rule } from 'graphql-shield';
import type { Context } from '../../core/context.js';
import { forbidden, isAdmin, unauthenticated, type RuleTree } from '../../core/permissions/rules.js';
import { wholeTypes } from '../../core/permissions/whole-types.js';

/** An admin's session acting as a customer (its viewer is the customer, so not isAdmin). */
const isActing = rule('isActing', { cache: 'contextual' })((_parent, _args, ctx: Context) => {
  if (!ctx.viewer) return unauthenticated();
  return ctx.viewer.actingAdmin ? true : forbidden();
});

// Users are company staff's business only; a customer reads themselves through `viewer`.
export const usersRules: RuleTree = {
  Query: { users: isAdmin, user: isAdmin, availableCups: isAdmin, auditLog: isAdmin },
  Mutation: {
    createUser: isAdmin,
    updateUser: isAdmin,
    disableUser: isAdmin,
    enableUser: isAdmin,
    resendWelcome: isAdmin,
    revokeUserSession: isAdmin,
    revokeUserSessions: isAdmin,
    startActingAs: isAdmin,
    stopActingAs: isActing,
  },
  User: {
    id: isAdmin,
    email: isAdmin,
    name: isAdmin,
    language: isAdmin,
    status: isAdmin,
    isAdmin: isAdmin,
    createdAt: isAdmin,
    lastSignInAt: isAdmin,
    userTypes: isAdmin,
    personalFiscalId: isAdmin,
    personalFiscalIdKind: isAdmin,
    companyFiscalId: isAdmin,
    relatedFiscalIds: isAdmin,
    cupsRestriction: isAdmin,
    sessions: isAdmin,
  },
  ...wholeTypes(isAdmin, ['UserConnection', 'AvailableCups', 'UserSession', 'AuditEntry', 'AuditPerson', 'AuditEntryConnection']),
};
