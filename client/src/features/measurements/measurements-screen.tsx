import { useMemo, useState } from 'react';
import { CsvExport } from '../../components/csv-export.js';
import { useCsvExportMessages } from '../../components/csv-export.messages.js';
import { CustomerCurveUpload } from '../../components/customer-curve-upload.js';
import { SeriesPage } from '../../components/series-page.js';
import { EmptyState } from '../../components/states.js';
import { TimeSeriesChart, type ChartSeries } from '../../components/time-series-chart.js';
import { useFormat } from '../../lib/format.js';
import type { CsvFormat } from '../../lib/csv.js';
import { useI18n } from '../../lib/i18n.js';
import { paramOfGranularity } from '../../lib/series-range.js';
import { useSeriesQuery } from '../../lib/use-series-query.js';
import { bucketView } from './measurements-buckets.js';
import { measurementsCsv } from './measurements-csv.js';
import { MEASUREMENTS_PARAMS, useMeasurementsFilters } from './measurements-filters.js';
import { MEASUREMENTS_SERIES } from './measurements.documents.js';
import { useMessages } from './measurements.messages.js';
import { MeasurementsSummary } from './measurements-summary.js';
import { MeasurementsTable } from './measurements-table.js';

const REAL_COLOR = '#0b6e4f';
const ESTIMATED_COLOR = '#d9480f';

/** Consumption of one CUPS over a period: chart, totals, table and CSV of the same buckets. */
export function MeasurementsScreen() {
  const m = useMessages();
  const c = useCsvExportMessages();
  const { t } = useI18n();
  const f = useFormat();
  const state = useSeriesQuery(MEASUREMENTS_SERIES, MEASUREMENTS_PARAMS);
  const { supplyPoints, params, query } = state;
  // Buckets that have not started yet are not drawn as gaps; fixed when the screen opens.
  const [now] = useState(() => Date.now());

  const series = query.data?.measurements ?? null;

  // A year of hours is 8,760 buckets: derived once per result, so that unrelated renders
  // (language, pager, typing) neither rebuild the arrays nor re-create the chart.
  const view = useMemo(
    () => (series ? bucketView({ from: series.from, to: series.to }, series.granularity, series.points, now) : null),
    [series, now],
  );
  // Each bar is its bucket's kWh, its estimated part painted at the bottom in its own colour.
  const chartSeries = useMemo<ChartSeries[]>(
    () =>
      view
        ? [
            { label: m('chart.real'), values: view.real, color: REAL_COLOR, style: 'bars', stacked: true },
            { label: m('chart.estimated'), values: view.estimated, color: ESTIMATED_COLOR, style: 'bars', stacked: true },
          ]
        : [],
    [view, m],
  );

  const hasData = series !== null && view !== null && series.points.length > 0;
  const filters = useMeasurementsFilters(params, view?.hasSubHourly ?? false);

  function csv(format: CsvFormat): string {
    if (!series || !view) return '';
    const header = [c('header.cups'), c('header.start'), c('header.offset'), m('csv.kWh'), m('csv.estimated')] as const;
    return measurementsCsv(series.cups, view.buckets, { header, yes: c('value.yes'), no: c('value.no') }, format);
  }
  const fileName = series ? `${m('csv.filePrefix')}_${series.cups}_${series.from}_${series.to}_${paramOfGranularity(series.granularity)}.csv` : '';

  let content = null;
  if (series && view && !hasData) {
    content = (
      <EmptyState title={m('empty')}>
        <p className="muted">
          {series.cups} · {m('range', { from: f.date(series.from), to: f.date(series.to) })}. {m('emptyHint')}
        </p>
      </EmptyState>
    );
  } else if (series && view) {
    const labels = { granularity: m(`unit.${series.granularity}`), from: f.date(series.from), to: f.date(series.to) };
    content = (
      <>
        <TimeSeriesChart times={view.times} series={chartSeries} granularity={series.granularity} label={m('chart.label', labels)} yLabel={m('chart.y')} />
        <MeasurementsSummary series={series} buckets={view.buckets.length} missing={view.missing} />
        <MeasurementsTable
          key={`${series.cups}|${series.from}|${series.to}|${series.granularity}`}
          buckets={view.buckets}
          granularity={series.granularity}
          caption={m('table.caption', labels)}
        />
      </>
    );
  }

  return (
    <>
      <SeriesPage
        title={t('section.MEASUREMENTS')}
        subtitle={m('subtitle')}
        actions={
          supplyPoints.selected ? (
            <CsvExport fileName={fileName} csv={csv} disabled={!hasData || query.loading} />
          ) : null
        }
        state={state}
        filters={filters}
      >
        {content}
      </SeriesPage>
      {supplyPoints.selected ? <CustomerCurveUpload onImported={() => void query.refetch()} /> : null}
    </>
  );
}
