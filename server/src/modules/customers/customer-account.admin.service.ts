import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import { paginate, type Page, type PageArgs } from '../../core/graphql/pagination.js';
import type { SupplyPoint } from '../supply-points/supply-point.entity.js';
import { User } from '../users/user.entity.js';
import { CustomerAccount } from './customer-account.entity.js';
import { containsPattern } from '../../core/db/like-pattern.js';

// By entity name: supply-points imports customers, not the reverse.
const SUPPLY_POINT: EntityName<SupplyPoint> = 'SupplyPoint';

// Admin reads of customer accounts. `em` sees every row (an admin's ctx.em carries ALL_ROWS).

/** Accounts whose search term matches more CUPS than this are not all found by CUPS: refine it. */
const MAX_CUPS_MATCHES = 500;

/** Accounts whose name, fiscal ID, billing e-mail or one of whose CUPS contains `search` (any case), by name. */
export async function searchCustomerAccounts(
  em: EntityManager,
  search: string | null | undefined,
  page: PageArgs,
): Promise<Page<CustomerAccount>> {
  const term = search?.trim();
  let where: FilterQuery<CustomerAccount> = {};
  if (term) {
    const pattern = containsPattern(term);
    // Fiscal IDs and CUPS are stored normalised (upper case, no spaces or dashes).
    const compact = containsPattern(term.replace(/[\s-]/g, '').toUpperCase());
    const byCups = await em.find(SUPPLY_POINT, { cups: { $like: compact } }, { fields: ['account'], limit: MAX_CUPS_MATCHES });
    where = {
      $or: [
        { name: { $ilike: pattern } },
        { billingEmail: { $ilike: pattern } },
        { fiscalId: { $like: compact } },
        ...(byCups.length > 0 ? [{ id: { $in: [...new Set(byCups.map((point) => point.account.id))] } }] : []),
      ],
    };
  }
  return paginate(em, CustomerAccount, where, { name: 'asc', id: 'asc' }, page);
}

export type AccountCounts = { supplyPoints: number; contracts: number; draftContracts: number; installations: number };

/** The counts the accounts list shows, for many accounts in one query. */
export async function accountCounts(em: EntityManager, accountIds: readonly string[]): Promise<Map<string, AccountCounts>> {
  const counts = new Map<string, AccountCounts>();
  if (accountIds.length === 0) return counts;
  const rows = await em.getConnection().execute<
    { id: string; supply_points: string; contracts: string; draft_contracts: string; installations: string }[]
  >(
    `select a.id,
            (select count(*) from supply_point sp where sp.account_id = a.id) as supply_points,
            (select count(*) from contract c where c.account_id = a.id) as contracts,
            (select count(*) from contract c where c.account_id = a.id and c.status = 'DRAFT') as draft_contracts,
            (select count(*) from installation i where i.account_id = a.id) as installations
       from customer_account a
      where a.id in (${accountIds.map(() => '?').join(', ')})`,
    [...accountIds],
  );
  for (const row of rows) {
    counts.set(row.id, {
      supplyPoints: Number(row.supply_points),
      contracts: Number(row.contracts),
      draftContracts: Number(row.draft_contracts),
      installations: Number(row.installations),
    });
  }
  return counts;
}

/** Users whose scope reaches the account: by its fiscal ID (personal, company or related), or registered for it. */
export function usersOfAccount(em: EntityManager, account: CustomerAccount): Promise<User[]> {
  const or: FilterQuery<User>[] = [];
  if (account.fiscalId) {
    or.push({ personalFiscalId: account.fiscalId }, { companyFiscalId: account.fiscalId }, { relatedFiscalIds: { $contains: [account.fiscalId] } });
  }
  if (account.registeredUserId) or.push({ id: account.registeredUserId });
  if (or.length === 0) return Promise.resolve([]);
  return em.find(User, { $or: or, isAdmin: false }, { orderBy: { email: 'asc', id: 'asc' } });
}
