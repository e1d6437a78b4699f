import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { CustomerAccount } from './customer-account.entity.js';

@Resolver(() => CustomerAccount)
export class CustomerAccountResolver {
  @Query(() => [CustomerAccount], { description: 'Customer accounts the viewer may see.' })
  customerAccounts(@Ctx() { em }: Context): Promise<CustomerAccount[]> {
    return em.find(CustomerAccount, {}, { orderBy: { name: 'asc', id: 'asc' } });
  }
}
