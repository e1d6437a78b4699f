import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueTemplateEmail } from '../notifications/index.js';
import type { User } from '../users/user.entity.js';
import { SignInTokenPurpose } from './sign-in-token.entity.js';
import { issueSignInToken, MAGIC_LINK_VALID_MS } from './sign-in-token.service.js';

/**
 * A new magic link for `user` (only the newest works) and its e-mail (template `magic-link`) in
 * the outbox; the caller's flush/commit writes both.
 */
export async function sendMagicLink(em: EntityManager, user: User, at: { now: Date; publicUrl: string }): Promise<void> {
  const token = await issueSignInToken(em, user, SignInTokenPurpose.MAGIC_LINK, { now: at.now, validForMs: MAGIC_LINK_VALID_MS });
  await enqueueTemplateEmail(em, {
    to: user.email,
    templateKey: 'magic-link',
    language: user.language,
    variables: { client_name: user.name, portal_link: `${at.publicUrl}/auth/link#token=${token}` },
    now: at.now,
    secretExpiresAt: new Date(at.now.getTime() + MAGIC_LINK_VALID_MS),
  });
}
