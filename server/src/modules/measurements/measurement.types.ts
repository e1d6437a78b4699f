import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, DecimalScalar } from '../../core/graphql/scalars.js';
import { CupsSeries, type IntervalSeries } from '../../core/series/series.types.js';

@ObjectType({ description: 'Measured active energy in one bucket.' })
export class MeasurementPoint {
  @Field(() => DateTimeScalar, { description: 'Start of the bucket (local midnight for DAY and MONTH), as an instant.' })
  start!: Date;

  @Field(() => DecimalScalar, { description: 'Energy in kWh.' }) kWh!: string;
  @Field(() => Boolean, { description: 'Whether any interval in the bucket is estimated.' }) estimated!: boolean;

  @Field(() => DecimalScalar, { description: 'Energy of the estimated intervals in the bucket, in kWh (its share of kWh is what a chart shows as estimated).' })
  estimatedKWh!: string;

  @Field(() => Int, { description: 'How many stored intervals were summed.' }) intervals!: number;
}

@ObjectType({ description: 'Energy in one access-tariff period (P1..P6) over the range.' })
export class PeriodTotal {
  @Field(() => String, { description: 'P1..P6.' }) period!: string;
  @Field(() => DecimalScalar) kWh!: string;
}

@ObjectType({ description: 'Measured consumption of a CUPS over local calendar days, bucketed.' })
export class MeasurementSeries extends CupsSeries implements IntervalSeries<MeasurementPoint> {
  @Field(() => String) accessTariff!: string;

  @Field(() => [MeasurementPoint], { description: 'Buckets that hold at least one interval, in time order.' })
  points!: MeasurementPoint[];

  @Field(() => DecimalScalar, { description: 'Total kWh in the range.' }) total!: string;
  @Field(() => DecimalScalar, { description: 'kWh of real (not estimated) intervals.' }) realKWh!: string;
  @Field(() => DecimalScalar, { description: 'kWh of estimated intervals.' }) estimatedKWh!: string;

  @Field(() => DecimalScalar, { description: 'estimatedKWh / total, 0..1 with 4 decimals; 0 when the total is 0.' })
  estimatedShare!: string;

  @Field(() => [PeriodTotal], { description: "Every period of the CUPS's access tariff, zero when empty." })
  totalsByPeriod!: PeriodTotal[];
}
