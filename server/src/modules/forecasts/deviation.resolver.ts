import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { DateScalar } from '../../core/graphql/scalars.js';
import { Granularity } from '../../core/series/granularity.js';
import { DeviationService } from './deviation.service.js';
import { DeviationSeries } from './deviation.types.js';

@Resolver()
export class DeviationResolver {
  @Query(() => DeviationSeries, {
    description: 'Measured minus forecast consumption of a CUPS from `from` to `to` (local days, both inclusive), per hour that has both.',
  })
  deviations(
    @Arg('cups', () => String) cups: string,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Arg('granularity', () => Granularity) granularity: Granularity,
    @Ctx() { em }: Context,
  ): Promise<DeviationSeries> {
    return new DeviationService(em).seriesForCups(cups, { from, to, granularity });
  }
}
