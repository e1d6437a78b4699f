import { describe, expect, it } from 'vitest';
import { bucketView, estimatedPart, type SeriesPoint } from './measurements-buckets.js';

const day = (date: string) => ({ from: date, to: date });
// An estimated point is all estimate unless the test says how much of it is.
const point = (start: string, kWh: string, more: Partial<SeriesPoint> = {}): SeriesPoint => ({
  start,
  kWh,
  estimated: false,
  intervals: 1,
  ...more,
  estimatedKWh: more.estimatedKWh ?? (more.estimated ? kWh : '0.000'),
});
const LATER = Date.parse('2030-01-01T00:00:00Z');

describe('bucketView', () => {
  it('has a bucket per hour of the day, real and estimated apart, null in gaps', () => {
    const view = bucketView(
      day('2026-11-20'),
      'HOUR',
      [point('2026-11-19T23:00:00Z', '1.5'), point('2026-11-20T00:00:00Z', '2', { estimated: true })],
      LATER,
    );
    expect(view.buckets).toHaveLength(24);
    expect(view.times[0]).toBe(Date.parse('2026-11-19T23:00:00Z') / 1000);
    expect(view.real.slice(0, 3)).toEqual([1.5, null, null]);
    expect(view.estimated.slice(0, 3)).toEqual([null, 2, null]);
    expect(view.missing).toBe(22);
    expect(view.hasSubHourly).toBe(false);
  });

  it('does not draw, nor count as missing, the hours that have not started yet', () => {
    const now = Date.parse('2026-11-20T10:00:00Z'); // 11:00 in Madrid
    const view = bucketView(day('2026-11-20'), 'HOUR', [], now);
    expect(view.buckets).toHaveLength(11);
    expect(view.missing).toBe(11);
    expect(view.buckets.at(-1)!.start).toBe(Date.parse('2026-11-20T09:00:00Z'));
  });

  it('keeps a point that falls between expected starts, in time order', () => {
    const view = bucketView(day('2026-11-20'), 'HOUR', [point('2026-11-20T00:30:00Z', '0.7')], LATER);
    expect(view.buckets).toHaveLength(25);
    expect(view.buckets[2]).toEqual({ start: Date.parse('2026-11-20T00:30:00Z'), point: point('2026-11-20T00:30:00Z', '0.7') });
    expect(view.buckets.map((bucket) => bucket.start)).toEqual([...view.buckets.map((bucket) => bucket.start)].sort((a, b) => a - b));
  });

  it('steps quarter hours by the hour when the stored rows are hourly', () => {
    const hourly = bucketView(day('2026-11-20'), 'QUARTER_HOUR', [point('2026-11-19T23:00:00Z', '1'), point('2026-11-20T00:00:00Z', '1')], LATER);
    expect(hourly.buckets).toHaveLength(24);
    expect(hourly.hasSubHourly).toBe(false);

    const quarters = bucketView(day('2026-11-20'), 'QUARTER_HOUR', [point('2026-11-19T23:00:00Z', '1'), point('2026-11-19T23:15:00Z', '1')], LATER);
    expect(quarters.buckets).toHaveLength(96);
    expect(quarters.hasSubHourly).toBe(true);
  });

  it('sees finer-than-hourly data in a bucket with more intervals than hours, a 25-hour day not', () => {
    const quarterHourly = bucketView(day('2026-11-20'), 'DAY', [point('2026-11-19T23:00:00Z', '10', { intervals: 96 })], LATER);
    expect(quarterHourly.hasSubHourly).toBe(true);
    const autumnDay = bucketView(day('2026-10-25'), 'DAY', [point('2026-10-24T22:00:00Z', '10', { intervals: 25 })], LATER);
    expect(autumnDay.hasSubHourly).toBe(false);
    expect(autumnDay.missing).toBe(0);
  });
});

describe('estimated parts', () => {
  it('splits a day with a few estimated hours into its real and estimated kWh, not a wholly estimated bar', () => {
    const view = bucketView(
      { from: '2026-11-19', to: '2026-11-21' },
      'DAY',
      [
        point('2026-11-18T23:00:00Z', '300.000'),
        point('2026-11-19T23:00:00Z', '300.000', { estimated: true, estimatedKWh: '1.200' }),
        point('2026-11-20T23:00:00Z', '12.000', { estimated: true }),
      ],
      LATER,
    );
    expect(view.real).toEqual([300, 298.8, null]);
    expect(view.estimated).toEqual([null, 1.2, 12]);
  });

  it('gives the table the same share the chart draws', () => {
    expect(estimatedPart(point('2026-11-18T23:00:00Z', '300.000'))).toEqual({ kind: 'real' });
    expect(estimatedPart(point('2026-11-18T23:00:00Z', '250.000', { estimated: true, estimatedKWh: '1.000' }))).toEqual({ kind: 'partly', share: 0.004 });
    expect(estimatedPart(point('2026-11-18T23:00:00Z', '5.000', { estimated: true }))).toEqual({ kind: 'estimated' });
    // Nothing consumed in an estimated hour is still an estimate, not 0 % of one.
    expect(estimatedPart(point('2026-11-18T23:00:00Z', '0.000', { estimated: true }))).toEqual({ kind: 'estimated' });
  });
});
