import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { idArgument } from '../../core/graphql/id-argument.js';
import { paginate, type Page, type PageArgs } from '../../core/graphql/pagination.js';
import type { CustomerAccount } from '../customers/customer-account.entity.js';
import type { FlowSubstate } from './flow.entity.js';
import { Installation, InstallationTransition } from './installation.entity.js';
import type { AdminInstallationEvent, AdminInstallationFilter } from './installation.admin.types.js';
import { containsPattern } from '../../core/db/like-pattern.js';

/** `%search%` for ILIKE, with the pattern characters of `search` taken literally. */
/** Staff's installation list: every account's, most recently changed first. */
export function adminInstallations(
  em: EntityManager,
  filter: AdminInstallationFilter | null | undefined,
  page: PageArgs,
): Promise<Page<Installation>> {
  const where: FilterQuery<Installation> = {};
  const substate: { id?: string; state?: string } = {};
  if (filter?.substateId) substate.id = idArgument('filter.substateId', filter.substateId);
  if (filter?.stateId) substate.state = idArgument('filter.stateId', filter.stateId);
  if (substate.id || substate.state) where.substate = substate as FilterQuery<FlowSubstate>;
  const term = filter?.search?.trim();
  if (term) where.$or = [{ code: { $ilike: containsPattern(term) } }, { account: { name: { $ilike: containsPattern(term) } } }];
  return paginate(em, Installation, where, { updatedAt: 'desc', id: 'asc' }, page);
}

/** Every move of the installation, oldest first, with internal substate names, who and the note. */
export async function adminHistory(em: EntityManager, installation: Installation): Promise<AdminInstallationEvent[]> {
  const transitions = await em.find(
    InstallationTransition,
    { installation: installation.id },
    { populate: ['fromSubstate', 'toSubstate', 'byUser'], orderBy: { at: 'asc', id: 'asc' } },
  );
  return transitions.map((transition) => {
    const by = transition.byUser?.getEntity() ?? null;
    return {
      id: transition.id,
      at: transition.at,
      kind: transition.kind,
      fromSubstate: transition.fromSubstate?.getEntity().internalName ?? null,
      toSubstate: transition.toSubstate.getEntity().internalName,
      byName: by?.name ?? null,
      byEmail: by?.email ?? null,
      note: transition.note,
    };
  });
}

export function installationsOfAccount(em: EntityManager, account: CustomerAccount): Promise<Installation[]> {
  return em.find(Installation, { account }, { orderBy: { createdAt: 'desc', id: 'asc' } });
}
