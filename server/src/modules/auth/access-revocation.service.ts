import type { EntityManager } from '@mikro-orm/postgresql';
import { revokeAllSessions } from './session.service.js';
import { SignInCode } from './sign-in-code.entity.js';
import { SignInToken } from './sign-in-token.entity.js';

/**
 * Whatever reached the user's old e-mail address stops working: unused sign-in links and codes,
 * and every session (a mistyped address may belong to someone else).
 */
export async function revokeAccessOfOldEmail(em: EntityManager, userId: string, now: Date): Promise<void> {
  await em.nativeUpdate(SignInToken, { user: userId, usedAt: null, supersededAt: null }, { supersededAt: now });
  await em.nativeUpdate(SignInCode, { user: userId, usedAt: null, supersededAt: null }, { supersededAt: now });
  await revokeAllSessions(em, userId, now);
}
