import { Field, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../core/graphql/scalars.js';
import { Granularity } from '../measurements/granularity.js';

@ObjectType({ description: 'Forecast active energy in one bucket.' })
export class ForecastPoint {
  @Field(() => DateTimeScalar, { description: 'Start of the bucket (local midnight for DAY and MONTH), as an instant.' })
  start!: Date;

  @Field(() => DecimalScalar, { description: 'Expected energy in kWh.' })
  kWh!: string;
}

@ObjectType({ description: 'Forecast consumption of a CUPS over local calendar days, bucketed.' })
export class ForecastSeries {
  @Field(() => String)
  cups!: string;

  @Field(() => DateScalar, { description: 'First local day, inclusive.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last local day, inclusive.' })
  to!: string;

  @Field(() => Granularity)
  granularity!: Granularity;

  @Field(() => [ForecastPoint], { description: 'Buckets that hold at least one interval, in time order.' })
  points!: ForecastPoint[];

  @Field(() => DecimalScalar, { description: 'Total expected kWh in the range.' })
  total!: string;
}
