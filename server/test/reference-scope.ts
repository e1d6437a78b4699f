import type { EntityManager } from '@mikro-orm/postgresql';
import type { CustomerScope } from '../src/core/permissions/row-scope.js';
import { fiscalIdsOf } from '../src/modules/auth/customer-scope.js';
import type { User } from '../src/modules/users/user.entity.js';

// The scope as the portal computed it before the session lookup did it in SQL (session-viewer.ts):
// kept as the reference session-viewer.test.ts compares that SQL with, case by case.

/**
 * PRODUCT.md "Scope": the accounts of the user's fiscal IDs (and those registered for the user
 * without a fiscal ID, see client registration), and their CUPS, narrowed by the CUPS
 * restriction when it is not empty.
 */
export async function customerScopeOf(
  em: EntityManager,
  user: Pick<User, 'id' | 'personalFiscalId' | 'companyFiscalId' | 'relatedFiscalIds' | 'cupsRestriction'>,
): Promise<CustomerScope> {
  const fiscalIds = fiscalIdsOf(user);
  const byFiscalId = fiscalIds.length > 0 ? `a.fiscal_id in (${fiscalIds.map(() => '?').join(', ')}) or ` : '';
  const rows = await em.getConnection().execute<{ account_id: string; supply_point_id: string | null; cups: string | null }[]>(
    `select a.id as account_id, sp.id as supply_point_id, sp.cups
       from customer_account a
       left join supply_point sp on sp.account_id = a.id
      where ${byFiscalId}a.registered_user_id = ?`,
    // One placeholder per ID: knex expands an array binding into a list, never a PostgreSQL array.
    [...fiscalIds, user.id],
  );
  const restriction = new Set(user.cupsRestriction);
  const accountIds = new Set<string>();
  const supplyPointIds: string[] = [];
  for (const row of rows) {
    accountIds.add(row.account_id);
    if (row.supply_point_id && (restriction.size === 0 || restriction.has(row.cups!))) supplyPointIds.push(row.supply_point_id);
  }
  return { kind: 'customer', accountIds: [...accountIds], supplyPointIds };
}
