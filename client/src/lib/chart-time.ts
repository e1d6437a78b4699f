import { LOCAL_TIME_ZONE, madridLocalParts } from '@portal/shared';
import type { Granularity } from '../__generated__/graphql.js';

const HOUR_SECONDS = 3_600;
const DAY_SECONDS = 86_400;

/** A chart's bucket size from its times (Unix seconds), where the caller does not say it. */
export function granularityOf(times: readonly number[]): Granularity {
  let step = Infinity;
  for (let i = 1; i < times.length; i++) step = Math.min(step, times[i]! - times[i - 1]!);
  if (step < HOUR_SECONDS) return 'QUARTER_HOUR';
  // A DST day is 23 or 25 hours; a month at least 28 days.
  if (step < 20 * HOUR_SECONDS) return 'HOUR';
  if (step < 28 * DAY_SECONDS) return 'DAY';
  return step === Infinity ? 'HOUR' : 'MONTH';
}

/** The time labels of a chart in the user's language and Madrid time, fitted to its buckets. */
export function chartTimeLabels(locale: string, granularity: Granularity) {
  const zone = { timeZone: LOCAL_TIME_ZONE };
  const time = new Intl.DateTimeFormat(locale, { ...zone, hour: '2-digit', minute: '2-digit' });
  const day = new Intl.DateTimeFormat(locale, { ...zone, day: 'numeric', month: 'short' });
  const month = new Intl.DateTimeFormat(locale, { ...zone, month: 'short', year: 'numeric' });
  const longDay = new Intl.DateTimeFormat(locale, { ...zone, dateStyle: 'medium' });
  const longMonth = new Intl.DateTimeFormat(locale, { ...zone, month: 'long', year: 'numeric' });
  const full = new Intl.DateTimeFormat(locale, { ...zone, dateStyle: 'medium', timeStyle: 'short' });
  const at = (seconds: number) => new Date(seconds * 1000);
  const isMidnight = (seconds: number) => {
    const local = madridLocalParts(at(seconds));
    return local.hour === 0 && local.minute === 0;
  };
  return {
    /**
     * One axis tick: a month, a day, or an hour with its day under it on the first tick and at
     * each midnight (only the day when ticks are a day or more apart).
     */
    axis(seconds: number, first: boolean, stepSeconds: number): string {
      if (granularity === 'MONTH') return month.format(at(seconds));
      if (granularity === 'DAY' || stepSeconds >= DAY_SECONDS) return day.format(at(seconds));
      const hour = time.format(at(seconds));
      return first || isMidnight(seconds) ? `${hour}\n${day.format(at(seconds))}` : hour;
    },
    /** The legend's (tooltip's) name of the bucket under the cursor. */
    legend(seconds: number): string {
      if (granularity === 'MONTH') return longMonth.format(at(seconds));
      if (granularity === 'DAY') return longDay.format(at(seconds));
      return full.format(at(seconds));
    },
  };
}

/**
 * Which bucket starts get an axis label: every n-th, the fewest that leave each label `labelPx`
 * of the plot's `widthPx`, so labels never overlap and always sit on a bucket.
 */
export function labelledTimes(times: readonly number[], widthPx: number, labelPx: number): number[] {
  const fit = Math.max(1, Math.floor(widthPx / labelPx));
  const every = Math.max(1, Math.ceil(times.length / fit));
  return times.filter((_, index) => index % every === 0);
}

/**
 * Stacked bars drawn in order: series i is painted as the sum of series i..n-1, so the first is
 * the whole bar and each later one paints its own part over the bottom of it. A bucket null in
 * every series stays a gap.
 */
export function stackFromEnd(values: readonly (readonly (number | null)[])[]): (number | null)[][] {
  const stacked = values.map((series) => series.slice());
  for (let i = stacked.length - 2; i >= 0; i--) {
    const above = stacked[i + 1]!;
    stacked[i] = stacked[i]!.map((value, index) => (value === null && above[index] === null ? null : (value ?? 0) + (above[index] ?? 0)));
  }
  return stacked;
}

/** Tick spacings (seconds) for hourly and quarter-hourly charts: whole buckets, never minutes between. */
export function tickSteps(granularity: Granularity): number[] {
  const hours = [1, 2, 3, 6, 12].map((n) => n * HOUR_SECONDS);
  const days = [1, 2, 7, 14].map((n) => n * DAY_SECONDS);
  return granularity === 'QUARTER_HOUR' ? [900, 1800, ...hours, ...days] : [...hours, ...days];
}

/** Half a bucket either side of the first and last times, so their bars are drawn whole. */
export function paddedRange(times: readonly number[], granularity: Granularity): [number, number] {
  const first = times[0] ?? 0;
  const last = times[times.length - 1] ?? first;
  const bucket = granularity === 'QUARTER_HOUR' ? 900 : granularity === 'HOUR' ? HOUR_SECONDS : granularity === 'DAY' ? DAY_SECONDS : 31 * DAY_SECONDS;
  return [first - bucket / 2, last + bucket / 2];
}
