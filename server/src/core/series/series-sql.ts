import { LOCAL_TIME_ZONE } from '@portal/shared';
import { Granularity } from './granularity.js';
import type { LocalRange } from './local-range.js';

/**
 * SQL building blocks shared by every interval series (measurements, forecasts, deviations,
 * market prices), so that buckets and ranges mean the same thing on every screen.
 */

const ZONE = `'${LOCAL_TIME_ZONE}'`;

/** A fragment of SQL with its `?` parameters, in order. */
export type SqlFragment = { sql: string; params: unknown[] };

/**
 * The instant a bucket starts, for a timestamptz column. Day and month follow the local calendar
 * (23- and 25-hour days included). Hours are truncated in UTC: Madrid's offsets are whole hours,
 * so it is the same hour, without a time-zone conversion per row or a dependence on the session's.
 */
export function bucketStartSql(granularity: Granularity, column: string): string {
  switch (granularity) {
    case Granularity.QUARTER_HOUR:
      return column;
    case Granularity.HOUR:
      return `date_trunc('hour', ${column}, 'UTC')`;
    case Granularity.DAY:
      return `date_trunc('day', ${column}, ${ZONE})`;
    case Granularity.MONTH:
      return `date_trunc('month', ${column}, ${ZONE})`;
  }
}

/** `column` inside [from 00:00, to + 1 day 00:00) local time: a range the primary key index serves. */
export function inLocalRange(column: string, range: LocalRange): SqlFragment {
  return {
    sql: `${column} >= (?::date)::timestamp at time zone ${ZONE} and ${column} < (?::date + 1)::timestamp at time zone ${ZONE}`,
    params: [range.from, range.to],
  };
}

/**
 * One supply point's rows of an interval table within a range, as `<table> where …`: the FROM
 * target of a query or subquery. The id comes from an EntityManager lookup, where the row scope applies.
 */
export function supplyPointRows(table: 'measurement' | 'forecast', supplyPointId: string, range: LocalRange): SqlFragment {
  const inRange = inLocalRange('start', range);
  return { sql: `${table} where supply_point_id = ? and ${inRange.sql}`, params: [supplyPointId, ...inRange.params] };
}

/**
 * Several supply points' rows of an interval table within a range, as `<table> where …` (see
 * supplyPointRows): for batched series, grouped by supply_point_id. The ids come from
 * EntityManager lookups, where the row scope applies.
 */
export function supplyPointsRows(table: 'measurement' | 'forecast', supplyPointIds: readonly string[], range: LocalRange): SqlFragment {
  const inRange = inLocalRange('start', range);
  // An array literal as one parameter (the query builder would spread a JS array into a list).
  return { sql: `${table} where supply_point_id = any(?::uuid[]) and ${inRange.sql}`, params: [`{${supplyPointIds.join(',')}}`, ...inRange.params] };
}

/** A column's value in local wall-clock time (timestamp without time zone). */
export function localTimeSql(column: string): string {
  return `(${column} at time zone ${ZONE})`;
}

/** ISO 8601 text of an instant, so rows never depend on the session's time zone or date parsing. */
export function isoInstantSql(expression: string): string {
  return `to_char(${expression} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
}
