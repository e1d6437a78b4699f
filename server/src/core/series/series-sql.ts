import { LOCAL_TIME_ZONE } from '@portal/shared';
import { sqlArray } from '../db/lean-sql.js';
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
 * How rows fall into buckets, in two steps so the time-zone work is per bucket, not per row:
 * `key` groups the rows, `start(key)` turns a group's key into the instant its bucket starts;
 * `readsLocal` says whether `key` reads the local time (a caller computes it only then).
 */
export type Bucketing = { key: string; start: (key: string) => string; readsLocal: boolean };

/**
 * Buckets of a timestamptz column `instant`, whose local wall-clock time is `local` (a column
 * computed once per row, or localTimeSql(instant)). Days and months are keyed by the local
 * calendar and converted back once per bucket (23- and 25-hour days included). Hours are binned
 * in UTC: Madrid's offsets are whole hours, so it is the same hour, with no time-zone work and no
 * dependence on the session's zone (the origin carries its offset).
 */
export function bucketing(granularity: Granularity, instant: string, local: string = localTimeSql(instant)): Bucketing {
  switch (granularity) {
    case Granularity.QUARTER_HOUR:
      return { key: instant, start: (key) => key, readsLocal: false };
    case Granularity.HOUR:
      return { key: `date_bin('1 hour', ${instant}, timestamptz '2000-01-01 00:00:00+00')`, start: (key) => key, readsLocal: false };
    case Granularity.DAY:
      return { key: `${local}::date`, start: (key) => `(${key}::timestamp at time zone ${ZONE})`, readsLocal: true };
    case Granularity.MONTH:
      return { key: `date_trunc('month', ${local})`, start: (key) => `(${key} at time zone ${ZONE})`, readsLocal: true };
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
  return { sql: `${table} where supply_point_id = any(?::uuid[]) and ${inRange.sql}`, params: [sqlArray(supplyPointIds), ...inRange.params] };
}

/** A column's value in local wall-clock time (timestamp without time zone). */
export function localTimeSql(column: string): string {
  return `(${column} at time zone ${ZONE})`;
}

/** ISO 8601 text of an instant, so rows never depend on the session's time zone or date parsing. */
export function isoInstantSql(expression: string): string {
  return `to_char(${expression} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
}
