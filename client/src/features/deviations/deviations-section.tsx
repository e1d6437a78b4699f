import { addDays, addMonths } from '@portal/shared';
import { useMemo } from 'react';
import { SeriesSection } from '../../components/series-page.js';
import { SeriesReport } from '../../components/series-report.js';
import type { ChartSeries } from '../../components/time-series-chart.js';
import type { DeviationsSeriesQuery } from '../../__generated__/graphql.js';
import { useFormat } from '../../lib/format.js';
import { alignToBuckets, chartBuckets } from '../../lib/series-buckets.js';
import { HOURS_OR_DAYS, type SeriesParamsOptions } from '../../lib/use-series-params.js';
import { DEVIATION_SERIES } from './deviations.documents.js';
import { useMessages } from './deviations.messages.js';
import './deviations.css';

type Series = DeviationsSeriesQuery['deviations'];

/** Forecasts are kept from 3 months back; measurements reach the end of yesterday. */
const HISTORY_MONTHS = 3;
const COLORS = { forecast: '#1f5fbf', measured: '#0b6e4f', deviation: '#b35900' };

const SERIES_OPTIONS: SeriesParamsOptions = {
  ...HOURS_OR_DAYS,
  // No preset looks ahead: a deviation needs a measurement, and those end yesterday.
  presets: ['last-7-days', 'this-month', 'last-month', 'custom'],
  monthEnd: 'yesterday',
};

export default function DeviationsSection() {
  const m = useMessages();
  return (
    <SeriesSection section="DEVIATIONS" query={DEVIATION_SERIES} options={SERIES_OPTIONS} text={m}>
      {(data, today) => <DeviationResult series={data.deviations} today={today} />}
    </SeriesSection>
  );
}

/** A deviation with its sign: +2,00 kWh above the forecast, -1,00 kWh below. */
function signed(value: string, formatted: string): string {
  return Number(value) > 0 ? `+${formatted}` : formatted;
}

function DeviationResult({ series, today }: { series: Series; today: string }) {
  const m = useMessages();
  const f = useFormat();
  const buckets = useMemo(() => chartBuckets({ from: series.from, to: series.to }, series.granularity), [series.from, series.to, series.granularity]);
  const chartSeries = useMemo<ChartSeries[]>(
    () => [
      { label: m('chart.forecast'), values: alignToBuckets(buckets.starts, series.points, (p) => p.forecastKWh), color: COLORS.forecast },
      { label: m('chart.measured'), values: alignToBuckets(buckets.starts, series.points, (p) => p.measuredKWh), color: COLORS.measured },
      {
        label: m('chart.deviation'),
        values: alignToBuckets(buckets.starts, series.points, (p) => p.deviationKWh),
        color: COLORS.deviation,
        style: 'bars',
      },
    ],
    [buckets, series.points, m],
  );
  const { summary } = series;

  return (
    <SeriesReport
      series={series}
      window={{ from: addMonths(today, -HISTORY_MONTHS), to: addDays(today, -1) }}
      text={m}
      chart={{ times: buckets.times, series: chartSeries }}
      summary={
        <>
          <dl className="cards deviations-stats">
            <div className="card">
              <dt className="muted">{m('summary.measured')}</dt>
              <dd className="stat">{f.kWh(summary.measuredKWh)}</dd>
            </div>
            <div className="card">
              <dt className="muted">{m('summary.forecast')}</dt>
              <dd className="stat">{f.kWh(summary.forecastKWh)}</dd>
            </div>
            <div className="card">
              <dt className="muted">{m('summary.net')}</dt>
              <dd className="stat" data-testid="net-deviation">
                {signed(summary.deviationKWh, f.kWh(summary.deviationKWh))}
                {summary.deviationPercent != null ? ` (${signed(summary.deviationPercent, f.percent(summary.deviationPercent, 2))})` : ''}
              </dd>
              <dd className="muted">{m('summary.netHint')}</dd>
            </div>
            <div className="card">
              <dt className="muted">{m('summary.absolute')}</dt>
              <dd className="stat" data-testid="absolute-deviation">
                {f.kWh(summary.absoluteDeviationKWh)}
              </dd>
              <dd className="muted">{m('summary.absoluteHint')}</dd>
            </div>
          </dl>
          {summary.worstIntervals.length > 0 ? (
            <>
              <h3 id="deviations-worst">{m('worst.title')}</h3>
              <ol aria-labelledby="deviations-worst">
                {summary.worstIntervals.map((point) => (
                  <li key={point.start}>
                    {m('worst.item', {
                      time: f.dateTime(point.start),
                      kWh: signed(point.deviationKWh, f.kWh(point.deviationKWh)),
                      percent: point.deviationPercent != null ? signed(point.deviationPercent, f.percent(point.deviationPercent, 2)) : m('table.noPercent'),
                    })}
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </>
      }
      columns={[
        { header: m('table.forecast'), numeric: true, cell: (point) => f.number(point.forecastKWh, 3) },
        { header: m('table.measured'), numeric: true, cell: (point) => f.number(point.measuredKWh, 3) },
        { header: m('table.deviation'), numeric: true, cell: (point) => signed(point.deviationKWh, f.number(point.deviationKWh, 3)) },
        {
          header: m('table.percent'),
          numeric: true,
          cell: (point) =>
            point.deviationPercent != null ? (
              signed(point.deviationPercent, f.number(point.deviationPercent, 2))
            ) : (
              <>
                <span aria-hidden="true">—</span>
                <span className="visually-hidden">{m('table.noPercent')}</span>
              </>
            ),
        },
      ]}
      csv={{
        filePrefix: m('csv.filePrefix'),
        columns: [
          { header: m('table.forecast'), value: (point) => point.forecastKWh, decimal: true },
          { header: m('table.measured'), value: (point) => point.measuredKWh, decimal: true },
          { header: m('table.deviation'), value: (point) => point.deviationKWh, decimal: true },
          { header: m('table.percent'), value: (point) => point.deviationPercent ?? null, decimal: true },
        ],
      }}
    />
  );
}
