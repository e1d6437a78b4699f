import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context, Viewer } from '../../core/context.js';
import { CurrentViewer } from '../../core/graphql/current-viewer.js';
import { endViewerTransaction } from '../../core/db/viewer-scope.js';
import { User } from '../users/user.entity.js';
import { SignInCodeRequest, ViewerType } from './auth.types.js';
import { changePassword, signInWithPassword } from './password-sign-in.service.js';
import { updateProfile } from './profile.service.js';
import { revokeSession, startSession } from './session.service.js';
import { requestSignInCode, requestSignInLink, signInWithCode } from './sign-in-code.service.js';
import { redeemMagicLink } from './sign-in-token.service.js';
import { setPasswordWithToken } from './welcome.service.js';
import { endActingWith } from './acting.service.js';
import type { Language } from '@portal/shared';
import { LanguageEnum } from '../../core/graphql/shared-enums.js';

/**
 * Signing in reads and writes another user's rows (the account signed into, its codes, links and
 * counters): a browser that is still signed in as a customer must not do it in that customer's row
 * scope (row-level security would refuse it), so the request's viewer transaction ends first and
 * the work runs as the application, as for a signed-out visitor. So does every read and write of a
 * password hash, which the viewer role may not touch (migration 20261210010000).
 */
async function outsideViewerScope(ctx: Context): Promise<EntityManager> {
  await endViewerTransaction(ctx.em);
  return ctx.em;
}

/** Starts a session for `user`, sets its cookie and ends the session this request came with. */
async function beginSession(ctx: Context, user: User): Promise<ViewerType> {
  const now = ctx.clock.now();
  if (ctx.viewer) await revokeSession(ctx.em, ctx.viewer.sessionId, now);
  const { token, session } = await startSession(ctx.em, user, ctx.config.session, {
    now,
    ip: ctx.request.ip,
    userAgent: ctx.request.userAgent,
  });
  ctx.sessionCookie.set(token, session.absoluteExpiresAt);
  return ViewerType.of(user);
}

/** The viewer's own user, managed by this request's entity manager. */
function ownUser(em: EntityManager, viewer: Viewer): Promise<User> {
  return em.findOneOrFail(User, { id: viewer.user.id });
}

@Resolver()
export class AuthResolver {
  @Query(() => ViewerType, { nullable: true, description: 'The signed-in user; null when signed out.' })
  viewer(@Ctx() ctx: Context): ViewerType | null {
    return ctx.viewer ? ViewerType.of(ctx.viewer.user, ctx.viewer.actingAdmin ?? null) : null;
  }

  @Mutation(() => ViewerType, {
    description: 'Signs in and sets the session cookie. Errors: INVALID_CREDENTIALS, TOO_MANY_ATTEMPTS (retryAfterSeconds).',
  })
  async signIn(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<ViewerType> {
    const user = await signInWithPassword(await outsideViewerScope(ctx), email, password, { ip: ctx.request.ip, now: ctx.clock.now() });
    return beginSession(ctx, user);
  }

  @Mutation(() => Boolean, { description: 'Ends this session and clears its cookie.' })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    // Signing out while acting as a customer ends the acting too: the audit log says so.
    if (ctx.viewer) await endActingWith(ctx.em, ctx.viewer, ctx.clock.now());
    if (ctx.viewer) await revokeSession(ctx.em, ctx.viewer.sessionId, ctx.clock.now());
    ctx.sessionCookie.clear();
    return true;
  }

  @Mutation(() => SignInCodeRequest, {
    description: 'E-mails a 6-digit code if the address is registered; the answer is the same either way. Errors: TOO_MANY_ATTEMPTS.',
  })
  async requestSignInCode(@Arg('email', () => String) email: string, @Ctx() ctx: Context): Promise<SignInCodeRequest> {
    return requestSignInCode(await outsideViewerScope(ctx), email, { ip: ctx.request.ip, now: ctx.clock.now() });
  }

  @Mutation(() => SignInCodeRequest, {
    description:
      'E-mails a sign-in link if the address is registered; the same answer, limits and counters as requestSignInCode. Errors: TOO_MANY_ATTEMPTS.',
  })
  async requestSignInLink(@Arg('email', () => String) email: string, @Ctx() ctx: Context): Promise<SignInCodeRequest> {
    return requestSignInLink(await outsideViewerScope(ctx), email, { ip: ctx.request.ip, now: ctx.clock.now(), publicUrl: ctx.config.publicUrl });
  }

  @Mutation(() => ViewerType, {
    description: 'Signs in with an e-mailed code. Errors: CODE_INVALID, TOO_MANY_ATTEMPTS (retryAfterSeconds; wrong codes are limited per IP).',
  })
  async signInWithCode(
    @Arg('email', () => String) email: string,
    @Arg('code', () => String) code: string,
    @Ctx() ctx: Context,
  ): Promise<ViewerType> {
    return beginSession(ctx, await signInWithCode(await outsideViewerScope(ctx), email, code, { ip: ctx.request.ip, now: ctx.clock.now() }));
  }

  @Mutation(() => ViewerType, { description: 'Signs in with the token of an e-mailed link. Errors: LINK_INVALID.' })
  async redeemMagicLink(@Arg('token', () => String) token: string, @Ctx() ctx: Context): Promise<ViewerType> {
    return beginSession(ctx, await redeemMagicLink(await outsideViewerScope(ctx), token, ctx.clock.now()));
  }

  @Mutation(() => ViewerType, {
    description: 'Sets a password with the token of the welcome link and signs in. Errors: LINK_INVALID, BAD_USER_INPUT (reason).',
  })
  async setPassword(
    @Arg('token', () => String) token: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<ViewerType> {
    return beginSession(ctx, await setPasswordWithToken(await outsideViewerScope(ctx), token, password, ctx.clock.now()));
  }

  @Mutation(() => Boolean, {
    description: 'Replaces the password and ends every other session. Errors: BAD_USER_INPUT (reason), TOO_MANY_ATTEMPTS.',
  })
  async changePassword(
    @Arg('current', () => String) current: string,
    @Arg('new', () => String) next: string,
    @Ctx() ctx: Context,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    // Reads and writes the password hash: as the application, limited to the viewer's own user by the service.
    const em = await outsideViewerScope(ctx);
    await changePassword(em, await ownUser(em, viewer), { current, next }, {
      ip: ctx.request.ip,
      now: ctx.clock.now(),
      sessionId: viewer.sessionId,
    });
    return true;
  }

  @Mutation(() => ViewerType, { description: 'Changes the signed-in user\'s own name and language.' })
  async updateMyProfile(
    @Arg('name', () => String, { nullable: true }) name: string | null,
    @Arg('language', () => LanguageEnum, { nullable: true }) language: Language | null,
    @Ctx() { em }: Context,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ViewerType> {
    return ViewerType.of(await updateProfile(em, await ownUser(em, viewer), { name, language }));
  }
}
