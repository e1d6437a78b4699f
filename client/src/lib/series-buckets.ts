import { addDays, addMonths, firstOfMonth, madridLocalParts, madridMidnight } from '@portal/shared';
import type { Granularity } from '../__generated__/graphql.js';
import type { LocalRange } from './series-range.js';

export const HOUR_MS = 3_600_000;
export const QUARTER_MS = 900_000;

/**
 * Every bucket start between from and to (epoch ms), so that missing ones show as gaps rather than
 * being joined over. Hours step in UTC (DST days naturally get 23 or 25); days and months start at
 * Madrid midnights. `stepMs` is the step of QUARTER_HOUR (hourly where the data is only hourly).
 * Returns the starts and the instant the range ends.
 */
export function expectedStarts(range: LocalRange, granularity: Granularity, stepMs = QUARTER_MS): { starts: number[]; end: number } {
  const end = madridMidnight(addDays(range.to, 1)).getTime();
  const starts: number[] = [];
  switch (granularity) {
    case 'QUARTER_HOUR':
    case 'HOUR': {
      const step = granularity === 'HOUR' ? HOUR_MS : stepMs;
      for (let t = madridMidnight(range.from).getTime(); t < end; t += step) starts.push(t);
      break;
    }
    case 'DAY':
      for (let day = range.from; day <= range.to; day = addDays(day, 1)) starts.push(madridMidnight(day).getTime());
      break;
    case 'MONTH':
      for (let month = firstOfMonth(range.from); month <= range.to; month = addMonths(month, 1)) {
        starts.push(madridMidnight(month).getTime());
      }
      break;
  }
  return { starts, end };
}

/** A range's bucket starts in epoch ms (to align points with) and in Unix seconds (the chart's times). */
export function chartBuckets(range: LocalRange, granularity: Granularity): { starts: number[]; times: number[] } {
  const { starts } = expectedStarts(range, granularity);
  return { starts, times: starts.map((start) => start / 1000) };
}

/** One value per expected start; a start without a point is null (a gap in the chart, never zero). */
export function alignToBuckets<P extends { start: string }>(starts: readonly number[], points: readonly P[], value: (point: P) => string): (number | null)[] {
  const byStart = new Map(points.map((point) => [Date.parse(point.start), Number(value(point))]));
  return starts.map((start) => byStart.get(start) ?? null);
}

/** How much of a bucket is estimated: none, all of it, or a share (0..1 of its kWh). */
export type EstimatedPart = { kind: 'real' } | { kind: 'estimated' } | { kind: 'partly'; share: number };

/** A bucket's estimated part from its kWh and the kWh of its estimated intervals (the chart, table and CSV agree on it). */
export function estimatedPart(bucket: { estimated: boolean; kWh: number; estimatedKWh: number }): EstimatedPart {
  if (!bucket.estimated) return { kind: 'real' };
  // An estimated bucket of 0 kWh is all estimate, not 0 % of one.
  return bucket.estimatedKWh >= bucket.kWh ? { kind: 'estimated' } : { kind: 'partly', share: bucket.estimatedKWh / bucket.kWh };
}

/** Madrid wall-clock time of an instant and its UTC offset: '2026-11-20', '01:00', '+01:00'. */
export function localStart(start: number): { date: string; time: string; offset: string } {
  const parts = madridLocalParts(new Date(start));
  const wallClock = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  const offsetMinutes = Math.round((wallClock - start) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return {
    date: parts.date,
    time: `${pad(parts.hour)}:${pad(parts.minute)}`,
    offset: `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`,
  };
}

/** Whether the same wall-clock time happens twice (the October DST change), so the offset must be shown. */
export function isRepeatedLocalTime(start: number): boolean {
  const here = localStart(start);
  return [start - HOUR_MS, start + HOUR_MS].some((other) => {
    const there = localStart(other);
    return there.date === here.date && there.time === here.time;
  });
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
