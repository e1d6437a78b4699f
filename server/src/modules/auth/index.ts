import type { ModuleDescriptor } from '../../core/module.js';
import { AdminAuditEntry } from './admin-audit.entity.js';
import { AuthAttempt } from './auth-attempt.entity.js';
import { purgeExpiredAuthRecords } from './auth-purge.service.js';
import { AuthResolver } from './auth.resolver.js';
import { authRules } from './auth.rules.js';
import { SetPasswordLinkResolver } from './set-password-link.resolver.js';
import { readOnlyWhileActing, refuseUploadsWhileActing } from './read-only.js';
import { Session } from './session.entity.js';
import { RequestedSignInCode } from './sign-in-code-request.entity.js';
import { SignInCode } from './sign-in-code.entity.js';
import { SignInToken } from './sign-in-token.entity.js';

export const authModule: ModuleDescriptor = {
  name: 'auth',
  entities: [Session, SignInToken, SignInCode, RequestedSignInCode, AuthAttempt, AdminAuditEntry],
  resolvers: [AuthResolver, SetPasswordLinkResolver],
  rules: [authRules],
  purges: [purgeExpiredAuthRecords],
  // While an admin acts as a customer, every mutation and upload but leaving is refused.
  graphqlMiddleware: readOnlyWhileActing,
  uploadGuards: (deps) => [refuseUploadsWhileActing(deps)],
};

// What other modules use of this one.
export { auditLog, endActingAsUser, endActingWith, startActingAs } from './acting.service.js';
export { ViewerType } from './auth.types.js';
export { fiscalIdsOf } from './customer-scope.js';
export { hashPassword } from './password.js';
export { ipSubject, recordAttempt, userSubject } from './rate-limit.service.js';
export type { Limit } from './rate-limit.service.js';
export { AuditEntryConnection, UserSession } from './session-audit.types.js';
export type { AuditEntry } from './session-audit.types.js';
export { revokeAllSessions } from './session.service.js';
export { sendMagicLink } from './magic-link.service.js';
export { issueRequestedSignInCodes } from './sign-in-code.service.js';
export { MAGIC_LINK_VALID_MS, issueSignInToken, redeemMagicLink, revokeSignInSecrets } from './sign-in-token.service.js';
export { liveSessionsOf, revokeUserSession, revokeUserSessions } from './user-sessions.service.js';
export { inviteUser, welcomeAgain } from './welcome.service.js';
export type { WelcomeAt } from './welcome.service.js';
