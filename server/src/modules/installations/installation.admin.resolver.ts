import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { loadOne } from '../../core/graphql/relations.js';
import { PageArgs, type Page } from '../../core/graphql/pagination.js';
import { FlowState, FlowSubstate } from './flow.entity.js';
import { Installation } from './installation.entity.js';
import { adminHistory, adminInstallations } from './installation.admin.service.js';
import { AdminInstallationEvent, AdminInstallationFilter, InstallationConnection } from './installation.admin.types.js';

/**
 * Staff's view of installations (every field ruled isAdmin in installation.admin.rules.ts). The
 * detail is `installation(id)` (admins see every row) with these fields; moves are `moveInstallation`.
 */
@Resolver(() => Installation)
export class InstallationAdminResolver {
  @Query(() => InstallationConnection, { description: 'Admin: every account’s installations, most recently changed first.' })
  adminInstallations(
    @Arg('filter', () => AdminInstallationFilter, { nullable: true }) filter: AdminInstallationFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em }: Context,
  ): Promise<Page<Installation>> {
    return adminInstallations(em, filter, page);
  }

  @FieldResolver(() => String, { description: 'Admin: the customer account’s name.' })
  async accountName(@Root() installation: Installation): Promise<string> {
    return (await loadOne(installation.account)).name;
  }

  @FieldResolver(() => ID, { description: 'Admin: the flow it moves through (see flows).' })
  flowId(@Root() installation: Installation): string {
    return installation.flow.id;
  }

  @FieldResolver(() => FlowSubstate, { description: 'Admin: the substate it is in, with its internal name.' })
  substate(@Root() installation: Installation): Promise<FlowSubstate> {
    return loadOne(installation.substate);
  }

  @FieldResolver(() => FlowState, { description: 'Admin: the state of that substate.' })
  async state(@Root() installation: Installation): Promise<FlowState> {
    return loadOne((await loadOne(installation.substate)).state);
  }

  @FieldResolver(() => [AdminInstallationEvent], { description: 'Admin: every move, oldest first, with internal names, who and the note.' })
  adminHistory(@Root() installation: Installation, @Ctx() { em }: Context): Promise<AdminInstallationEvent[]> {
    return adminHistory(em, installation);
  }
}
