import { describe, expect, it } from 'vitest';
import {
  fitsCap,
  granularityForLength,
  granularityFromParam,
  paramOfGranularity,
  partWithData,
  presetRange,
  rangeAgainst,
  rangeProblem,
} from './series-range.js';

describe('presetRange', () => {
  it('covers the next seven days from today, or the seven before it ending yesterday', () => {
    expect(presetRange('next-7-days', '2026-03-01', 'today')).toEqual({ from: '2026-03-01', to: '2026-03-07' });
    expect(presetRange('last-7-days', '2026-03-01', 'today')).toEqual({ from: '2026-02-22', to: '2026-02-28' });
  });

  it('ends this month where the data ends', () => {
    expect(presetRange('this-month', '2026-03-15', 'today')).toEqual({ from: '2026-03-01', to: '2026-03-15' });
    expect(presetRange('this-month', '2026-03-15', 'yesterday')).toEqual({ from: '2026-03-01', to: '2026-03-14' });
    expect(presetRange('this-month', '2026-03-15', 'end-of-month')).toEqual({ from: '2026-03-01', to: '2026-03-31' });
  });

  it('is just today on the 1st when the month ends yesterday', () => {
    expect(presetRange('this-month', '2026-03-01', 'yesterday')).toEqual({ from: '2026-03-01', to: '2026-03-01' });
  });

  it('takes the whole previous month, over a year end and in leap years', () => {
    expect(presetRange('last-month', '2026-01-10', 'today')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(presetRange('last-month', '2028-03-31', 'today')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it('takes the last twelve months ending yesterday', () => {
    expect(presetRange('last-12-months', '2026-03-15', 'today')).toEqual({ from: '2025-03-15', to: '2026-03-14' });
  });
});

describe('granularity params', () => {
  it('round-trips every granularity through its URL name', () => {
    for (const granularity of ['QUARTER_HOUR', 'HOUR', 'DAY', 'MONTH'] as const) {
      expect(granularityFromParam(paramOfGranularity(granularity))).toBe(granularity);
    }
    expect(paramOfGranularity('QUARTER_HOUR')).toBe('quarter-hour');
  });

  it('reads unknown or missing names as null (the API value is not a URL name)', () => {
    expect(granularityFromParam(null)).toBeNull();
    expect(granularityFromParam('HOUR')).toBeNull();
    expect(granularityFromParam('week')).toBeNull();
  });
});

describe('fitsCap', () => {
  it('allows hours for 13 months at most, days and months for 10 years', () => {
    expect(fitsCap({ from: '2025-01-01', to: '2026-01-31' }, 'HOUR')).toBe(true);
    expect(fitsCap({ from: '2025-01-01', to: '2026-02-01' }, 'HOUR')).toBe(false);
    expect(fitsCap({ from: '2025-01-01', to: '2026-02-01' }, 'DAY')).toBe(true);
    expect(fitsCap({ from: '2016-01-01', to: '2026-01-01' }, 'MONTH')).toBe(false);
  });
});

describe('granularityForLength', () => {
  it('picks hours up to a week, days up to a quarter and months beyond', () => {
    expect(granularityForLength({ from: '2026-03-01', to: '2026-03-07' })).toBe('HOUR');
    expect(granularityForLength({ from: '2026-03-01', to: '2026-03-08' })).toBe('DAY');
    // 92 days across the spring DST change: days are counted in dates, not in hours.
    expect(granularityForLength({ from: '2026-03-01', to: '2026-05-31' })).toBe('DAY');
    expect(granularityForLength({ from: '2026-03-01', to: '2026-06-01' })).toBe('MONTH');
  });
});

describe('rangeProblem', () => {
  it('names the first thing wrong with a typed range', () => {
    expect(rangeProblem(null, '2026-03-01', 'DAY')).toBe('missing');
    expect(rangeProblem('2026-03-01', '', 'DAY')).toBe('missing');
    expect(rangeProblem('2026-02-30', '2026-03-01', 'DAY')).toBe('invalid');
    expect(rangeProblem('2026-03-01', '01/04/2026', 'DAY')).toBe('invalid');
    expect(rangeProblem('1899-12-31', '2026-03-01', 'DAY')).toBe('tooEarly');
    expect(rangeProblem('2026-03-02', '2026-03-01', 'DAY')).toBe('toBeforeFrom');
    expect(rangeProblem('2025-01-01', '2026-03-01', 'HOUR')).toBe('tooLong');
  });

  it('is null for a range that can be asked for', () => {
    expect(rangeProblem('2026-03-01', '2026-03-01', 'QUARTER_HOUR')).toBeNull();
    expect(rangeProblem('2025-01-01', '2026-03-01', 'DAY')).toBeNull();
  });
});

describe('ranges against the days with data', () => {
  const window = { from: '2026-01-01', to: '2026-06-30' };

  it('says whether a range lies before, after or over them', () => {
    expect(rangeAgainst(window, { from: '2025-12-01', to: '2025-12-31' })).toBe('before');
    expect(rangeAgainst(window, { from: '2026-07-01', to: '2026-07-31' })).toBe('after');
    expect(rangeAgainst(window, { from: '2025-12-31', to: '2026-01-01' })).toBe('overlaps');
    expect(rangeAgainst(window, { from: '2026-06-30', to: '2026-07-31' })).toBe('overlaps');
  });

  it('gives the part that has data, or null when all of it has', () => {
    expect(partWithData(window, { from: '2026-02-01', to: '2026-02-28' })).toBeNull();
    expect(partWithData(window, window)).toBeNull();
    expect(partWithData(window, { from: '2025-12-15', to: '2026-01-15' })).toEqual({ from: '2026-01-01', to: '2026-01-15' });
    expect(partWithData(window, { from: '2026-06-15', to: '2026-07-15' })).toEqual({ from: '2026-06-15', to: '2026-06-30' });
    expect(partWithData(window, { from: '2025-01-01', to: '2027-01-01' })).toEqual(window);
  });
});
