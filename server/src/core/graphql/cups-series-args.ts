import { ArgsType, Field } from 'type-graphql';
import { Granularity } from '../series/granularity.js';
import type { LocalRange, SeriesRequest } from '../series/local-range.js';
import { DateScalar } from './scalars.js';

/** A CUPS and the local days `from` to `to` (both inclusive): what the per-CUPS queries over time take. */
@ArgsType()
export class CupsRangeArgs implements LocalRange {
  @Field(() => String) cups!: string;
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
}

/** The same range cut into buckets: the series queries (measurements, forecasts, deviations, self-consumption). */
@ArgsType()
export class CupsSeriesArgs extends CupsRangeArgs implements SeriesRequest {
  @Field(() => Granularity) granularity!: Granularity;
}
