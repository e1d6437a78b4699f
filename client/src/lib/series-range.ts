import { addDays, addMonths, EARLIEST_DATE, firstOfMonth, isCalendarDate, lastOfMonth, MAX_RANGE_MONTHS, rangeProblem as sharedRangeProblem } from '@portal/shared';
import type { Granularity } from '../__generated__/graphql.js';

// Periods and granularities of the series screens (measurements, forecast, deviations); pure.

/** Local calendar days of Europe/Madrid, both inclusive, as the API takes them. */
export type LocalRange = { from: string; to: string };

/** Every preset a series screen may offer; each screen lists its own, default first. */
export type RangePreset = 'next-7-days' | 'last-7-days' | 'this-month' | 'last-month' | 'last-12-months' | 'custom';

/**
 * Where "this month" ends, which depends on the data: measurements show today as not yet measured,
 * deviations need a measurement (yesterday at the latest), forecasts cover the whole month.
 */
export type MonthEnd = 'today' | 'yesterday' | 'end-of-month';

/** The days a preset covers, seen from `today` (Madrid). Rolling past presets end yesterday: data arrives a day later. */
export function presetRange(preset: Exclude<RangePreset, 'custom'>, today: string, monthEnd: MonthEnd): LocalRange {
  const yesterday = addDays(today, -1);
  switch (preset) {
    case 'next-7-days':
      return { from: today, to: addDays(today, 6) };
    case 'last-7-days':
      return { from: addDays(today, -7), to: yesterday };
    case 'this-month': {
      const first = firstOfMonth(today);
      const end = { today, yesterday, 'end-of-month': lastOfMonth(today) }[monthEnd];
      // On the 1st "yesterday" is last month: the range is just today.
      return { from: first, to: end < first ? first : end };
    }
    case 'last-month': {
      const first = addMonths(firstOfMonth(today), -1);
      return { from: first, to: lastOfMonth(first) };
    }
    case 'last-12-months':
      return { from: addMonths(today, -12), to: yesterday };
  }
}

/** Granularities and their URL names, finest first. */
const GRANULARITIES = [
  { param: 'quarter-hour', value: 'QUARTER_HOUR' },
  { param: 'hour', value: 'HOUR' },
  { param: 'day', value: 'DAY' },
  { param: 'month', value: 'MONTH' },
] as const satisfies readonly { param: string; value: Granularity }[];

type GranularityParam = (typeof GRANULARITIES)[number]['param'];

export function granularityFromParam(param: string | null): Granularity | null {
  return GRANULARITIES.find((g) => g.param === param)?.value ?? null;
}

export function paramOfGranularity(granularity: Granularity): GranularityParam {
  return GRANULARITIES.find((g) => g.value === granularity)!.param;
}

/** The range fits the server's cap for this granularity (MAX_RANGE_MONTHS in shared/). */
export function fitsCap(range: LocalRange, granularity: Granularity): boolean {
  return sharedRangeProblem(range.from, range.to, MAX_RANGE_MONTHS[granularity])?.reason !== 'TOO_LONG';
}

/** Days in a range, both ends included. */
function dayCount(range: LocalRange): number {
  return Math.round((Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** A readable number of buckets: hours for a week, days up to a quarter, months beyond. */
export function granularityForLength(range: LocalRange): Granularity {
  const days = dayCount(range);
  if (days <= 7) return 'HOUR';
  if (days <= 92) return 'DAY';
  return 'MONTH';
}

export type RangeProblem = 'missing' | 'invalid' | 'tooEarly' | 'toBeforeFrom' | 'tooLong';

/** Why a typed range cannot be asked for at this granularity, or null when it can. */
export function rangeProblem(from: string | null, to: string | null, granularity: Granularity): RangeProblem | null {
  if (!from || !to) return 'missing';
  if (!isCalendarDate(from) || !isCalendarDate(to)) return 'invalid';
  if (from < EARLIEST_DATE) return 'tooEarly';
  if (to < from) return 'toBeforeFrom';
  if (!fitsCap({ from, to }, granularity)) return 'tooLong';
  return null;
}

/** Where a range stands against the days a screen has data for (to say why a result is empty). */
export function rangeAgainst(window: LocalRange, range: LocalRange): 'before' | 'after' | 'overlaps' {
  if (range.to < window.from) return 'before';
  if (range.from > window.to) return 'after';
  return 'overlaps';
}

/** The part of an overlapping range that has data, or null when all of it does. */
export function partWithData(window: LocalRange, range: LocalRange): LocalRange | null {
  if (range.from >= window.from && range.to <= window.to) return null;
  return { from: range.from < window.from ? window.from : range.from, to: range.to > window.to ? window.to : range.to };
}
