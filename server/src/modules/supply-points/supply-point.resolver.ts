import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { collectionResolver, referenceResolver } from '../../core/graphql/relation-resolvers.js';
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
}

// The holder account of a supply point, and the supply points of an account.
export const supplyPointRelationResolvers = [
  referenceResolver(SupplyPoint, 'account', () => CustomerAccount, 'The holder account.'),
  collectionResolver(CustomerAccount, 'supplyPoints', () => SupplyPoint),
];
