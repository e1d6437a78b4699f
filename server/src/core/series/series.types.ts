import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars.js';
import { Granularity } from './granularity.js';

/** Any series over local calendar days: its range, both days inclusive, and its points in time order. */
export interface IntervalSeries<Point extends { start: Date }> {
  from: string;
  to: string;
  points: Point[];
}

/**
 * The fields every bucketed series of one CUPS shares (measurements, forecasts, deviations).
 * Never returned itself (so absent from the schema): each series keeps its own GraphQL name,
 * its points and its totals.
 */
@ObjectType()
export abstract class CupsSeries {
  @Field(() => String) cups!: string;
  @Field(() => DateScalar, { description: 'First local day, inclusive.' }) from!: string;
  @Field(() => DateScalar, { description: 'Last local day, inclusive.' }) to!: string;
  @Field(() => Granularity) granularity!: Granularity;
}
