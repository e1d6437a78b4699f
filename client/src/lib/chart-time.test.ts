import { describe, expect, it } from 'vitest';
import { chartTimeLabels, granularityOf, labelledTimes, paddedRange, stackFromEnd, tickSteps } from './chart-time.js';

const at = (iso: string) => Date.parse(iso) / 1000;

describe('chart time labels', () => {
  it('names days by their date and months by their month, in the UI language', () => {
    // Madrid midnight of 5 January and 1 March 2026.
    expect(chartTimeLabels('es-ES', 'DAY').axis(at('2026-01-04T23:00:00Z'), false, 0)).toBe('5 ene');
    expect(chartTimeLabels('en-GB', 'DAY').axis(at('2026-01-04T23:00:00Z'), false, 0)).toBe('5 Jan');
    expect(chartTimeLabels('es-ES', 'MONTH').axis(at('2026-02-28T23:00:00Z'), false, 0)).toBe('mar 2026');
    expect(chartTimeLabels('en-GB', 'MONTH').axis(at('2026-02-28T23:00:00Z'), false, 0)).toBe('Mar 2026');
  });

  it('never labels a day chart with bare hours, whatever the tick step', () => {
    const labels = chartTimeLabels('es-ES', 'DAY');
    for (const step of [3_600, 8 * 3_600, 86_400]) expect(labels.axis(at('2026-01-05T07:00:00Z'), false, step)).not.toMatch(/:/);
  });

  it('gives hours their date on the first tick and at each Madrid midnight, only the date when ticks are days apart', () => {
    const labels = chartTimeLabels('es-ES', 'HOUR');
    expect(labels.axis(at('2026-01-05T07:00:00Z'), true, 8 * 3_600)).toBe('08:00\n5 ene');
    expect(labels.axis(at('2026-01-05T15:00:00Z'), false, 8 * 3_600)).toBe('16:00');
    expect(labels.axis(at('2026-01-05T23:00:00Z'), false, 8 * 3_600)).toBe('00:00\n6 ene');
    expect(labels.axis(at('2026-01-05T23:00:00Z'), false, 86_400)).toBe('6 ene');
  });

  it('names the bucket under the cursor as fully as its size allows', () => {
    expect(chartTimeLabels('es-ES', 'MONTH').legend(at('2026-02-28T23:00:00Z'))).toBe('marzo de 2026');
    expect(chartTimeLabels('es-ES', 'DAY').legend(at('2026-01-04T23:00:00Z'))).toBe('5 ene 2026');
    expect(chartTimeLabels('en-GB', 'HOUR').legend(at('2026-01-05T07:00:00Z'))).toBe('5 Jan 2026, 08:00');
  });
});

describe('granularityOf', () => {
  it('reads the bucket size from the times, DST days and short months included', () => {
    expect(granularityOf([0, 900, 1800])).toBe('QUARTER_HOUR');
    expect(granularityOf([0, 3_600])).toBe('HOUR');
    expect(granularityOf([at('2026-03-28T23:00:00Z'), at('2026-03-29T22:00:00Z')])).toBe('DAY');
    expect(granularityOf([at('2026-01-31T23:00:00Z'), at('2026-02-28T23:00:00Z')])).toBe('MONTH');
  });
});

describe('labelledTimes', () => {
  it('labels every bucket when they fit, and every n-th bucket when they do not', () => {
    const days = Array.from({ length: 31 }, (_, i) => i * 86_400);
    expect(labelledTimes(days.slice(0, 7), 700, 64)).toEqual(days.slice(0, 7));
    const some = labelledTimes(days, 640, 64);
    expect(some.length).toBeLessThanOrEqual(10);
    expect(some[0]).toBe(0);
    expect(some.every((t) => days.includes(t))).toBe(true);
  });
});

describe('stackFromEnd', () => {
  it('draws each series as the sum of itself and the ones after it; a bucket empty in all stays a gap', () => {
    expect(stackFromEnd([[298.8, null, null], [1.2, 12, null]])).toEqual([[300, 12, null], [1.2, 12, null]]);
  });
});

describe('paddedRange and tickSteps', () => {
  it('leaves half a bucket either side, so the first and last bars are whole', () => {
    expect(paddedRange([86_400, 2 * 86_400], 'DAY')).toEqual([43_200, 2.5 * 86_400]);
    expect(paddedRange([3_600], 'HOUR')).toEqual([1_800, 5_400]);
  });

  it('never puts an hourly tick between hours', () => {
    expect(Math.min(...tickSteps('HOUR'))).toBe(3_600);
    expect(Math.min(...tickSteps('QUARTER_HOUR'))).toBe(900);
  });
});
