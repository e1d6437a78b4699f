import { LOCAL_TIME_ZONE } from '@portal/shared';
import { useEffect, useRef } from 'react';
import uPlot, { type AlignedData, type Options } from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { TimeSeriesChartProps } from './time-series-chart.js';

const bars = uPlot.paths.bars!({ size: [0.8, 40] });

/** The canvas behind TimeSeriesChart; only ever loaded through its lazy import. */
const DAY_SECONDS = 86_400;

/** Axis and legend labels in the user's language and Madrid time (uPlot's own are US English). */
function timeLabels(locale: string) {
  const zone = { timeZone: LOCAL_TIME_ZONE };
  const hour = new Intl.DateTimeFormat(locale, { ...zone, hour: '2-digit', minute: '2-digit' });
  const day = new Intl.DateTimeFormat(locale, { ...zone, day: 'numeric', month: 'short' });
  const month = new Intl.DateTimeFormat(locale, { ...zone, month: 'short', year: 'numeric' });
  const full = new Intl.DateTimeFormat(locale, { ...zone, dateStyle: 'medium', timeStyle: 'short' });
  return {
    axis: (seconds: number, step: number) =>
      (step < DAY_SECONDS ? hour : step < 28 * DAY_SECONDS ? day : month).format(new Date(seconds * 1000)),
    legend: (seconds: number) => full.format(new Date(seconds * 1000)),
  };
}

export default function TimeSeriesChartCanvas({ times, series, label, yLabel, rightLabel, height = 320, locale }: TimeSeriesChartProps & { locale: string }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const labels = timeLabels(locale);
    const options: Options = {
      width: Math.max(element.clientWidth, 280),
      height,
      // Ticks fall on Madrid midnights and hours, like the table and the CSV.
      tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), LOCAL_TIME_ZONE),
      cursor: { drag: { x: true, y: false } },
      legend: { live: true },
      // Bars and energy read honestly only from zero (negative deviations and prices still fit).
      scales: {
        x: { time: true },
        y: { range: (_plot, min, max) => uPlot.rangeNum(Math.min(0, min), Math.max(0, max), 0.1, true) },
        right: { range: (_plot, min, max) => uPlot.rangeNum(Math.min(0, min), Math.max(0, max), 0.1, true) },
      },
      axes: [
        { values: (_plot, splits, _axis, _space, step) => splits.map((seconds) => labels.axis(seconds, step)) },
        { label: yLabel, size: 70 },
        ...(rightLabel ? [{ label: rightLabel, scale: 'right', side: 1, grid: { show: false }, size: 60 }] : []),
      ],
      series: [
        { value: (_plot, seconds) => (seconds == null ? '—' : labels.legend(seconds)) },
        ...series.map((s) => ({
          label: s.label,
          stroke: s.color,
          fill: s.style === 'bars' ? `${s.color}99` : undefined,
          width: s.style === 'bars' ? 0 : 1.5,
          paths: s.style === 'bars' ? bars : undefined,
          points: { show: false },
          spanGaps: false,
          scale: s.rightAxis ? 'right' : 'y',
        })),
      ],
    };
    const data = [times, ...series.map((s) => s.values)] as unknown as AlignedData;
    const plot = new uPlot(options, data, element);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(element.clientWidth, 280), height }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [times, series, yLabel, rightLabel, height, locale]);

  return <div ref={container} className="chart" role="img" aria-label={label} />;
}
