import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { loadMany, loadOne } from '../../core/graphql/relations.js';
import { CustomerAccount } from '../customers/customer-account.entity.js';
import { SupplyPoint } from './supply-point.entity.js';
import { findSupplyPoint } from './supply-point.service.js';

@Resolver(() => SupplyPoint)
export class SupplyPointResolver {
  @Query(() => [SupplyPoint], { description: 'Supply points the viewer may see, by CUPS.' })
  supplyPoints(@Ctx() { em }: Context): Promise<SupplyPoint[]> {
    return em.find(SupplyPoint, {}, { orderBy: { cups: 'asc' } });
  }

  @Query(() => SupplyPoint, { nullable: true, description: 'Null when no visible supply point has this CUPS.' })
  supplyPoint(@Arg('cups', () => String) cups: string, @Ctx() { em }: Context): Promise<SupplyPoint | null> {
    return findSupplyPoint(em, cups);
  }

  @FieldResolver(() => CustomerAccount, { description: 'The holder account.' })
  account(@Root() supplyPoint: SupplyPoint): Promise<CustomerAccount> {
    return loadOne(supplyPoint.account);
  }
}

@Resolver(() => CustomerAccount)
export class CustomerAccountSupplyPointsResolver {
  @FieldResolver(() => [SupplyPoint])
  supplyPoints(@Root() account: CustomerAccount): Promise<SupplyPoint[]> {
    return loadMany(account.supplyPoints);
  }
}
