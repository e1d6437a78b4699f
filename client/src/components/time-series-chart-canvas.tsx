import { useEffect, useRef } from 'react';
import uPlot, { type AlignedData, type Axis, type Options } from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { chartTimeLabels, granularityOf, labelledTimes, paddedRange, stackFromEnd, tickSteps } from '../lib/chart-time.js';
import { LOCAL_TIME_ZONE } from '@portal/shared';
import type { TimeSeriesChartProps } from './time-series-chart.js';

const bars = uPlot.paths.bars!({ size: [0.8, 40] });
/** Markers are points alone: no line joins them. */
const noPath = () => null;

/** The width inside the box's padding: the canvas drawn at clientWidth would stick out of it. */
function contentWidth(element: HTMLElement): number {
  const style = getComputedStyle(element);
  return Math.max(element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight), 280);
}

/** Room each day or month label needs on the axis, in CSS pixels. */
const LABEL_PX = { DAY: 64, MONTH: 84 } as const;

type CanvasProps = TimeSeriesChartProps & { locale: string; timeLabel: string };

/** The canvas behind TimeSeriesChart; only ever loaded through its lazy import. */
export default function TimeSeriesChartCanvas({ times, series, label, yLabel, rightLabel, height = 320, granularity, locale, timeLabel }: CanvasProps) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const bucket = granularity ?? granularityOf(times);
    const labels = chartTimeLabels(locale, bucket);
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
    // Axis and legend labels in the user's language and Madrid time (uPlot's own are US English).
    const timeAxis: Axis =
      bucket === 'DAY' || bucket === 'MONTH'
        ? {
            // One label per bucket that fits, each on its bucket's bar.
            splits: (plot, _axis, min, max) =>
              labelledTimes(
                times.filter((t) => t >= min && t <= max),
                plot.bbox.width / uPlot.pxRatio,
                LABEL_PX[bucket],
              ),
            values: (_plot, splits) => splits.map((seconds, index) => labels.axis(seconds, index === 0, 0)),
          }
        : {
            incrs: tickSteps(bucket),
            values: (_plot, splits, _axis, _space, step) => splits.map((seconds, index) => labels.axis(seconds, index === 0, step)),
          };
    const stacked = series.filter((s) => s.stacked);
    const stackedValues = stackFromEnd(stacked.map((s) => s.values));
    const drawn = series.map((s) => (s.stacked ? stackedValues[stacked.indexOf(s)]! : s.style === 'markers' ? (s.at ?? s.values) : s.values));
    const [xMin, xMax] = paddedRange(times, bucket);
    const options: Options = {
      width: contentWidth(element),
      height,
      // Ticks fall on Madrid midnights and hours, like the table and the CSV.
      tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), LOCAL_TIME_ZONE),
      cursor: { drag: { x: true, y: false } },
      legend: { live: true },
      // Bars and energy read honestly only from zero (negative deviations and prices still fit).
      scales: {
        // Half a bucket of room at each end, so the first and last bars are whole.
        x: { time: true, range: (_plot, min, max) => (min === times[0] && max === times[times.length - 1] ? [xMin, xMax] : [min, max]) },
        y: { range: (_plot, min, max) => uPlot.rangeNum(Math.min(0, min), Math.max(0, max), 0.1, true) },
        right: { range: (_plot, min, max) => uPlot.rangeNum(Math.min(0, min), Math.max(0, max), 0.1, true) },
      },
      axes: [
        timeAxis,
        { label: yLabel, size: 70, values: (_plot, splits) => splits.map((value) => number.format(value)) },
        ...(rightLabel ? [{ label: rightLabel, scale: 'right', side: 1, grid: { show: false }, size: 60 }] : []),
      ],
      series: [
        { label: timeLabel, value: (_plot, seconds) => (seconds == null ? '—' : labels.legend(seconds)) },
        ...series.map((s) => ({
          label: s.label,
          stroke: s.color,
          // Stacked parts are opaque: one painted over another must not blend into a third colour.
          fill: s.style === 'bars' ? (s.stacked ? s.color : `${s.color}99`) : undefined,
          width: s.style === 'line' || s.style === undefined ? 1.5 : 0,
          paths: s.style === 'bars' ? bars : s.style === 'markers' ? noPath : undefined,
          points: s.style === 'markers' ? { show: true, size: 10, width: 2, stroke: '#fff', fill: s.color } : { show: false },
          spanGaps: false,
          scale: s.rightAxis ? 'right' : 'y',
          // The legend shows each series' own value, not the height it is drawn at.
          value: (_plot: uPlot, _drawn: number | null, _series: number, index: number | null) => {
            const own = index == null ? null : s.values[index];
            return own == null ? '—' : number.format(own);
          },
        })),
      ],
    };
    const data = [times, ...drawn] as unknown as AlignedData;
    const plot = new uPlot(options, data, element);
    const resize = new ResizeObserver(() => plot.setSize({ width: contentWidth(element), height }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [times, series, yLabel, rightLabel, height, granularity, locale, timeLabel]);

  return <div ref={container} className="chart" role="img" aria-label={label} />;
}
