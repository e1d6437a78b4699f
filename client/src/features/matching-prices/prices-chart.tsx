import { useMemo, type ReactNode } from 'react';
import { TimeSeriesChart, type ChartSeries } from '../../components/time-series-chart.js';
import { useMessages } from './prices.messages.js';

const SPAIN_COLOR = '#1f5fbf';
const PORTUGAL_COLOR = '#d9822b';

/** A row as the chart reads it: its start in Unix seconds and the two prices in €/MWh. */
export type ChartPoint = { time: number; es: string; pt: string };

/**
 * Spain and Portugal as two lines, in the same colours in both views. `read` must be a module-level
 * function: a new one on every render would redraw the chart each time.
 */
export function PricesChart<Row>({ rows, read, label }: { rows: readonly Row[]; read: (row: Row) => ChartPoint; label: string }) {
  const m = useMessages();
  const chart = useMemo(() => {
    const points = rows.map(read);
    const series: ChartSeries[] = [
      { label: m('spain'), values: points.map((point) => Number(point.es)), color: SPAIN_COLOR },
      { label: m('portugal'), values: points.map((point) => Number(point.pt)), color: PORTUGAL_COLOR },
    ];
    return { times: points.map((point) => point.time), series };
  }, [rows, read, m]);
  return <TimeSeriesChart times={chart.times} series={chart.series} label={label} yLabel={m('unit')} />;
}

/** The one h2 of the prices below the controls (the e2e and screen readers find the view by it). */
export function PricesPanel({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby="prices-heading">
      <h2 id="prices-heading">{heading}</h2>
      {children}
    </section>
  );
}
