import { EARLIEST_DATE } from '@portal/shared';
import { useMemo } from 'react';
import type { SelfConsumptionSeriesQuery } from '../../__generated__/graphql.js';
import { Badge } from '../../components/badge.js';
import { SeriesSection } from '../../components/series-page.js';
import { SeriesReport } from '../../components/series-report.js';
import { EmptyState } from '../../components/states.js';
import type { ChartSeries } from '../../components/time-series-chart.js';
import { useCsvExportMessages } from '../../components/csv-export.messages.js';
import { shareAsPercent } from '../../lib/csv.js';
import { useFormat } from '../../lib/format.js';
import { alignToBuckets, chartBuckets, estimatedPart } from '../../lib/series-buckets.js';
import { granularityForLength } from '../../lib/series-range.js';
import type { SeriesParamsOptions } from '../../lib/use-series-params.js';
import { SelfConsumptionSavings } from './self-consumption-savings.js';
import { SELF_CONSUMPTION_SERIES } from './self-consumption.documents.js';
import { useMessages } from './self-consumption.messages.js';
import './self-consumption.css';

type Series = SelfConsumptionSeriesQuery['selfConsumption'];
type Point = Series['points'][number];

const COLORS = { imported: '#1f5fbf', selfConsumed: '#0b6e4f', exported: '#b35900', selfSufficiency: '#6a1b9a', estimated: '#d9480f' };

/** The chart marks a bucket whose consumption is more than this share estimated (the legend says so); the table gives every share. */
const ESTIMATED_MARK = 0.1;

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
  const m = useMessages();
  return (
    <SeriesSection section="SELF_CONSUMPTION" query={SELF_CONSUMPTION_SERIES} options={SERIES_OPTIONS} text={m}>
      {(data, today) => <SelfConsumptionResult series={data.selfConsumption} today={today} />}
    </SeriesSection>
  );
}

function SelfConsumptionResult({ series, today }: { series: Series; today: string }) {
  const m = useMessages();
  const c = useCsvExportMessages();
  const f = useFormat();
  const buckets = useMemo(() => chartBuckets({ from: series.from, to: series.to }, series.granularity), [series.from, series.to, series.granularity]);
  // Stacked: self-consumed at the bottom, bought from the grid on top of it (their sum is the
  // consumption), exports below zero; a marker on the buckets mostly estimated.
  const chartSeries = useMemo<ChartSeries[]>(() => {
    const align = (value: (point: Point) => string) => alignToBuckets(buckets.starts, series.points, value);
    const imported = align((p) => p.importedKWh);
    const selfConsumed = align((p) => p.selfConsumedKWh);
    const estimatedPercent = align((p) => (p.estimated ? shareAsPercent(p.estimatedShare) : '0'));
    return [
      { label: m('chart.imported'), values: imported, color: COLORS.imported, style: 'bars', stacked: true },
      { label: m('chart.selfConsumed'), values: selfConsumed, color: COLORS.selfConsumed, style: 'bars', stacked: true },
      { label: m('chart.exported'), values: align((p) => `-${p.exportedKWh}`), color: COLORS.exported, style: 'bars' },
      {
        label: m('chart.selfSufficiency'),
        values: align((p) => (p.selfSufficiency === null ? 'NaN' : shareAsPercent(p.selfSufficiency))).map((v) => (Number.isNaN(v) ? null : v)),
        color: COLORS.selfSufficiency,
        style: 'line',
        rightAxis: true,
      },
      {
        label: m('chart.estimated', { threshold: f.percent(ESTIMATED_MARK * 100, 0) }),
        values: estimatedPercent,
        at: estimatedPercent.map((percent, i) => (percent !== null && percent > ESTIMATED_MARK * 100 ? (imported[i] ?? 0) + (selfConsumed[i] ?? 0) : null)),
        color: COLORS.estimated,
        style: 'markers',
      },
    ];
  }, [buckets, series.points, m, f]);

  if (series.points.length > 0 && series.total.solarIntervals === 0) {
    return (
      <EmptyState title={m('noSolar.title')}>
        <p>{m('noSolar.text', { cups: series.cups })}</p>
      </EmptyState>
    );
  }

  const percent = (share: string | null) => (share === null ? m('summary.notAvailable') : f.percent(Number(share) * 100));
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
          <Stat term={m('summary.imported')} value={f.kWh(series.total.importedKWh)} testId="imported-total" />
          <Stat term={m('summary.exported')} value={f.kWh(series.total.exportedKWh)} testId="exported-total" />
          <Stat term={m('summary.generated')} value={f.kWh(series.total.generatedKWh)} testId="generated-total" />
          <Stat term={m('summary.selfSufficiency')} value={percent(series.total.selfSufficiency)} note={m('summary.selfSufficiencyNote')} testId="self-sufficiency" />
          <Stat
            term={m('summary.selfConsumptionShare')}
            value={percent(series.total.selfConsumptionShare)}
            note={m('summary.selfConsumptionShareNote')}
            testId="self-consumption-share"
          />
          <Stat term={m('summary.estimated')} value={percent(series.total.estimatedShare)} note={m('summary.estimatedNote')} testId="estimated-share" />
        </dl>
      }
      columns={[
        { header: m('table.selfConsumed'), numeric: true, cell: (p) => f.number(p.selfConsumedKWh, 3) },
        { header: m('table.imported'), numeric: true, cell: (p) => f.number(p.importedKWh, 3) },
        { header: m('table.exported'), numeric: true, cell: (p) => f.number(p.exportedKWh, 3) },
        { header: m('table.generated'), numeric: true, cell: (p) => f.number(p.generatedKWh, 3) },
        { header: m('table.selfSufficiency'), numeric: true, cell: (p) => percent(p.selfSufficiency) },
        { header: m('table.selfConsumptionShare'), numeric: true, cell: (p) => percent(p.selfConsumptionShare) },
        { header: m('table.kind'), cell: (p) => <EstimatedBadge point={p} /> },
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
          { header: m('csv.estimated'), value: (p) => (p.estimated ? c('value.yes') : c('value.no')) },
          { header: `${m('summary.estimated')} (%)`, value: (p) => shareAsPercent(p.estimatedShare), decimal: true },
        ],
      }}
    />
    {series.points.length > 0 ? <SelfConsumptionSavings cups={series.cups} from={series.from} to={series.to} /> : null}
    </>
  );
}

/** Real, estimated, or the share of the bucket's consumption that is estimated: the same part the chart marks. */
function EstimatedBadge({ point }: { point: Point }) {
  const m = useMessages();
  const f = useFormat();
  const part = estimatedPart({ estimated: point.estimated, kWh: Number(point.importedKWh) + Number(point.selfConsumedKWh), estimatedKWh: Number(point.estimatedKWh) });
  if (part.kind === 'real') return <Badge tone="ok">{m('table.real')}</Badge>;
  if (part.kind === 'estimated') return <Badge tone="warn">{m('table.estimated')}</Badge>;
  return <Badge tone="warn">{m('table.partlyEstimated', { share: f.percent(part.share * 100) })}</Badge>;
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
