import { useQuery } from '@apollo/client/react';
import { addDays, madridMidnight } from '@portal/shared';
import type { PriceDaySummaryFragment } from '../../__generated__/graphql.js';
import { CsvExport } from '../../components/csv-export.js';
import { DataTable } from '../../components/data-table.js';
import { QueryResult } from '../../components/query-result.js';
import { EmptyState } from '../../components/states.js';
import { csvTable } from '../../lib/csv.js';
import { useFormat } from '../../lib/format.js';
import { PricesChart, PricesPanel, type ChartPoint } from './prices-chart.js';
import { PRICES_DAILY } from './prices.documents.js';
import { useMessages } from './prices.messages.js';

export const RANGE_DAYS = 30;

const STATISTICS = ['averageEs', 'minEs', 'maxEs', 'averagePt', 'minPt', 'maxPt'] as const;

const readDay = (day: PriceDaySummaryFragment): ChartPoint => ({ time: madridMidnight(day.date).getTime() / 1000, es: day.averageEs, pt: day.averagePt });

/** Daily averages, minima and maxima of the 30 days that end on `to`. */
export function RangePrices({ to }: { to: string }) {
  const m = useMessages();
  const f = useFormat();
  const from = addDays(to, -(RANGE_DAYS - 1));
  const query = useQuery(PRICES_DAILY, { variables: { from, to } });
  const labels = { from: f.longDate(from), to: f.longDate(to) };

  return (
    <PricesPanel heading={m('rangeHeading', labels)}>
      <QueryResult
        result={query.data?.marketPrices.days}
        query={query}
        skeletonLines={8}
        empty={<EmptyState title={m('emptyRangeTitle')} text={m('emptyRangeText', labels)} />}
        isEmpty={(days) => days.length === 0}
      >
        {(days) => (
          <>
            <PricesChart rows={days} read={readDay} label={m('rangeChart', labels)} />
            <h3>{m('daily')}</h3>
            <CsvExport
              fileName={`${m('csv.filePrefix')}_${from}_${to}.csv`}
              csv={(format) =>
                csvTable<PriceDaySummaryFragment>(
                  [
                    { header: m('date'), value: (day) => day.date },
                    ...STATISTICS.map((key) => ({ header: `${m(key)} (${m('unit')})`, value: (day: PriceDaySummaryFragment) => day[key], decimal: true })),
                  ],
                  days,
                  format,
                )
              }
            />
            <DataTable
              caption={m('dailyCaption', labels)}
              scrollLabel={m('dailyCaption', labels)}
              className="wrapping-headings"
              columns={[m('date'), ...STATISTICS.map((key) => ({ label: m(key), numeric: true as const }))]}
            >
              {days.map((day) => (
                <tr key={day.date}>
                  <th scope="row">{f.date(day.date)}</th>
                  <td className="number">{f.number(day.averageEs, 2)}</td>
                  <td className="number">{f.number(day.minEs, 2)}</td>
                  <td className="number">{f.number(day.maxEs, 2)}</td>
                  <td className="number">{f.number(day.averagePt, 2)}</td>
                  <td className="number">{f.number(day.minPt, 2)}</td>
                  <td className="number">{f.number(day.maxPt, 2)}</td>
                </tr>
              ))}
            </DataTable>
          </>
        )}
      </QueryResult>
    </PricesPanel>
  );
}
