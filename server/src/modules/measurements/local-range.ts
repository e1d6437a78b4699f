import { badInput } from '../../core/errors.js';
import { Granularity } from './granularity.js';

/** Local calendar days, both inclusive: [from 00:00, to + 1 day 00:00) in Europe/Madrid. */
export type LocalRange = { from: string; to: string };

/**
 * Longest range per granularity, in months. Fine buckets return one point per interval, so they
 * are capped near a year (13 months lets a user compare a month with the same month last year).
 */
export const MAX_RANGE_MONTHS: Record<Granularity, number> = {
  [Granularity.QUARTER_HOUR]: 13,
  [Granularity.HOUR]: 13,
  [Granularity.DAY]: 120,
  [Granularity.MONTH]: 120,
};

// No metering or market data predates it; it also keeps year 0, which PostgreSQL rejects, out.
const EARLIEST_DATE = '1900-01-01';

/** What a series caller asks for: local calendar days, both inclusive, and a bucket size. */
export type SeriesRequest = LocalRange & { granularity: Granularity };

/** The range of a series request, checked against its granularity's cap. */
export function checkSeriesRequest(request: SeriesRequest): LocalRange {
  return checkLocalRange(request.from, request.to, MAX_RANGE_MONTHS[request.granularity]);
}

/** Checks a range a user typed; every failure is BAD_USER_INPUT naming the argument to fix. */
export function checkLocalRange(from: string, to: string, maxMonths: number): LocalRange {
  const fromDate = parseDate(from);
  if (!fromDate) throw badInput('from', 'must be a calendar date written YYYY-MM-DD');
  const toDate = parseDate(to);
  if (!toDate) throw badInput('to', 'must be a calendar date written YYYY-MM-DD');
  if (to < from) throw badInput('to', `must not be before from (${from})`);
  if (from < EARLIEST_DATE) throw badInput('from', `must be ${EARLIEST_DATE} or later`);
  if (addDays(toDate, 1).getTime() > addMonths(fromDate, maxMonths).getTime()) {
    throw badInput('from', `the range from ${from} to ${to} is longer than ${maxMonths} months`);
  }
  return { from, to };
}

/** The calendar years a range touches, e.g. to fetch their holidays. */
export function yearsOf(range: LocalRange): number[] {
  const first = Number(range.from.slice(0, 4));
  const last = Number(range.to.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

function parseDate(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && formatDate(date) === value ? date : null;
}

function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** Calendar months ahead, clamped to the month's last day (Jan 31 + 1 month = Feb 28). */
function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}
