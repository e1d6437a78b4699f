import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context, Viewer } from '../../core/context.js';
import { CurrentViewer } from '../../core/graphql/current-viewer.js';
import { UserTypeEnum } from '../../core/graphql/access-enums.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import { PageArgs, type Page } from '../../core/graphql/pagination.js';
import { User } from '../users/user.entity.js';
import { FiscalIdInput, UserInput } from '../users/index.js';
import {
  availableCups,
  createUser,
  disableUser,
  enableUser,
  resendWelcome,
  searchUsers,
  updateUser,
} from './user.service.js';
import { AvailableCups, UserConnection } from './user.types.js';
import { AuditEntryConnection, UserSession, type AuditEntry } from '../auth/index.js';
import { auditLog, endActingWith, startActingAs, liveSessionsOf, revokeUserSession, revokeUserSessions, ViewerType } from '../auth/index.js';
import type { FiscalIdKind } from '@portal/shared';
import { FiscalIdKindEnum } from '../../core/graphql/shared-enums.js';

/**
 * Admin user management (every field ruled isAdmin in users.rules.ts, but stopActingAs: the
 * acting session's viewer is the customer, so it is ruled isActing).
 */
@Resolver(() => User)
export class UserResolver {
  @Query(() => UserConnection, { description: 'Users whose e-mail or name contains `search` (any case), by name.' })
  users(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em }: Context,
  ): Promise<Page<User>> {
    return searchUsers(em, search, page);
  }

  @Query(() => User, { nullable: true, description: 'Null when no user has this id.' })
  user(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<User | null> {
    return em.findOne(User, { id: idArgument('id', id) });
  }

  @Query(() => [AvailableCups], {
    description: 'The CUPS of the accounts of these fiscal IDs: what a CUPS restriction can pick from, before saving.',
  })
  availableCups(
    @Arg('fiscalIds', () => [FiscalIdInput]) fiscalIds: FiscalIdInput[],
    @Ctx() { em }: Context,
  ): Promise<AvailableCups[]> {
    return availableCups(em, fiscalIds);
  }

  @Mutation(() => User, { nullable: true, description: 'Creates an invited user and sends the welcome e-mail.' })
  createUser(@Arg('input', () => UserInput) input: UserInput, @Ctx() { em, clock, config }: Context): Promise<User> {
    return createUser(em, input, { now: clock.now(), publicUrl: config.publicUrl });
  }

  @Mutation(() => User, { nullable: true, description: 'Replaces the user’s fields and scope.' })
  updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UserInput) input: UserInput,
    @Ctx() { em, clock, config }: Context,
    @CurrentViewer() viewer: Viewer,
  ): Promise<User> {
    return updateUser(em, idArgument('id', id), input, { actorId: viewer.user.id, now: clock.now(), publicUrl: config.publicUrl });
  }

  @Mutation(() => User, { nullable: true, description: 'The user can no longer sign in; their sessions end now.' })
  disableUser(@Arg('id', () => ID) id: string, @Ctx() { em, clock }: Context, @CurrentViewer() viewer: Viewer): Promise<User> {
    return disableUser(em, idArgument('id', id), { now: clock.now(), actorId: viewer.user.id });
  }

  @Mutation(() => User, { nullable: true })
  enableUser(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<User> {
    return enableUser(em, idArgument('id', id));
  }

  @Mutation(() => Boolean, { nullable: true, description: 'Sends a new welcome link; older ones stop working.' })
  resendWelcome(@Arg('id', () => ID) id: string, @Ctx() { em, clock, config }: Context): Promise<boolean> {
    return resendWelcome(em, idArgument('id', id), { now: clock.now(), publicUrl: config.publicUrl });
  }

  @Query(() => AuditEntryConnection, {
    description: 'Audited admin actions, newest first; with userId, those about that user or by that admin.',
  })
  auditLog(
    @Arg('userId', () => ID, { nullable: true }) userId: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em }: Context,
  ): Promise<Page<AuditEntry>> {
    return auditLog(em, userId ? idArgument('userId', userId) : null, page);
  }

  @Mutation(() => Boolean, { nullable: true, description: 'Ends one session of a user now. Errors: NOT_FOUND.' })
  revokeUserSession(@Arg('id', () => ID) id: string, @Ctx() { em, clock }: Context): Promise<boolean> {
    return revokeUserSession(em, idArgument('id', id), clock.now());
  }

  @Mutation(() => Int, {
    nullable: true,
    description: 'Ends every session of the user now (except the admin’s own one); how many ended.',
  })
  revokeUserSessions(@Arg('userId', () => ID) userId: string, @Ctx() { em, clock }: Context, @CurrentViewer() viewer: Viewer): Promise<number> {
    return revokeUserSessions(em, idArgument('userId', userId), clock.now(), viewer.sessionId);
  }

  @Mutation(() => ViewerType, {
    nullable: true,
    description:
      'This admin session shows the portal as the customer, read-only (every mutation but stopActingAs and signOut is FORBIDDEN), until stopActingAs or the session ends. Audited.',
  })
  async startActingAs(@Arg('userId', () => ID) userId: string, @Ctx() { em, clock }: Context, @CurrentViewer() viewer: Viewer): Promise<ViewerType> {
    const user = await startActingAs(em, viewer, idArgument('userId', userId), clock.now());
    return ViewerType.of(user, viewer.user);
  }

  @Mutation(() => ViewerType, { nullable: true, description: 'Back to the admin’s own view. Audited.' })
  async stopActingAs(@Ctx() { em, clock }: Context, @CurrentViewer() viewer: Viewer): Promise<ViewerType> {
    const admin = await endActingWith(em, viewer, clock.now());
    return ViewerType.of(admin!);
  }

  @FieldResolver(() => [UserSession], { description: 'Sessions that have not ended, most recently used first.' })
  sessions(@Root() user: User, @Ctx() { em, clock, config, viewer }: Context): Promise<UserSession[]> {
    return liveSessionsOf(em, user.id, { now: clock.now(), policy: config.session, currentSessionId: viewer?.sessionId ?? null });
  }

  @FieldResolver(() => [UserTypeEnum])
  userTypes(@Root() user: User): string[] {
    return user.userTypes;
  }

  @FieldResolver(() => String, { nullable: true, description: 'DNI, NIE, NIF (K, L, M) or passport, normalised.' })
  personalFiscalId(@Root() user: User): string | null {
    return user.personalFiscalId;
  }

  @FieldResolver(() => FiscalIdKindEnum, { nullable: true })
  personalFiscalIdKind(@Root() user: User): FiscalIdKind | null {
    return user.personalFiscalIdKind;
  }

  @FieldResolver(() => String, { nullable: true, description: 'CIF, normalised.' })
  companyFiscalId(@Root() user: User): string | null {
    return user.companyFiscalId;
  }

  @FieldResolver(() => [String])
  relatedFiscalIds(@Root() user: User): string[] {
    return user.relatedFiscalIds;
  }

  @FieldResolver(() => [String], { description: 'CUPS the user is limited to; empty: all of their scope.' })
  cupsRestriction(@Root() user: User): string[] {
    return user.cupsRestriction;
  }
}
