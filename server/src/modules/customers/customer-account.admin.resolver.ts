import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import { Connection, PageArgs, type Page } from '../../core/graphql/pagination.js';
import { User } from '../users/user.entity.js';
import { accountCounts, searchCustomerAccounts, usersOfAccount, type AccountCounts } from './customer-account.admin.service.js';
import { CustomerAccount } from './customer-account.entity.js';

const CustomerAccountConnection = Connection(CustomerAccount);

// The counts of a page of accounts, loaded in one query per request and list.
const countsByContext = new WeakMap<Context, Map<string, Promise<AccountCounts | undefined>>>();

function countsOf(ctx: Context, account: CustomerAccount): Promise<AccountCounts> {
  let cache = countsByContext.get(ctx);
  if (!cache) countsByContext.set(ctx, (cache = new Map()));
  let counts = cache.get(account.id);
  if (!counts) {
    counts = accountCounts(ctx.em, [account.id]).then((map) => map.get(account.id));
    cache.set(account.id, counts);
  }
  return counts.then((value) => value ?? { supplyPoints: 0, contracts: 0, draftContracts: 0, installations: 0 });
}

function primeCounts(ctx: Context, accountIds: string[]): void {
  if (accountIds.length === 0) return;
  let cache = countsByContext.get(ctx);
  if (!cache) countsByContext.set(ctx, (cache = new Map()));
  const all = accountCounts(ctx.em, accountIds);
  for (const id of accountIds) cache.set(id, all.then((map) => map.get(id)));
}

@Resolver(() => CustomerAccount)
export class CustomerAccountAdminResolver {
  @Query(() => CustomerAccountConnection, {
    description: 'Admin: customer accounts whose name, fiscal ID, billing e-mail or a CUPS contains `search` (any case), by name.',
  })
  async adminCustomerAccounts(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<CustomerAccount>> {
    const result = await searchCustomerAccounts(ctx.em, search, page);
    primeCounts(ctx, result.nodes.map((account) => account.id));
    return result;
  }

  @Query(() => CustomerAccount, { nullable: true, description: 'Admin: one customer account; null when no account has this id.' })
  adminCustomerAccount(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<CustomerAccount | null> {
    return em.findOne(CustomerAccount, { id: idArgument('id', id) });
  }

  @FieldResolver(() => Int, { description: 'Admin: supply points (CUPS) of the account.' })
  async supplyPointCount(@Root() account: CustomerAccount, @Ctx() ctx: Context): Promise<number> {
    return (await countsOf(ctx, account)).supplyPoints;
  }

  @FieldResolver(() => Int, { description: 'Admin: contracts of the account, any status.' })
  async contractCount(@Root() account: CustomerAccount, @Ctx() ctx: Context): Promise<number> {
    return (await countsOf(ctx, account)).contracts;
  }

  @FieldResolver(() => Int, { description: 'Admin: contracts waiting for activation.' })
  async draftContractCount(@Root() account: CustomerAccount, @Ctx() ctx: Context): Promise<number> {
    return (await countsOf(ctx, account)).draftContracts;
  }

  @FieldResolver(() => Int, { description: 'Admin: solar installations of the account.' })
  async installationCount(@Root() account: CustomerAccount, @Ctx() ctx: Context): Promise<number> {
    return (await countsOf(ctx, account)).installations;
  }

  @FieldResolver(() => [User], { description: 'Admin: customers whose scope reaches this account (fiscal ID, company, related ID or registration).' })
  portalUsers(@Root() account: CustomerAccount, @Ctx() { em }: Context): Promise<User[]> {
    return usersOfAccount(em, account);
  }
}
