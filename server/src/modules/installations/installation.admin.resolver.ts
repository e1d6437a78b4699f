import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { loadOne } from '../../core/graphql/relations.js';
import { FlowState, FlowSubstate } from './flow.entity.js';
import { Installation } from './installation.entity.js';
import { adminHistory } from './installation.admin.service.js';
import { AdminInstallationEvent } from './installation.admin.types.js';

/**
 * Staff's view of an installation (every field ruled isAdmin in installation.admin.rules.ts): the
 * detail is `installation(id)` (admins see every row) with these fields; moves are `moveInstallation`;
 * the list is installation-activity's `adminInstallations`.
 */
@Resolver(() => Installation)
export class InstallationAdminResolver {
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
