import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { CupsSeriesArgs } from '../../core/graphql/cups-series-args.js';
import { selectedFieldNames } from '../../core/graphql/selection.js';
import { MeasurementService, type SeriesParts } from './measurement.service.js';
import { MeasurementSeries } from './measurement.types.js';

@Resolver()
export class MeasurementResolver {
  @Query(() => MeasurementSeries, {
    description: 'Measured consumption of a CUPS from `from` to `to` (local days, both inclusive), with totals per tariff period.',
  })
  measurements(
    @Args(() => CupsSeriesArgs) { cups, ...request }: CupsSeriesArgs,
    @Ctx() { em }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<MeasurementSeries> {
    return new MeasurementService(em).seriesForCups(cups, request, selectedSeriesParts(info));
  }
}

/** The parts of a MeasurementSeries the operation selects (the rest is not computed). */
export function selectedSeriesParts(info: GraphQLResolveInfo): SeriesParts {
  const names = selectedFieldNames(info);
  return {
    points: names.has('points'),
    totals: ['total', 'realKWh', 'estimatedKWh', 'estimatedShare'].some((name) => names.has(name)),
    periods: names.has('totalsByPeriod'),
  };
}
