import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { CupsRangeArgs, CupsSeriesArgs } from '../../core/graphql/cups-series-args.js';
import { SelfConsumptionSavingsService } from './self-consumption-savings.service.js';
import { SelfConsumptionSavings } from './self-consumption-savings.types.js';
import { SelfConsumptionService } from './self-consumption.service.js';
import { SelfConsumptionSeries } from './self-consumption.types.js';

@Resolver()
export class SelfConsumptionResolver {
  @Query(() => SelfConsumptionSeries, {
    description:
      'Self-consumption of a CUPS from `from` to `to` (local days, both inclusive): energy imported from the grid, exported (surplus), generated and self-consumed, per bucket and in total, from the stored curves.',
  })
  selfConsumption(
    @Args(() => CupsSeriesArgs) { cups, ...request }: CupsSeriesArgs,
    @Ctx() { em }: Context,
  ): Promise<SelfConsumptionSeries> {
    return new SelfConsumptionService(em).seriesForCups(cups, request);
  }

  @Query(() => SelfConsumptionSavings, {
    description:
      "Savings of a self-consumer per local month from `from` to `to` (local days, both inclusive): self-consumed kWh at the contract's energy prices per tariff period, plus surplus under simplified compensation (the contract's compensation price, else the hourly market price), capped at the month's energy term (RD 244/2019, art. 14.3). Null figures say why in `missing`.",
  })
  selfConsumptionSavings(
    @Args(() => CupsRangeArgs) { cups, ...range }: CupsRangeArgs,
    @Ctx() { em }: Context,
  ): Promise<SelfConsumptionSavings> {
    return new SelfConsumptionSavingsService(em).savingsForCups(cups, range);
  }
}
