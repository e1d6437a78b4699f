import { addDays, addMonths, firstOfMonth, lastOfMonth, toScaled } from '@portal/shared';

/** Thousandths of a kWh: API decimals (≤ 3 decimals) summed exactly, never as floats. */
export function sumThousandths(decimals: readonly string[]): bigint {
  return decimals.reduce((sum, value) => sum + toScaled(value, 3), 0n);
}

/** Percent change from `before` to `now`; null when there is nothing to compare with. */
export function percentChange(now: bigint, before: bigint): number | null {
  if (before === 0n) return null;
  // Thousandths of a percent in integers, then one division for display.
  return Number(((now - before) * 100_000n) / before) / 1000;
}

export type ComparisonRange = {
  from: string;
  to: string;
  lastYearFrom: string;
  lastYearTo: string;
  /** Today is the 1st: the range is the whole of last month. */
  previousMonth: boolean;
};

/**
 * This month from the 1st to yesterday (measurements reach the end of yesterday) and the same
 * days a year earlier. On the 1st there are no days yet, so last month as a whole instead.
 */
export function comparisonRange(today: string): ComparisonRange {
  const to = addDays(today, -1);
  const from = firstOfMonth(to);
  const previousMonth = today.endsWith('-01');
  const lastYearFrom = addMonths(from, -12);
  // A whole month is compared with the whole month (29 February included); part of one, day by day.
  const lastYearTo = previousMonth ? lastOfMonth(lastYearFrom) : addMonths(to, -12);
  return { from, to, lastYearFrom, lastYearTo, previousMonth };
}
