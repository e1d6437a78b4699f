import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysInMonth, firstOfMonth, lastOfMonth, madridDateOf, madridMidnight } from './calendar.js';

describe('Madrid calendar dates', () => {
  it('steps days and months across month ends and leap years', () => {
    expect(addDays('2026-03-31', 1)).toBe('2026-04-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2028-03-31', -1)).toBe('2028-02-29');
    expect(firstOfMonth('2026-11-22')).toBe('2026-11-01');
    expect(lastOfMonth('2026-02-10')).toBe('2026-02-28');
    expect(daysInMonth('2026-10-05')).toBe(31);
  });

  it('reads the Madrid date of an instant and finds midnight on both sides of DST', () => {
    expect(madridDateOf(new Date('2026-11-21T23:30:00Z'))).toBe('2026-11-22');
    expect(madridMidnight('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(madridMidnight('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(madridMidnight('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
  });

  it('refuses what is not a YYYY-MM-DD date', () => {
    expect(() => addDays('22/11/2026', 1)).toThrow(RangeError);
  });
});
