import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../core/graphql/scalars.js';
import type { IntervalSeries } from '../../core/series/series.types.js';

@ObjectType({ description: 'Day-ahead marginal price (precio de casación) of one interval, in €/MWh.' })
export class MarketPricePoint {
  @Field(() => DateTimeScalar) start!: Date;
  @Field(() => Int, { description: '60, or 15 for quarter-hour market intervals.' }) intervalMinutes!: number;
  @Field(() => DecimalScalar, { description: 'Spain, €/MWh.' }) priceEs!: string;
  @Field(() => DecimalScalar, { description: 'Portugal, €/MWh.' }) pricePt!: string;
}

@ObjectType({ description: 'Prices of one local (Europe/Madrid) day, in €/MWh; averages to 2 decimals.' })
export class MarketPriceDay {
  @Field(() => DateScalar) date!: string;
  @Field(() => DecimalScalar) averageEs!: string;
  @Field(() => DecimalScalar) minEs!: string;
  @Field(() => DecimalScalar) maxEs!: string;
  @Field(() => DecimalScalar) averagePt!: string;
  @Field(() => DecimalScalar) minPt!: string;
  @Field(() => DecimalScalar) maxPt!: string;
}

@ObjectType({ description: 'Market prices from `from` to `to` (local days, both inclusive).' })
export class MarketPriceSeries implements IntervalSeries<MarketPricePoint> {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;

  @Field(() => [MarketPricePoint], { description: 'Every stored interval, in time order.' })
  points!: MarketPricePoint[];

  @Field(() => [MarketPriceDay], { description: 'One summary per local day that has prices, in date order.' })
  days!: MarketPriceDay[];
}
