import { addDays, addMonths } from '@portal/shared';
import { useMemo } from 'react';
import { SeriesSection } from '../../components/series-page.js';
import { SeriesReport } from '../../components/series-report.js';
import type { ChartSeries } from '../../components/time-series-chart.js';
import type { ForecastSeriesQuery } from '../../__generated__/graphql.js';
import { useFormat } from '../../lib/format.js';
import { alignToBuckets, chartBuckets } from '../../lib/series-buckets.js';
import { HOURS_OR_DAYS, type SeriesParamsOptions } from '../../lib/use-series-params.js';
import { FORECAST_SERIES } from './forecast.documents.js';
import { useMessages } from './forecast.messages.js';
import './forecast.css';

type Series = ForecastSeriesQuery['forecasts'];

/** Forecasts are kept from 3 months back and issued up to 7 days ahead. */
const HISTORY_MONTHS = 3;
const DAYS_AHEAD = 7;
const FORECAST_COLOR = '#1f5fbf';

const SERIES_OPTIONS: SeriesParamsOptions = {
  ...HOURS_OR_DAYS,
  presets: ['next-7-days', 'last-7-days', 'this-month', 'last-month', 'custom'],
  monthEnd: 'end-of-month',
};

export default function ForecastSection() {
  const m = useMessages();
  return (
    <SeriesSection section="FORECAST" query={FORECAST_SERIES} options={SERIES_OPTIONS} text={m}>
      {(data, today) => <ForecastResult series={data.forecasts} today={today} />}
    </SeriesSection>
  );
}

function ForecastResult({ series, today }: { series: Series; today: string }) {
  const m = useMessages();
  const f = useFormat();
  const buckets = useMemo(() => chartBuckets({ from: series.from, to: series.to }, series.granularity), [series.from, series.to, series.granularity]);
  const chartSeries = useMemo<ChartSeries[]>(
    () => [
      {
        label: m('chart.series'),
        values: alignToBuckets(buckets.starts, series.points, (point) => point.kWh),
        color: FORECAST_COLOR,
        style: series.granularity === 'DAY' ? 'bars' : 'line',
      },
    ],
    [buckets, series.points, series.granularity, m],
  );

  return (
    <SeriesReport
      series={series}
      window={{ from: addMonths(today, -HISTORY_MONTHS), to: addDays(today, DAYS_AHEAD) }}
      text={m}
      chart={{ times: buckets.times, series: chartSeries }}
      summary={
        <dl className="cards forecast-stats">
          <div className="card">
            <dt className="muted">{m('summary.total')}</dt>
            <dd className="stat" data-testid="forecast-total">
              {f.kWh(series.total)}
            </dd>
          </div>
          <div className="card">
            <dt className="muted">{m('summary.points')}</dt>
            <dd className="stat">{f.number(series.points.length)}</dd>
          </div>
        </dl>
      }
      columns={[{ header: m('table.kWh'), numeric: true, cell: (point) => f.number(point.kWh, 3) }]}
      csv={{ filePrefix: m('csv.filePrefix'), columns: [{ header: m('table.kWh'), value: (point) => point.kWh, decimal: true }] }}
    />
  );
}
