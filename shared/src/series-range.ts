import { addDays, addMonths } from './calendar.js';

export const GRANULARITIES = ['QUARTER_HOUR', 'HOUR', 'DAY', 'MONTH'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/**
 * Longest range per granularity, in months. Fine buckets return one point per interval, so they
 * are capped near a year (13 months lets a user compare a month with the same month last year).
 * The server enforces it; the SPA uses it to offer only what the server will answer.
 */
export const MAX_RANGE_MONTHS: Readonly<Record<Granularity, number>> = {
  QUARTER_HOUR: 13,
  HOUR: 13,
  DAY: 120,
  MONTH: 120,
};

// No metering or market data predates it; it also keeps year 0, which PostgreSQL rejects, out.
export const EARLIEST_DATE = '1900-01-01';

export type RangeProblem =
  | { argument: 'from' | 'to'; reason: 'FORMAT' }
  | { argument: 'to'; reason: 'BEFORE_FROM' }
  | { argument: 'from'; reason: 'TOO_EARLY' | 'TOO_LONG' };

/** A real calendar date written YYYY-MM-DD (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** What is wrong with a range of local days (both inclusive), or null when it is fine. */
export function rangeProblem(from: string, to: string, maxMonths: number): RangeProblem | null {
  if (!isCalendarDate(from)) return { argument: 'from', reason: 'FORMAT' };
  if (!isCalendarDate(to)) return { argument: 'to', reason: 'FORMAT' };
  if (to < from) return { argument: 'to', reason: 'BEFORE_FROM' };
  if (from < EARLIEST_DATE) return { argument: 'from', reason: 'TOO_EARLY' };
  if (addDays(to, 1) > addMonths(from, maxMonths)) return { argument: 'from', reason: 'TOO_LONG' };
  return null;
}
