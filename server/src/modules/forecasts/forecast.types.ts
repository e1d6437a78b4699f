import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar, DecimalScalar } from '../../core/graphql/scalars.js';
import { CupsSeries, type IntervalSeries } from '../../core/series/series.types.js';

@ObjectType({ description: 'Forecast active energy in one bucket.' })
export class ForecastPoint {
  @Field(() => DateTimeScalar, { description: 'Start of the bucket (local midnight for DAY and MONTH), as an instant.' })
  start!: Date;

  @Field(() => DecimalScalar, { description: 'Expected energy in kWh.' }) kWh!: string;
}

@ObjectType({ description: 'Forecast consumption of a CUPS over local calendar days, bucketed.' })
export class ForecastSeries extends CupsSeries implements IntervalSeries<ForecastPoint> {
  @Field(() => [ForecastPoint], { description: 'Buckets that hold at least one interval, in time order.' })
  points!: ForecastPoint[];

  @Field(() => DecimalScalar, { description: 'Total expected kWh in the range.' }) total!: string;
}
