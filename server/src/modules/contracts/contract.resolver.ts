import { madridDateOf } from '@portal/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { addCondition, addScope, conditions } from '../../core/db/lean-sql.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import { leanPaginate } from '../../core/graphql/lean-page.js';
import { Connection, PageArgs, selectedPageParts, type Page } from '../../core/graphql/pagination.js';
import { collectionResolver, referenceResolver } from '../../core/graphql/relation-resolvers.js';
import { DecimalScalar } from '../../core/graphql/scalars.js';
import { CustomerAccount } from '../customers/customer-account.entity.js';
import { SupplyPoint } from '../supply-points/supply-point.entity.js';
import { cupsArgument } from '../supply-points/index.js';
import { Contract, ContractStatus } from './contract.entity.js';
import { addContractStatusCondition, contractStatusOn } from './contract-status.js';
import { ContractFilter } from './contract.inputs.js';

@ObjectType()
export class ContractedPower {
  @Field(() => String, { description: 'Tariff period, P1 to P6.' }) period!: string;
  @Field(() => DecimalScalar, { description: 'kW.' }) kW!: string;
}

const ContractConnection = Connection(Contract);

@Resolver(() => Contract)
export class ContractResolver {
  @Query(() => ContractConnection, { description: 'Contracts the viewer may see, newest first.' })
  contracts(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ContractFilter, { nullable: true }) filter: ContractFilter | null,
    @Ctx() { em, scope, clock }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<Contract>> {
    const where = addScope(conditions(), scope, { accountId: 't.account_id', supplyPointId: 't.supply_point_id' });
    if (filter?.cups) addCondition(where, 't.supply_point_id in (select id from supply_point where cups = ?)', cupsArgument('filter.cups', filter.cups));
    if (filter?.status) addContractStatusCondition(where, 't', filter.status, madridDateOf(clock.now()));
    return leanPaginate(em, Contract, { from: 'contract t', where }, { startDate: 'desc', id: 'asc' }, page, selectedPageParts(info));
  }

  @Query(() => Contract, { nullable: true, description: 'Null when no visible contract has this id.' })
  contract(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<Contract | null> {
    return em.findOne(Contract, { id: idArgument('id', id) });
  }

  @FieldResolver(() => ContractStatus, { description: 'Derived from the dates on the day it is read.' })
  status(@Root() contract: Contract, @Ctx() { clock }: Context): ContractStatus {
    return contractStatusOn(contract, madridDateOf(clock.now()));
  }

  @FieldResolver(() => [ContractedPower], { description: 'Contracted power per tariff period, P1 first.' })
  contractedPower(@Root() contract: Contract): ContractedPower[] {
    return Object.entries(contract.contractedPowerKw)
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([period, kW]) => ({ period, kW }));
  }
}

// The contract's account and supply point, and the contracts of each: contracts sits above both.
export const contractRelationResolvers = [
  referenceResolver(Contract, 'account', () => CustomerAccount),
  referenceResolver(Contract, 'supplyPoint', () => SupplyPoint),
  collectionResolver(CustomerAccount, 'contracts', () => Contract),
  collectionResolver(SupplyPoint, 'contracts', () => Contract),
];
