import { lazy, Suspense } from 'react';
import type { Granularity } from '../__generated__/graphql.js';
import { useFormat } from '../lib/format.js';
import { useChartMessages } from './time-series-chart.messages.js';

export type ChartSeries = {
  label: string;
  /** One value per time; null is a gap (drawn as a gap, never as zero). */
  values: readonly (number | null)[];
  color: string;
  /** 'markers': a dot per bucket where `at` has a height, nothing between (e.g. buckets mostly estimated). */
  style?: 'line' | 'bars' | 'markers';
  /** For markers: the height (y scale) each is drawn at, null for none; the legend still shows `values`. */
  at?: readonly (number | null)[];
  /** A second y axis on the right, for a series in another unit (e.g. %). */
  rightAxis?: boolean;
  /**
   * Bars stacked with the other stacked series: each bucket's bar is their sum, each series
   * painting its own part (e.g. the estimated part of a day); the legend shows each own value.
   */
  stacked?: boolean;
};

export type TimeSeriesChartProps = {
  /** Unix seconds of each point's start. */
  times: readonly number[];
  series: readonly ChartSeries[];
  /** What the chart shows, for screen readers (the table beside it has the numbers). */
  label: string;
  yLabel: string;
  rightLabel?: string;
  height?: number;
  /** The buckets' size, for the axis labels (dates for days, months for months); guessed from `times` when absent. */
  granularity?: Granularity;
};

// uPlot (canvas: a year of hourly points stays smooth) is a chunk of its own, loaded on first use.
const Chart = lazy(() => import('./time-series-chart-canvas.js'));

export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const { locale } = useFormat();
  const m = useChartMessages();
  return (
    <Suspense fallback={<div className="chart-placeholder" style={{ height: props.height ?? 320 }} aria-hidden="true" />}>
      <Chart {...props} locale={locale} timeLabel={m('time')} />
    </Suspense>
  );
}
