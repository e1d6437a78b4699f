import type { ReactNode } from 'react';
import type { Granularity } from '../__generated__/graphql.js';
import { csvStartColumns, csvTable, type CsvColumn } from '../lib/csv.js';
import { useFormat } from '../lib/format.js';
import type { Translate } from '../lib/i18n.js';
import { usePeriodWords } from '../lib/series.messages.js';
import { paramOfGranularity, partWithData, rangeAgainst, type LocalRange } from '../lib/series-range.js';
import { CsvExport } from './csv-export.js';
import { useCsvExportMessages } from './csv-export.messages.js';
import { SeriesTable, type SeriesTableColumn } from './series-table.js';
import { EmptyState } from './states.js';
import { TimeSeriesChart, type ChartSeries } from './time-series-chart.js';
import { TitledSection } from './titled-section.js';

/** The texts a screen gives (its own messages); {from} {to} {granularity} and {date} {cups} are filled in here. */
export type SeriesReportKey =
  | 'empty.title'
  | 'empty.before'
  | 'empty.after'
  | 'empty.none'
  | 'partial.note'
  | 'summary.title'
  | 'chart.title'
  | 'chart.label'
  | 'chart.axis'
  | 'table.title'
  | 'table.caption'
  | 'table.start'
  | 'table.date'
  | 'table.pages'
  | 'table.page';

const PAGE_SIZE = 48;

type Props<Point extends { start: string }> = {
  series: { cups: string; from: string; to: string; granularity: Granularity; points: readonly Point[] };
  /** The days data can exist for at all (e.g. forecasts are kept 3 months): an empty series says which side it missed. */
  window: LocalRange;
  text: Translate<SeriesReportKey>;
  summary: ReactNode;
  /** Memoised by the caller: a new array re-creates the chart. */
  chart: { times: readonly number[]; series: readonly ChartSeries[] };
  /** The table's columns after the bucket's start. */
  columns: readonly SeriesTableColumn<Point>[];
  /** The CSV of the table's rows: the file name's first word and the columns after CUPS and start. */
  csv: { filePrefix: string; columns: readonly CsvColumn<Point>[] };
};

/** A loaded series of one supply point: its summary, the chart and the detail table, or why it is empty. */
export function SeriesReport<Point extends { start: string }>({ series, window, text, summary, chart, columns, csv }: Props<Point>) {
  const f = useFormat();
  const c = useCsvExportMessages();
  const range: LocalRange = { from: series.from, to: series.to };
  const period = usePeriodWords(range, series.granularity)!;

  if (series.points.length === 0) {
    const where = rangeAgainst(window, range);
    return (
      <EmptyState title={text('empty.title')}>
        <p>
          {where === 'before'
            ? text('empty.before', { date: f.date(window.from) })
            : where === 'after'
              ? text('empty.after', { date: f.date(window.to) })
              : text('empty.none', { cups: series.cups })}
        </p>
      </EmptyState>
    );
  }

  const withData = partWithData(window, range);
  return (
    <>
      <TitledSection title={text('summary.title')}>{summary}</TitledSection>
      <TitledSection title={text('chart.title')}>
        {withData ? <p className="muted">{text('partial.note', { from: f.date(withData.from), to: f.date(withData.to) })}</p> : null}
        <TimeSeriesChart times={chart.times} series={chart.series} granularity={series.granularity} label={text('chart.label', period)} yLabel={text('chart.axis')} />
      </TitledSection>
      <TitledSection title={text('table.title')}>
        <CsvExport
          fileName={`${csv.filePrefix}_${series.cups}_${series.from}_${series.to}_${paramOfGranularity(series.granularity)}.csv`}
          csv={(format) =>
            csvTable<Point>(
              [
                { header: c('header.cups'), value: () => series.cups },
                ...csvStartColumns<Point>((point) => Date.parse(point.start), { local: c('header.start'), offset: c('header.offset') }),
                ...csv.columns,
              ],
              series.points,
              format,
            )
          }
        />
        <SeriesTable
          key={`${series.cups}|${series.from}|${series.to}|${series.granularity}`}
          caption={text('table.caption', period)}
          granularity={series.granularity}
          startHeader={series.granularity === 'DAY' ? text('table.date') : text('table.start')}
          rows={series.points}
          pageSize={PAGE_SIZE}
          pagerLabel={text('table.pages')}
          pageStatus={({ page, pages, total }) => text('table.page', { page, pages, count: total })}
          columns={columns}
        />
      </TitledSection>
    </>
  );
}
