import type { EntityManager } from '@mikro-orm/postgresql';
import { isOffDay, madridLocalParts } from '@portal/shared';
import { executeOnReplica } from '../../core/db/read-routing.js';
import { inLocalRange } from '../../core/series/series-sql.js';
import type { LocalRange } from '../../core/series/local-range.js';

/** Fewer measured hours than four weeks' say too little about a year of consumption. */
export const MIN_MEASURED_HOURS = 28 * 24;

export type ConsumptionCurve = { wh: number[]; measuredHours: number; filledHours: number };

/**
 * Consumption per hour in whole Wh of one supply point over `hours` (the local hours of `range`):
 * what the home used, imported plus self-consumed (a home with panels already uses more than it buys).
 * Quarter-hour curves are summed per hour. Null below MIN_MEASURED_HOURS.
 */
export async function consumptionCurve(em: EntityManager, supplyPointId: string, range: LocalRange, hours: readonly Date[]): Promise<ConsumptionCurve | null> {
  const inRange = inLocalRange('start', range);
  const rows = await executeOnReplica<Array<{ hour: string; wh: number }>>(
    em,
    `select to_char(date_bin('1 hour', start, timestamptz '2000-01-01 00:00:00+00') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.000"Z"') as hour,
            round(sum(kwh + coalesce(self_consumed_kwh, 0)) * 1000)::int as wh
     from measurement where supply_point_id = ? and ${inRange.sql} group by 1`,
    [supplyPointId, ...inRange.params],
  );
  if (rows.length < MIN_MEASURED_HOURS) return null;
  const measured = new Map(rows.map((row) => [row.hour, Number(row.wh)]));
  return fillGaps(hours, hours.map((hour) => measured.get(hour.toISOString()) ?? null));
}

/**
 * Fills missing hours with the mean of the measured hours of the same local hour and kind of day
 * (working day, or weekend and national holiday) in the same month, else in the whole range: the
 * daily and weekly shape a home repeats, with the month's level where the month has data.
 */
export function fillGaps(hours: readonly Date[], values: ReadonlyArray<number | null>): ConsumptionCurve {
  const keys = hours.map((hour) => {
    const local = madridLocalParts(hour);
    const kind = `${local.hour}:${isOffDay(local.date) ? 'off' : 'work'}`;
    return { month: `${local.date.slice(0, 7)}:${kind}`, year: kind };
  });
  const sums = new Map<string, { total: number; count: number }>();
  const add = (key: string, wh: number) => {
    const sum = sums.get(key) ?? { total: 0, count: 0 };
    sum.total += wh;
    sum.count += 1;
    sums.set(key, sum);
  };
  values.forEach((wh, index) => {
    if (wh === null) return;
    add(keys[index]!.month, wh);
    add(keys[index]!.year, wh);
  });
  const mean = (key: string) => {
    const sum = sums.get(key);
    return sum ? Math.round(sum.total / sum.count) : null;
  };
  let filledHours = 0;
  const wh = values.map((value, index) => {
    if (value !== null) return value;
    filledHours += 1;
    return mean(keys[index]!.month) ?? mean(keys[index]!.year) ?? 0;
  });
  return { wh, measuredHours: values.length - filledHours, filledHours };
}
