import type { FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { referenceResolver } from '../../core/graphql/relation-resolvers.js';
import { loadOptional } from '../../core/graphql/relations.js';
import { Document } from '../documents/document.entity.js';
import { SupplyPoint } from '../supply-points/supply-point.entity.js';
import { cupsArgument } from '../supply-points/index.js';
import { GenerationSettlement } from './generation-settlement.entity.js';

@Resolver(() => GenerationSettlement)
export class GenerationSettlementResolver {
  @Query(() => [GenerationSettlement], { description: 'Monthly generation settlements, newest first.' })
  generationSettlements(
    @Arg('cups', () => String, { nullable: true, description: 'Only this generating CUPS.' }) cups: string | null,
    @Ctx() { em }: Context,
  ): Promise<GenerationSettlement[]> {
    const where: FilterQuery<GenerationSettlement> = cups ? { supplyPoint: { cups: cupsArgument('cups', cups) } } : {};
    return em.find(GenerationSettlement, where, { orderBy: { month: 'desc', id: 'asc' } });
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The settlement PDF.' })
  document(@Root() settlement: GenerationSettlement): Promise<Document | null> {
    return loadOptional(settlement.document);
  }
}

export const SettlementSupplyPointResolver = referenceResolver(GenerationSettlement, 'supplyPoint', () => SupplyPoint);
