import { addDays, addMonths, firstOfMonth, lastOfMonth } from '@portal/shared';

/** Thousandths of a kWh: API decimals (≤ 3 decimals) summed exactly, never as floats. */
export function toThousandths(decimal: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d{1,3}))?$/.exec(decimal.trim());
  if (!match) throw new RangeError(`not a decimal with up to 3 decimals: "${decimal}"`);
  const magnitude = BigInt(match[2]!) * 1000n + BigInt((match[3] ?? '').padEnd(3, '0'));
  return match[1] ? -magnitude : magnitude;
}

export function sumDecimals(decimals: readonly string[]): bigint {
  return decimals.reduce((sum, value) => sum + toThousandths(value), 0n);
}

/** Back to a decimal string ('1234.567') for the format helpers. */
export function fromThousandths(value: bigint): string {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const text = `${magnitude / 1000n}.${String(magnitude % 1000n).padStart(3, '0')}`;
  return negative ? `-${text}` : text;
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
