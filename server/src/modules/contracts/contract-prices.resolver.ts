import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import { DecimalScalar } from '../../core/graphql/scalars.js';
import { Contract } from './contract.entity.js';
import { setContractPrices } from './contract-prices.service.js';
import { ContractEnergyPrice, ContractPricesInput } from './contract-prices.types.js';

@Resolver(() => Contract)
export class ContractPricesResolver {
  @Mutation(() => Contract, {
    description: "Admin: sets the contract's energy price per tariff period and its surplus compensation price, which self-consumption savings use.",
  })
  setContractPrices(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ContractPricesInput) input: ContractPricesInput,
    @Ctx() { em }: Context,
  ): Promise<Contract> {
    // Admins' ctx.em carries the explicit ALL_ROWS scope (isAdmin rule in contract-prices.rules.ts).
    return setContractPrices(em, idArgument('id', id), input);
  }

  @FieldResolver(() => [ContractEnergyPrice], { description: 'Energy price per tariff period, P1 first; periods the contract states no price for are left out.' })
  energyPrices(@Root() contract: Contract): ContractEnergyPrice[] {
    return Object.entries(contract.energyPrices ?? {})
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([period, price]) => ({ period, price }));
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: 'Simplified-compensation price of surplus, €/kWh; null: surplus is valued at the hourly market price.' })
  compensationPrice(@Root() contract: Contract): string | null {
    return contract.compensationPrice;
  }
}
