import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { UserTypeEnum } from '../../core/graphql/access-enums.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import { PageArgs, type Page } from '../../core/graphql/pagination.js';
import { FiscalIdKind } from '../customers/customer-account.entity.js';
import { User } from './user.entity.js';
import { FiscalIdInput, UserInput } from './user.inputs.js';
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

/** Admin user management (every field ruled isAdmin in users.rules.ts). */
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
    @Ctx() { em, viewer, clock, config }: Context,
  ): Promise<User> {
    return updateUser(em, idArgument('id', id), input, { actorId: viewer!.user.id, now: clock.now(), publicUrl: config.publicUrl });
  }

  @Mutation(() => User, { nullable: true, description: 'The user can no longer sign in; their sessions end now.' })
  disableUser(@Arg('id', () => ID) id: string, @Ctx() { em, clock, viewer }: Context): Promise<User> {
    return disableUser(em, idArgument('id', id), { now: clock.now(), actorId: viewer!.user.id });
  }

  @Mutation(() => User, { nullable: true })
  enableUser(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<User> {
    return enableUser(em, idArgument('id', id));
  }

  @Mutation(() => Boolean, { nullable: true, description: 'Sends a new welcome link; older ones stop working.' })
  resendWelcome(@Arg('id', () => ID) id: string, @Ctx() { em, clock, config }: Context): Promise<boolean> {
    return resendWelcome(em, idArgument('id', id), { now: clock.now(), publicUrl: config.publicUrl });
  }

  @FieldResolver(() => [UserTypeEnum])
  userTypes(@Root() user: User): string[] {
    return user.userTypes;
  }

  @FieldResolver(() => String, { nullable: true, description: 'DNI, NIE or passport, normalised.' })
  personalFiscalId(@Root() user: User): string | null {
    return user.personalFiscalId;
  }

  @FieldResolver(() => FiscalIdKind, { nullable: true })
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
