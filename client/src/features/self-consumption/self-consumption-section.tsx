import { EARLIEST_DATE } from '@portal/shared';
import { useMemo } from 'react';
import type { SelfConsumptionSeriesQuery } from '../../__generated__/graphql.js';
import { Badge } from '../../components/badge.js';
import { SeriesPage } from '../../components/series-page.js';
import { SeriesReport } from '../../components/series-report.js';
import { EmptyState } from '../../components/states.js';
import type { ChartSeries } from '../../components/time-series-chart.js';
import { useCsvExportMessages } from '../../components/csv-export.messages.js';
import { shareAsPercent } from '../../lib/csv.js';
import { useFormat } from '../../lib/format.js';
import { useI18n } from '../../lib/i18n.js';
import { alignToBuckets, chartBuckets } from '../../lib/series-buckets.js';
import { granularityForLength } from '../../lib/series-range.js';
import { usePeriodWords } from '../../lib/series.messages.js';
import type { SeriesParamsOptions } from '../../lib/use-series-params.js';
import { consumesEnergy, useSeriesQuery } from '../../lib/use-series-query.js';
import { SelfConsumptionSavings } from './self-consumption-savings.js';
import { SELF_CONSUMPTION_SERIES } from './self-consumption.documents.js';
import { useMessages } from './self-consumption.messages.js';
import './self-consumption.css';

type Series = SelfConsumptionSeriesQuery['selfConsumption'];

const COLORS = { consumed: '#1f5fbf', selfConsumed: '#0b6e4f', exported: '#b35900', selfSufficiency: '#6a1b9a' };

const SERIES_OPTIONS: SeriesParamsOptions = {
  presets: ['last-7-days', 'this-month', 'last-month', 'last-12-months', 'custom'],
  // Today's hours show as not yet measured, as on the measurements screen.
  monthEnd: 'today',
  granularities: ['HOUR', 'DAY', 'MONTH'],
  defaultGranularity: (range) => (range ? granularityForLength(range) : 'DAY'),
  coarsenTo: 'DAY',
};

/** /self-consumption: what the customer's installation produced, used and exported, from their own curves. */
export default function SelfConsumptionSection() {
  const { t } = useI18n();
  const m = useMessages();
  const state = useSeriesQuery(SELF_CONSUMPTION_SERIES, SERIES_OPTIONS, consumesEnergy);
  const period = usePeriodWords(state.params.range, state.params.granularity);
  const series = state.query.data?.selfConsumption;
  return (
    <SeriesPage
      title={t('section.SELF_CONSUMPTION')}
      subtitle={period ? m('subtitle', period) : undefined}
      state={state}
      filters={{ label: m('filters.label') }}
    >
      {series ? <SelfConsumptionResult series={series} today={state.params.today} /> : null}
    </SeriesPage>
  );
}

