import type { MeasurementsSeriesQuery } from '../../__generated__/graphql.js';
import { TitledSection } from '../../components/titled-section.js';
import { useFormat } from '../../lib/format.js';
import { useMessages } from './measurements.messages.js';
import { ScrollableTable } from '../../components/scrollable-table.js';

type Series = MeasurementsSeriesQuery['measurements'];

/** Totals of the range (decimals summed by the API, only formatted here) and per tariff period. */
export function MeasurementsSummary({ series, buckets, missing }: { series: Series; buckets: number; missing: number }) {
  const m = useMessages();
  const f = useFormat();
  const estimatedShare = Number(series.estimatedShare);
  const total = Number(series.total);
  // Shares are for display only; the kWh shown are the API's own sums.
  const percentOf = (kWh: string) => f.percent(total > 0 ? (Number(kWh) / total) * 100 : 0);

  return (
    <TitledSection title={m('totals.title')}>
      <div className="cards">
        <div className="card">
          <p className="muted measurements-stat-label">{m('totals.total')}</p>
          <p className="stat" data-testid="measurements-total">
            {f.kWh(series.total)}
          </p>
          <p className="muted measurements-stat-note">
            {m('totals.buckets', { count: f.number(buckets) })}
            {missing > 0 ? ` · ${m('totals.missing', { count: f.number(missing) })}` : ''}
          </p>
        </div>
        <div className="card">
          <p className="muted measurements-stat-label">{m('totals.real')}</p>
          <p className="stat">{f.kWh(series.realKWh)}</p>
          <p className="muted measurements-stat-note">
            {m('totals.share', { share: f.percent(total > 0 ? (1 - estimatedShare) * 100 : 0) })}
          </p>
        </div>
        <div className="card">
          <p className="muted measurements-stat-label">{m('totals.estimated')}</p>
          <p className="stat">{f.kWh(series.estimatedKWh)}</p>
          <p className="muted measurements-stat-note">{m('totals.share', { share: f.percent(estimatedShare * 100) })}</p>
        </div>
      </div>
      {series.totalsByPeriod.length > 0 ? (
        <ScrollableTable className="measurements-periods">
          <table>
            <caption>{m('periods.caption', { tariff: series.accessTariff })}</caption>
            <thead>
              <tr>
                <th scope="col">{m('periods.period')}</th>
                <th scope="col" className="number">
                  {m('periods.kWh')}
                </th>
                <th scope="col" className="number">
                  {m('periods.share')}
                </th>
              </tr>
            </thead>
            <tbody>
              {series.totalsByPeriod.map((row) => (
                <tr key={row.period}>
                  <th scope="row">{row.period}</th>
                  <td className="number">{f.kWh(row.kWh, 3)}</td>
                  <td className="number">{percentOf(row.kWh)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollableTable>
      ) : (
        <p className="muted">{m('periods.none', { tariff: series.accessTariff })}</p>
      )}
    </TitledSection>
  );
}
