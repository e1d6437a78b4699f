import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { loadMany } from '../../core/graphql/relations.js';
import { Contract } from '../contracts/contract.entity.js';
import { SupplyPoint } from '../supply-points/supply-point.entity.js';
import { CustomerAccount } from './customer-account.entity.js';

@Resolver(() => CustomerAccount)
export class CustomerAccountResolver {
  @Query(() => [CustomerAccount], { description: 'Customer accounts the viewer may see.' })
  customerAccounts(@Ctx() { em }: Context): Promise<CustomerAccount[]> {
    return em.find(CustomerAccount, {}, { orderBy: { name: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => [SupplyPoint])
  supplyPoints(@Root() account: CustomerAccount): Promise<SupplyPoint[]> {
    return loadMany(account.supplyPoints);
  }

  @FieldResolver(() => [Contract])
  contracts(@Root() account: CustomerAccount): Promise<Contract[]> {
    return loadMany(account.contracts);
  }
}
