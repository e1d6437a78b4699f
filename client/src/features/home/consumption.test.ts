import { describe, expect, it } from 'vitest';
import { comparisonRange } from './consumption.js';

describe('comparisonRange', () => {
  it('compares this month up to yesterday with the same days a year earlier', () => {
    expect(comparisonRange('2026-03-15')).toEqual({
      from: '2026-03-01',
      to: '2026-03-14',
      lastYearFrom: '2025-03-01',
      lastYearTo: '2025-03-14',
      previousMonth: false,
    });
  });

  it('compares the whole of last month on the 1st, over a year end too', () => {
    expect(comparisonRange('2026-01-01')).toEqual({
      from: '2025-12-01',
      to: '2025-12-31',
      lastYearFrom: '2024-12-01',
      lastYearTo: '2024-12-31',
      previousMonth: true,
    });
  });

  it('compares whole months with whole months, 29 February included', () => {
    expect(comparisonRange('2029-03-01')).toMatchObject({ from: '2029-02-01', to: '2029-02-28', lastYearTo: '2028-02-29' });
    expect(comparisonRange('2028-03-01')).toMatchObject({ to: '2028-02-29', lastYearTo: '2027-02-28' });
  });
});
