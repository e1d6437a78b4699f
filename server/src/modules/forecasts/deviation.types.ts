import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar, DecimalScalar } from '../../core/graphql/scalars.js';
import { CupsSeries, type IntervalSeries } from '../../core/series/series.types.js';

@ObjectType({ description: 'Measured minus forecast energy in one bucket, over hours that have both values.' })
export class DeviationPoint {
  @Field(() => DateTimeScalar, { description: 'Start of the bucket (or of the hour), as an instant.' }) start!: Date;
  @Field(() => DecimalScalar) measuredKWh!: string;
  @Field(() => DecimalScalar) forecastKWh!: string;
  @Field(() => DecimalScalar, { description: 'measuredKWh - forecastKWh.' }) deviationKWh!: string;

  @Field(() => DecimalScalar, { nullable: true, description: '100 × deviation / forecast, 2 decimals; null when the forecast is 0.' })
  deviationPercent!: string | null;
}

@ObjectType({ description: 'Deviation over the whole range.' })
export class DeviationSummary {
  @Field(() => DecimalScalar) measuredKWh!: string;
  @Field(() => DecimalScalar) forecastKWh!: string;

  @Field(() => DecimalScalar, { description: 'Net deviation: hours above and below the forecast cancel out.' })
  deviationKWh!: string;

  @Field(() => DecimalScalar, { description: 'Sum of |deviation| per hour: how far off the forecast was, without cancelling.' })
  absoluteDeviationKWh!: string;

  @Field(() => DecimalScalar, { nullable: true, description: '100 × deviation / forecast, 2 decimals; null when the forecast is 0.' })
  deviationPercent!: string | null;

  @Field(() => [DeviationPoint], { description: 'The 5 hours with the largest |deviation|, largest first.' })
  worstIntervals!: DeviationPoint[];
}

@ObjectType({
  description:
    'Measured minus forecast consumption of a CUPS. Intervals are hours (quarter-hour readings are summed per hour), ' +
    'so QUARTER_HOUR gives the same points as HOUR.',
})
export class DeviationSeries extends CupsSeries implements IntervalSeries<DeviationPoint> {
  @Field(() => [DeviationPoint], { description: 'Buckets that hold at least one hour with both values, in time order.' })
  points!: DeviationPoint[];

  @Field(() => DeviationSummary) summary!: DeviationSummary;
}
