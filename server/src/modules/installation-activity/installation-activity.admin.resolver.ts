import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { PageArgs, selectedPageParts, type Page } from '../../core/graphql/pagination.js';
import { Installation } from '../installations/installation.entity.js';
import { adminInstallations, customerActivity, type ListedActivity } from './installation-activity.admin.service.js';
import { AdminInstallationFilter, AdminInstallationSort, InstallationActivity, InstallationConnection } from './installation-activity.types.js';

// What a request's list computed, for the customerActivity of its rows.
const listedActivity = new WeakMap<Context, ListedActivity>();
function listedIn(ctx: Context): ListedActivity {
  let listed = listedActivity.get(ctx);
  if (!listed) listedActivity.set(ctx, (listed = new Map()));
  return listed;
}

/** Staff's installation list with the customers' activity (every field ruled isAdmin). */
@Resolver(() => Installation)
export class InstallationActivityAdminResolver {
  @Query(() => InstallationConnection, { description: 'Admin: every account’s installations with their customer activity; most recently changed first unless `sort` says otherwise.' })
  adminInstallations(
    @Arg('filter', () => AdminInstallationFilter, { nullable: true }) filter: AdminInstallationFilter | null,
    @Arg('sort', () => AdminInstallationSort, { defaultValue: AdminInstallationSort.RECENTLY_CHANGED }) sort: AdminInstallationSort,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<Installation>> {
    return adminInstallations(ctx.em, filter, sort, page, selectedPageParts(info), listedIn(ctx));
  }

  @FieldResolver(() => InstallationActivity, { description: 'Admin: the customer’s last action and what waits for staff.' })
  customerActivity(@Root() installation: Installation, @Ctx() ctx: Context): Promise<InstallationActivity> {
    return customerActivity(ctx.em, installation, listedIn(ctx));
  }
}
