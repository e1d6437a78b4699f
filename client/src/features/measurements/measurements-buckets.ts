import type { Granularity } from '../../__generated__/graphql.js';
import { estimatedPart as estimatedPartOf, expectedStarts, HOUR_MS, QUARTER_MS, type EstimatedPart } from '../../lib/series-buckets.js';
import type { LocalRange } from '../../lib/series-range.js';

/** What the API returns per bucket (decimals as strings); estimatedKWh is the part of kWh from estimated intervals. */
export type SeriesPoint = { start: string; kWh: string; estimated: boolean; estimatedKWh: string; intervals: number };

export function estimatedPart(point: SeriesPoint): EstimatedPart {
  return estimatedPartOf({ estimated: point.estimated, kWh: Number(point.kWh), estimatedKWh: Number(point.estimatedKWh) });
}

/** One bucket of the range: its start (epoch ms) and the API's point, or null where nothing was measured. */
export type Bucket = { start: number; point: SeriesPoint | null };

export type BucketView = {
  buckets: Bucket[];
  /** Unix seconds of each bucket, for the chart. */
  times: number[];
  /** The real kWh of each bucket; null where nothing was measured or all of it is estimated. */
  real: (number | null)[];
  /** The estimated kWh of each bucket with some estimate, null elsewhere: with `real`, the two parts of its bar. */
  estimated: (number | null)[];
  /** Buckets with no point (gaps, or hours not yet measured). */
  missing: number;
  /** Some bucket sums more intervals than it has hours: the data is finer than hourly. */
  hasSubHourly: boolean;
};

/**
 * The chart's and table's view of a series: one bucket per expected start (up to now), each
 * with its point or null, and the two chart series: the real and the estimated part of each bucket.
 */
export function bucketView(range: LocalRange, granularity: Granularity, points: readonly SeriesPoint[], now: number): BucketView {
  const byStart = new Map<number, SeriesPoint>();
  for (const point of points) byStart.set(Date.parse(point.start), point);

  // QUARTER_HOUR returns stored rows as they are: hourly rows stay hourly, so step by what came back.
  let step = QUARTER_MS;
  if (granularity === 'QUARTER_HOUR') {
    const starts = [...byStart.keys()];
    step = starts.some((start, i) => i > 0 && start - starts[i - 1]! === QUARTER_MS) ? QUARTER_MS : HOUR_MS;
  }
  const expected = expectedStarts(range, granularity, step);

  // Union of the expected starts and the points' own (a point never goes unseen), in time order.
  const all = expected.starts.slice();
  const expectedSet = new Set(expected.starts);
  for (const start of byStart.keys()) if (!expectedSet.has(start)) all.push(start);
  if (all.length !== expected.starts.length) all.sort((a, b) => a - b);

  const buckets: Bucket[] = [];
  const times: number[] = [];
  const real: (number | null)[] = [];
  const estimated: (number | null)[] = [];
  let missing = 0;
  let hasSubHourly = granularity === 'QUARTER_HOUR' && step === QUARTER_MS;
  for (let i = 0; i < all.length; i++) {
    const start = all[i]!;
    const point = byStart.get(start) ?? null;
    // Buckets not started yet are not gaps: they are simply not drawn.
    if (!point && start >= now) continue;
    if (point && !hasSubHourly) {
      const hours = ((all[i + 1] ?? expected.end) - start) / HOUR_MS;
      if (point.intervals > Math.round(hours)) hasSubHourly = true;
    }
    buckets.push({ start, point });
    times.push(start / 1000);
    const part = point ? estimatedPart(point) : null;
    const estimatedKWh = point && part!.kind !== 'real' ? Number(point.estimatedKWh) : null;
    real.push(point && part!.kind !== 'estimated' ? Number(point.kWh) - (estimatedKWh ?? 0) : null);
    estimated.push(estimatedKWh);
    if (!point) missing++;
  }
  return { buckets, times, real, estimated, missing, hasSubHourly };
}
