import { EARLIEST_DATE, MAX_RANGE_MONTHS, rangeProblem } from '@portal/shared';
import { badInput } from '../errors.js';
import { Granularity } from './granularity.js';

/** Local calendar days, both inclusive: [from 00:00, to + 1 day 00:00) in Europe/Madrid. */
export type LocalRange = { from: string; to: string };

/** What a series caller asks for: local calendar days, both inclusive, and a bucket size. */
export type SeriesRequest = LocalRange & { granularity: Granularity };

/** The range of a series request, checked against its granularity's cap. */
export function checkSeriesRequest(request: SeriesRequest): LocalRange {
  return checkLocalRange(request.from, request.to, MAX_RANGE_MONTHS[request.granularity]);
}

/** Checks a range a user typed; every failure is BAD_USER_INPUT naming the argument to fix. */
export function checkLocalRange(from: string, to: string, maxMonths: number): LocalRange {
  const problem = rangeProblem(from, to, maxMonths);
  if (!problem) return { from, to };
  switch (problem.reason) {
    case 'FORMAT':
      throw badInput(problem.argument, 'must be a calendar date written YYYY-MM-DD');
    case 'BEFORE_FROM':
      throw badInput('to', `must not be before from (${from})`);
    case 'TOO_EARLY':
      throw badInput('from', `must be ${EARLIEST_DATE} or later`);
    case 'TOO_LONG':
      throw badInput('from', `the range from ${from} to ${to} is longer than ${maxMonths} months`);
  }
}

/** The calendar years a range touches, e.g. to fetch their holidays. */
export function yearsOf(range: LocalRange): number[] {
  const first = Number(range.from.slice(0, 4));
  const last = Number(range.to.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}
