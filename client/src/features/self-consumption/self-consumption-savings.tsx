import { useQuery } from '@apollo/client/react';
import type { SelfConsumptionSavingsQuery } from '../../__generated__/graphql.js';
import { DataTable } from '../../components/data-table.js';
import { QueryResult } from '../../components/query-result.js';
import { TitledSection } from '../../components/titled-section.js';
import { useFormat } from '../../lib/format.js';
import { SELF_CONSUMPTION_SAVINGS } from './self-consumption.documents.js';
import { useSavingsMessages } from './self-consumption-savings.messages.js';

type Month = SelfConsumptionSavingsQuery['selfConsumptionSavings']['months'][number];

/** Savings per month of the range's whole months (the cap is per billing period), each with its method one click away. */
export function SelfConsumptionSavings({ cups, from, to }: { cups: string; from: string; to: string }) {
  const m = useSavingsMessages();
  const f = useFormat();
  const monthStart = `${from.slice(0, 7)}-01`;
  const query = useQuery(SELF_CONSUMPTION_SAVINGS, { variables: { cups, from: monthStart, to } });
  const euros = (value: string | null) => (value === null ? m('notAvailable') : f.money(value));
  return (
    <TitledSection title={m('title')}>
      <p className="muted">{m('intro', { from: f.date(monthStart) })}</p>
      <QueryResult
        result={query.data?.selfConsumptionSavings.months}
        query={query}
        isEmpty={(months) => months.length === 0}
        empty={<p>{m('none')}</p>}
      >
        {(months) => (
          <>
            <DataTable
              caption={m('caption')}
              hiddenCaption
              columns={[m('month'), { label: m('avoided'), numeric: true }, { label: m('compensation'), numeric: true }, { label: m('total'), numeric: true }]}
            >
              {months.map((month) => (
                <tr key={month.month}>
                  <td>{f.month(month.month)}</td>
                  <td className="number">{euros(month.avoidedPurchaseEuros)}</td>
                  <td className="number">
                    {euros(month.compensationEuros)} {isCapped(month) ? m('capped') : null}
                  </td>
                  <td className="number" data-testid="savings-total">
                    {euros(month.savingsEuros)}
                  </td>
                </tr>
              ))}
            </DataTable>
            <div className="savings-methods">
              {months.map((month) => (
                <SavingsMethod key={month.month} month={month} />
              ))}
            </div>
          </>
        )}
      </QueryResult>
    </TitledSection>
  );
}

/** The formula of one month with the customer's own kWh and prices, as the server computed it. */
function SavingsMethod({ month }: { month: Month }) {
  const m = useSavingsMessages();
  const f = useFormat();
  const euros = (value: string | null) => (value === null ? m('notAvailable') : f.money(value));
  const kWh = (value: string) => f.kWh(value, 3);
  const periodLine = (period: Month['periods'][number], kWhOf: string, amount: string | null) =>
    period.energyPrice === null
      ? m('method.periodNoPrice', { period: period.period, kWh: kWh(kWhOf) })
      : m('method.periodLine', { period: period.period, kWh: kWh(kWhOf), price: f.pricePerKWh(period.energyPrice), euros: euros(amount) });
  const surplus = kWh(month.surplusKWh);
  return (
    <details className="savings-method">
      <summary>{m('method.summary', { month: f.month(month.month) })}</summary>
      {month.missing.length > 0 ? (
        <ul>
          {month.missing.map((gap) => (
            <li key={gap}>{m(`missing.${gap}`)}</li>
          ))}
        </ul>
      ) : null}
      <p data-testid="savings-prices">
        {month.contractCode === null
          ? m('method.pricesNoContract', { compensation: m(`method.prices${month.compensationSource}`) })
          : m('method.prices', { code: month.contractCode, compensation: m(`method.prices${month.compensationSource}`) })}
      </p>
      <p>{m('method.avoided')}</p>
      <ul>
        {month.periods.map((period) => (
          <li key={period.period}>{periodLine(period, period.selfConsumedKWh, period.avoidedEuros)}</li>
        ))}
        <li>{m('method.avoidedTotal', { euros: euros(month.avoidedPurchaseEuros) })}</li>
      </ul>
      <p>
        {month.compensationBeforeCapEuros === null || month.compensationPrice === null
          ? m('method.compensationNoPrice', { kWh: surplus })
          : m(month.compensationSource === 'CONTRACT' ? 'method.compensationContract' : 'method.compensationMarket', {
              kWh: surplus,
              price: f.pricePerKWh(month.compensationPrice),
              euros: euros(month.compensationBeforeCapEuros),
            })}
      </p>
      <p>{m('method.cap')}</p>
      <ul>
        {month.periods.map((period) => (
          <li key={period.period}>{periodLine(period, period.importedKWh, period.energyTermEuros)}</li>
        ))}
      </ul>
      <p>
        {month.compensationCapEuros === null
          ? m('method.capMissing')
          : m('method.capTotal', {
              euros: euros(month.compensationCapEuros),
              before: euros(month.compensationBeforeCapEuros),
              cap: euros(month.compensationCapEuros),
              after: euros(month.compensationEuros),
            })}
      </p>
      <p>
        <strong>
          {m('method.total', { avoided: euros(month.avoidedPurchaseEuros), compensation: euros(month.compensationEuros), total: euros(month.savingsEuros) })}
        </strong>
      </p>
      <p className="muted">{m('method.rule')}</p>
    </details>
  );
}

function isCapped(month: Month): boolean {
  const { compensationBeforeCapEuros: before, compensationEuros: after } = month;
  return before !== null && after !== null && before !== after;
}
