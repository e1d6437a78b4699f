import type { EntityManager } from '@mikro-orm/postgresql';
import type { CustomerAccount } from '../customers/customer-account.entity.js';
import { Installation, InstallationTransition } from './installation.entity.js';
import type { AdminInstallationEvent } from './installation.admin.types.js';

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
