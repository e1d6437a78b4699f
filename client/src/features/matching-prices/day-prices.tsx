import { useQuery } from '@apollo/client/react';
import type { PriceDaySummaryFragment, PricesDayQuery } from '../../__generated__/graphql.js';
import { CsvExport } from '../../components/csv-export.js';
import { useCsvExportMessages } from '../../components/csv-export.messages.js';
import { DataTable } from '../../components/data-table.js';
import { QueryResult } from '../../components/query-result.js';
import { EmptyState } from '../../components/states.js';
import { csvStartColumns, csvTable } from '../../lib/csv.js';
import { useFormat } from '../../lib/format.js';
import { PricesChart, PricesPanel, type ChartPoint } from './prices-chart.js';
import { PRICES_DAY } from './prices.documents.js';
import { useMessages } from './prices.messages.js';

type PricePoint = PricesDayQuery['marketPrices']['points'][number];

const readPoint = (point: PricePoint): ChartPoint => ({ time: Date.parse(point.start) / 1000, es: point.priceEs, pt: point.pricePt });

/** The prices of one local day: chart, the day's summary, and one row per market interval. */
export function DayPrices({ date, today }: { date: string; today: string }) {
  const m = useMessages();
  const c = useCsvExportMessages();
  const f = useFormat();
  const query = useQuery(PRICES_DAY, { variables: { from: date, to: date } });
  const longDate = f.longDate(date);

  return (
    <PricesPanel heading={m('dayHeading', { date: longDate })}>
      <QueryResult
        result={query.data?.marketPrices}
        query={query}
        skeletonLines={8}
        empty={<EmptyState title={m('emptyDayTitle', { date: longDate })} text={date > today ? m('emptyFuture') : m('emptyPast')} />}
        isEmpty={(prices) => prices.points.length === 0}
      >
        {(prices) => {
          const summary = prices.days.find((day) => day.date === date);
          return (
            <>
              <PricesChart rows={prices.points} read={readPoint} label={m('dayChart', { date: longDate })} />
              {summary ? <DaySummary day={summary} longDate={longDate} /> : null}
              <h3>{m('hours')}</h3>
              <CsvExport
                fileName={`${m('csv.filePrefix')}_${date}.csv`}
                csv={(format) =>
                  csvTable<PricePoint>(
                    [
                      ...csvStartColumns<PricePoint>((point) => Date.parse(point.start), { local: c('header.start'), offset: c('header.offset') }),
                      { header: m('priceEs'), value: (point) => point.priceEs, decimal: true },
                      { header: m('pricePt'), value: (point) => point.pricePt, decimal: true },
                    ],
                    prices.points,
                    format,
                  )
                }
              />
              <DataTable
                caption={m('hoursCaption', { date: longDate })}
                columns={[m('hour'), { label: m('priceEs'), numeric: true }, { label: m('pricePt'), numeric: true }]}
              >
                {prices.points.map((point) => (
                  <tr key={point.start}>
                    <th scope="row">
                      {f.time(point.start)}–{f.time(new Date(Date.parse(point.start) + point.intervalMinutes * 60_000).toISOString())}
                    </th>
                    <td className="number">{f.number(point.priceEs, 2)}</td>
                    <td className="number">{f.number(point.pricePt, 2)}</td>
                  </tr>
                ))}
              </DataTable>
            </>
          );
        }}
      </QueryResult>
    </PricesPanel>
  );
}

function DaySummary({ day, longDate }: { day: PriceDaySummaryFragment; longDate: string }) {
  const m = useMessages();
  const f = useFormat();
  const rows = [
    [m('average'), day.averageEs, day.averagePt],
    [m('minimum'), day.minEs, day.minPt],
    [m('maximum'), day.maxEs, day.maxPt],
  ] as const;
  return (
    <>
      <h3>{m('summary')}</h3>
      <DataTable
        caption={m('summaryCaption', { date: longDate })}
        hiddenCaption
        className="prices-summary"
        columns={[m('statistic'), { label: m('priceEs'), numeric: true }, { label: m('pricePt'), numeric: true }]}
      >
        {rows.map(([label, es, pt]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td className="number">{f.number(es, 2)}</td>
            <td className="number">{f.number(pt, 2)}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
