import type { EntityManager } from '@mikro-orm/postgresql';
import { MAGIC_LINK_VALID_MS, issueSignInToken } from '../src/modules/auth/sign-in-token.service.js';
import { SignInTokenPurpose } from '../src/modules/auth/sign-in-token.entity.js';
import { enqueueTemplateEmail } from '../src/modules/notifications/outbox.service.js';
import type { User } from '../src/modules/users/user.entity.js';

/**
 * A magic link e-mail (template `magic-link`) in the outbox, for tests of redeemMagicLink.
 * Production issues magic links inside other e-mails (automatic actions); nothing there sends
 * this one alone, so it lives here rather than in the service. The caller flushes.
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
