import { describe, expect, it } from 'vitest';
import { alignToBuckets, chartBuckets, expectedStarts, HOUR_MS, isRepeatedLocalTime, localStart, QUARTER_MS } from './series-buckets.js';

const at = (iso: string) => Date.parse(iso);
const day = (date: string) => ({ from: date, to: date });

describe('expectedStarts', () => {
  it('has 24 hours on an ordinary Madrid day, starting at local midnight', () => {
    const { starts, end } = expectedStarts(day('2026-11-20'), 'HOUR');
    expect(starts).toHaveLength(24);
    expect(starts[0]).toBe(at('2026-11-19T23:00:00Z'));
    expect(starts[23]).toBe(at('2026-11-20T22:00:00Z'));
    expect(end).toBe(at('2026-11-20T23:00:00Z'));
  });

  it('has 23 hours on the spring DST day and 25 on the autumn one', () => {
    expect(expectedStarts(day('2026-03-29'), 'HOUR').starts).toHaveLength(23);
    expect(expectedStarts(day('2026-10-25'), 'HOUR').starts).toHaveLength(25);
    // Summer: midnight is 22:00 UTC.
    expect(expectedStarts(day('2026-07-01'), 'HOUR').starts[0]).toBe(at('2026-06-30T22:00:00Z'));
  });

  it('steps quarter hours by 15 minutes, or by the hour where the data is hourly', () => {
    const quarters = expectedStarts(day('2026-03-29'), 'QUARTER_HOUR').starts;
    expect(quarters).toHaveLength(92);
    expect(quarters[1]! - quarters[0]!).toBe(QUARTER_MS);
    expect(expectedStarts(day('2026-11-20'), 'QUARTER_HOUR', HOUR_MS).starts).toHaveLength(24);
  });

  it('starts days at each Madrid midnight, across the DST change', () => {
    const { starts, end } = expectedStarts({ from: '2026-03-28', to: '2026-03-30' }, 'DAY');
    expect(starts).toEqual([at('2026-03-27T23:00:00Z'), at('2026-03-28T23:00:00Z'), at('2026-03-29T22:00:00Z')]);
    expect(end).toBe(at('2026-03-30T22:00:00Z'));
  });

  it('starts months at the first of each month touched by the range', () => {
    const { starts, end } = expectedStarts({ from: '2026-02-15', to: '2026-04-02' }, 'MONTH');
    expect(starts).toEqual([at('2026-01-31T23:00:00Z'), at('2026-02-28T23:00:00Z'), at('2026-03-31T22:00:00Z')]);
    // The range ends after its last day, not at the end of the month.
    expect(end).toBe(at('2026-04-02T22:00:00Z'));
  });
});

describe('chartBuckets', () => {
  it('gives the same starts in milliseconds and in Unix seconds', () => {
    const { starts, times } = chartBuckets({ from: '2026-11-01', to: '2026-11-03' }, 'DAY');
    expect(starts).toHaveLength(3);
    expect(times).toEqual(starts.map((start) => start / 1000));
    expect(times[0]).toBe(at('2026-10-31T23:00:00Z') / 1000);
  });
});

describe('alignToBuckets', () => {
  const starts = [at('2026-11-19T23:00:00Z'), at('2026-11-20T00:00:00Z'), at('2026-11-20T01:00:00Z')];

  it('puts each point at its start, whatever offset the API wrote it with, and null in gaps', () => {
    const points = [
      { start: '2026-11-20T00:00:00+01:00', kWh: '1.5' },
      { start: '2026-11-20T01:00:00Z', kWh: '0' },
    ];
    expect(alignToBuckets(starts, points, (point) => point.kWh)).toEqual([1.5, null, 0]);
  });

  it('ignores points outside the buckets', () => {
    expect(alignToBuckets(starts, [{ start: '2026-11-21T00:00:00Z', v: '9' }], (point) => point.v)).toEqual([null, null, null]);
  });
});

describe('localStart', () => {
  it('gives the Madrid date, time and offset of an instant', () => {
    expect(localStart(at('2026-12-31T23:00:00Z'))).toEqual({ date: '2027-01-01', time: '00:00', offset: '+01:00' });
    expect(localStart(at('2026-07-01T10:15:00Z'))).toEqual({ date: '2026-07-01', time: '12:15', offset: '+02:00' });
  });

  it('tells the two 02:30 of the autumn change apart by their offset', () => {
    expect(localStart(at('2026-10-25T00:30:00Z'))).toEqual({ date: '2026-10-25', time: '02:30', offset: '+02:00' });
    expect(localStart(at('2026-10-25T01:30:00Z'))).toEqual({ date: '2026-10-25', time: '02:30', offset: '+01:00' });
  });

  it('skips from 02:00 to 03:00 in spring', () => {
    expect(localStart(at('2026-03-29T00:45:00Z')).time).toBe('01:45');
    expect(localStart(at('2026-03-29T01:00:00Z'))).toEqual({ date: '2026-03-29', time: '03:00', offset: '+02:00' });
  });
});

describe('isRepeatedLocalTime', () => {
  it('is true for both occurrences of the repeated autumn hour, quarters included', () => {
    expect(isRepeatedLocalTime(at('2026-10-25T00:00:00Z'))).toBe(true);
    expect(isRepeatedLocalTime(at('2026-10-25T01:00:00Z'))).toBe(true);
    expect(isRepeatedLocalTime(at('2026-10-25T00:45:00Z'))).toBe(true);
  });

  it('is false for the hours around it and for the spring change', () => {
    expect(isRepeatedLocalTime(at('2026-10-24T23:00:00Z'))).toBe(false);
    expect(isRepeatedLocalTime(at('2026-10-25T02:00:00Z'))).toBe(false);
    expect(isRepeatedLocalTime(at('2026-03-29T01:00:00Z'))).toBe(false);
    expect(isRepeatedLocalTime(at('2026-11-20T10:00:00Z'))).toBe(false);
  });
});