function SelfConsumptionResult({ series, today }: { series: Series; today: string }) {
  const m = useMessages();
  const c = useCsvExportMessages();
  const f = useFormat();
  const buckets = useMemo(() => chartBuckets({ from: series.from, to: series.to }, series.granularity), [series.from, series.to, series.granularity]);
  // The chart component draws series over each other, so stacking is drawn as layers: total
  // consumption behind, the self-consumed part in front of it (the rest is bought), exports below zero.
  const chartSeries = useMemo<ChartSeries[]>(() => {
    const align = (value: (point: Series['points'][number]) => string) => alignToBuckets(buckets.starts, series.points, value);
    return [
      { label: m('chart.consumed'), values: align((p) => String(Number(p.importedKWh) + Number(p.selfConsumedKWh))), color: COLORS.consumed, style: 'bars' },
      { label: m('chart.selfConsumed'), values: align((p) => p.selfConsumedKWh), color: COLORS.selfConsumed, style: 'bars' },
      { label: m('chart.exported'), values: align((p) => `-${p.exportedKWh}`), color: COLORS.exported, style: 'bars' },
      {
        label: m('chart.selfSufficiency'),
        values: align((p) => (p.selfSufficiency === null ? 'NaN' : String(Number(p.selfSufficiency) * 100))).map((v) => (Number.isNaN(v) ? null : v)),
        color: COLORS.selfSufficiency,
        style: 'line',
        rightAxis: true,
      },
    ];
  }, [buckets, series.points, m]);

  if (series.points.length > 0 && series.total.solarIntervals === 0) {
    return (
      <EmptyState title={m('noSolar.title')}>
        <p>{m('noSolar.text', { cups: series.cups })}</p>
      </EmptyState>
    );
  }

  const percent = (share: string | null) => (share === null ? m('summary.notAvailable') : f.percent(Number(share) * 100));
  const coarse = series.granularity !== 'HOUR';
  return (
    <>
    <SeriesReport
      series={series}
      window={{ from: EARLIEST_DATE, to: today }}
      text={m}
      chart={{ times: buckets.times, series: chartSeries }}
      summary={
        <dl className="cards self-consumption-stats">
          <Stat term={m('summary.selfConsumed')} value={f.kWh(series.total.selfConsumedKWh)} testId="self-consumed-total" />
          <Stat term={m('summary.imported')} value={f.kWh(series.total.importedKWh)} />
          <Stat term={m('summary.exported')} value={f.kWh(series.total.exportedKWh)} />
          <Stat term={m('summary.generated')} value={f.kWh(series.total.generatedKWh)} />
          <Stat term={m('summary.selfSufficiency')} value={percent(series.total.selfSufficiency)} note={m('summary.selfSufficiencyNote')} testId="self-sufficiency" />
          <Stat
            term={m('summary.selfConsumptionShare')}
            value={percent(series.total.selfConsumptionShare)}
            note={m('summary.selfConsumptionShareNote')}
            testId="self-consumption-share"
          />
          <Stat term={m('summary.estimated')} value={percent(series.total.estimatedShare)} note={m('summary.estimatedNote')} />
        </dl>
      }
      columns={[
        { header: m('table.selfConsumed'), numeric: true, cell: (p) => f.number(p.selfConsumedKWh, 3) },
        { header: m('table.imported'), numeric: true, cell: (p) => f.number(p.importedKWh, 3) },
        { header: m('table.exported'), numeric: true, cell: (p) => f.number(p.exportedKWh, 3) },
        { header: m('table.generated'), numeric: true, cell: (p) => f.number(p.generatedKWh, 3) },
        { header: m('table.selfSufficiency'), numeric: true, cell: (p) => percent(p.selfSufficiency) },
        { header: m('table.selfConsumptionShare'), numeric: true, cell: (p) => percent(p.selfConsumptionShare) },
        {
          header: m('table.kind'),
          cell: (p) => (p.estimated ? <Badge tone="warn">{m(coarse ? 'table.estimated' : 'table.estimatedHour')}</Badge> : <Badge tone="ok">{m('table.real')}</Badge>),
        },
      ]}
      csv={{
        filePrefix: m('csv.filePrefix'),
        columns: [
          { header: m('table.selfConsumed'), value: (p) => p.selfConsumedKWh, decimal: true },
          { header: m('table.imported'), value: (p) => p.importedKWh, decimal: true },
          { header: m('table.exported'), value: (p) => p.exportedKWh, decimal: true },
          { header: m('table.generated'), value: (p) => p.generatedKWh, decimal: true },
          { header: `${m('table.selfSufficiency')} (%)`, value: (p) => (p.selfSufficiency === null ? null : shareAsPercent(p.selfSufficiency)), decimal: true },
          {
            header: `${m('table.selfConsumptionShare')} (%)`,
            value: (p) => (p.selfConsumptionShare === null ? null : shareAsPercent(p.selfConsumptionShare)),
            decimal: true,
          },
          { header: m('table.estimatedHour'), value: (p) => (p.estimated ? c('value.yes') : c('value.no')) },
        ],
      }}
    />
    {series.points.length > 0 ? <SelfConsumptionSavings cups={series.cups} from={series.from} to={series.to} /> : null}
    </>
  );
}

function Stat({ term, value, note, testId }: { term: string; value: string; note?: string; testId?: string }) {
  return (
    <div className="card">
      <dt className="muted">{term}</dt>
      <dd className="stat" data-testid={testId}>
        {value}
      </dd>
      {note ? <dd className="muted">{note}</dd> : null}
    </div>
  );
}
