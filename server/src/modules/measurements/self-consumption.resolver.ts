import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { DateScalar } from '../../core/graphql/scalars.js';
import { Granularity } from '../../core/series/granularity.js';
import { SelfConsumptionService } from './self-consumption.service.js';
import { SelfConsumptionSeries } from './self-consumption.types.js';

@Resolver()
export class SelfConsumptionResolver {
  @Query(() => SelfConsumptionSeries, {
    description:
      'Self-consumption of a CUPS from `from` to `to` (local days, both inclusive): energy imported from the grid, exported (surplus), generated and self-consumed, per bucket and in total, from the stored curves.',
  })
  selfConsumption(
    @Arg('cups', () => String) cups: string,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Arg('granularity', () => Granularity) granularity: Granularity,
    @Ctx() { em }: Context,
  ): Promise<SelfConsumptionSeries> {
    return new SelfConsumptionService(em).seriesForCups(cups, { from, to, granularity });
  }
}
