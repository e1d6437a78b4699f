import { describe, expect, it } from 'vitest';
import { isCalendarDate, MAX_RANGE_MONTHS, rangeProblem } from './series-range.js';

describe('series ranges', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('28/02/2026')).toBe(false);
  });

  it('names the argument to fix and why', () => {
    expect(rangeProblem('2026-1-01', '2026-01-02', 13)).toEqual({ argument: 'from', reason: 'FORMAT' });
    expect(rangeProblem('2026-01-01', 'mañana', 13)).toEqual({ argument: 'to', reason: 'FORMAT' });
    expect(rangeProblem('2026-01-02', '2026-01-01', 13)).toEqual({ argument: 'to', reason: 'BEFORE_FROM' });
    expect(rangeProblem('1899-12-31', '1900-01-01', 13)).toEqual({ argument: 'from', reason: 'TOO_EARLY' });
  });

  it('caps hourly ranges at 13 months, end day included', () => {
    const hours = MAX_RANGE_MONTHS.HOUR;
    expect(rangeProblem('2025-10-23', '2026-11-22', hours)).toBeNull();
    expect(rangeProblem('2025-10-22', '2026-11-22', hours)).toEqual({ argument: 'from', reason: 'TOO_LONG' });
  });
});
