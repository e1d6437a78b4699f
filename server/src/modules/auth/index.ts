import type { ModuleDescriptor } from '../../core/module.js';
import { AdminAuditEntry } from './admin-audit.entity.js';
import { AuthAttempt } from './auth-attempt.entity.js';
import { purgeExpiredAuthRecords } from './auth-purge.service.js';
import { AuthResolver } from './auth.resolver.js';
import { authRules } from './auth.rules.js';
import { readOnlyWhileActing, refuseUploadsWhileActing } from './read-only.js';
import { Session } from './session.entity.js';
import { RequestedSignInCode } from './sign-in-code-request.entity.js';
import { SignInCode } from './sign-in-code.entity.js';
import { SignInToken } from './sign-in-token.entity.js';

export const authModule: ModuleDescriptor = {
  name: 'auth',
  entities: [Session, SignInToken, SignInCode, RequestedSignInCode, AuthAttempt, AdminAuditEntry],
  resolvers: [AuthResolver],
  rules: [authRules],
  purges: [purgeExpiredAuthRecords],
  // While an admin acts as a customer, every mutation and upload but leaving is refused.
  graphqlMiddleware: readOnlyWhileActing,
  uploadGuards: (deps) => [refuseUploadsWhileActing(deps)],
};
