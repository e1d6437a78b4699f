import type { ReactNode } from 'react';
import type { SavingsGap } from '../../__generated__/graphql.js';
import { useFormat } from '../../lib/format.js';
import { DataTable } from '../data-table.js';
import { TitledSection } from '../titled-section.js';
import { useSolarEstimateMessages } from './solar-estimate.messages.js';
import './solar-estimate.css';

/** The fields of the API's SolarEstimate this view shows. */
export type SolarEstimateData = {
  from: string;
  to: string;
  peakPowerKwp: number;
  irradiationSite: string;
  irradiationZone: string;
  productionKWh: string;
  cups?: string | null;
  /** The account's CUPS the viewer sees; none: no supply point yet, so no curve to set against. */
  accountCups: readonly string[];
  measuredHours: number;
  filledHours: number;
  consumptionKWh?: string | null;
  selfConsumedKWh?: string | null;
  surplusKWh?: string | null;
  selfConsumptionPercent?: number | null;
  selfSufficiencyPercent?: number | null;
  savingsEuros?: string | null;
  savingsMissing: readonly SavingsGap[];
  months: ReadonlyArray<{
    month: string;
    productionKWh: string;
    consumptionKWh?: string | null;
    selfConsumedKWh?: string | null;
    savingsEuros?: string | null;
  }>;
};

type Props = {
  estimate: SolarEstimateData | null;
  /** Who reads it: the customer on the roof step, or staff beside the offer (the notes speak to each). */
  audience: 'customer' | 'staff';
  /**
   * The customer's own curve upload (the roof step), offered while the estimate has no consumption;
   * the caller keeps it given after a file is in, so its report stays beside the new figures.
   */
  consumptionUpload?: ReactNode;
};

/**
 * The estimate of a drawn roof: headline figures, a monthly bar chart and table, and the method one
 * click away; without a consumption curve, why, and the upload when the caller offers it.
 */
export function SolarEstimateView({ estimate, audience, consumptionUpload }: Props) {
  const m = useSolarEstimateMessages();
  const f = useFormat();
  if (!estimate) {
    return (
      <TitledSection title={m('title')}>
        <p className="muted">{m('noDrawing')}</p>
      </TitledSection>
    );
  }
  const matched = estimate.cups != null && estimate.consumptionKWh != null;
  // A curve file must name one of the account's CUPS: without any, an upload could only be refused.
  const hasSupplyPoint = estimate.accountCups.length > 0;
  const max = Math.max(1, ...estimate.months.map((month) => Math.max(Number(month.productionKWh), Number(month.consumptionKWh ?? 0))));
  const share = (value: string | null | undefined) => `${((100 * Number(value ?? 0)) / max).toFixed(1)}%`;
  return (
    <TitledSection title={m('title')}>
      <div className="solar-estimate" data-testid="solar-estimate">
        <p>{m('intro', { kwp: f.number(estimate.peakPowerKwp, 2), from: f.date(estimate.from), to: f.date(estimate.to) })}</p>
        <dl className="solar-estimate-figures">
          <div>
            <dt>{m('production')}</dt>
            <dd>{f.kWh(estimate.productionKWh, 0)}</dd>
          </div>
          {matched ? (
            <>
              <Figure label={m('selfConsumption')} percent={estimate.selfConsumptionPercent} hint={m('selfConsumptionHint')} />
              <Figure label={m('selfSufficiency')} percent={estimate.selfSufficiencyPercent} hint={m('selfSufficiencyHint')} />
              <div>
                <dt>{m('surplus')}</dt>
                <dd>{f.kWh(estimate.surplusKWh ?? '0', 0)}</dd>
              </div>
              <div>
                <dt>{m('savings')}</dt>
                <dd data-testid="solar-estimate-savings">{estimate.savingsEuros == null ? m('savingsUnavailable') : f.money(estimate.savingsEuros)}</dd>
              </div>
            </>
          ) : null}
        </dl>
        {matched ? (
          <p className="muted">
            {m('cups', { cups: estimate.cups!, measured: f.number(estimate.measuredHours), filled: f.number(estimate.filledHours) })}{' '}
            {estimate.filledHours > 0 ? m('filledHow') : null}
          </p>
        ) : (
          <p className="solar-estimate-note" data-testid="solar-estimate-note">
            {audience === 'staff'
              ? m(hasSupplyPoint ? 'staff.noConsumption' : 'staff.noSupplyPoint')
              : hasSupplyPoint
                ? m('noConsumption', { cups: estimate.accountCups.join(', '), from: f.date(estimate.from), to: f.date(estimate.to) })
                : m('noSupplyPoint')}
          </p>
        )}
        {/* One place whatever the figures: the upload keeps its report once the consumption is in. */}
        {hasSupplyPoint && consumptionUpload ? <div className="solar-estimate-upload">{consumptionUpload}</div> : null}
        {estimate.savingsMissing.length > 0 ? (
          <ul>
            {estimate.savingsMissing.map((gap) => (
              <li key={gap}>{m(`missing.${gap}`)}</li>
            ))}
          </ul>
        ) : null}

        <h3>{m('chartTitle')}</h3>
        {/* The bars repeat the table below for sighted readers; the table carries the figures. */}
        <div className="solar-estimate-chart" aria-hidden="true">
          {estimate.months.map((month) => (
            <div key={month.month} className="solar-estimate-bar">
              <div className="solar-estimate-bar-track">
                <span className="solar-estimate-bar-production" style={{ height: share(month.productionKWh) }} />
                {matched ? <span className="solar-estimate-bar-self" style={{ height: share(month.selfConsumedKWh) }} /> : null}
              </div>
              <span className="solar-estimate-bar-label">{f.month(month.month).slice(0, 3)}</span>
            </div>
          ))}
        </div>
        <p className="solar-estimate-legend muted" aria-hidden="true">
          <span className="solar-estimate-key solar-estimate-key-production" /> {m('legendProduction')}
          {matched ? (
            <>
              {' '}
              <span className="solar-estimate-key solar-estimate-key-self" /> {m('legendSelf')}
            </>
          ) : null}
        </p>
        <DataTable
          caption={m('caption')}
          hiddenCaption
          columns={[
            m('month'),
            { label: m('production'), numeric: true },
            ...(matched
              ? [
                  { label: m('consumption'), numeric: true as const },
                  { label: m('selfConsumed'), numeric: true as const },
                  { label: m('monthSavings'), numeric: true as const },
                ]
              : []),
          ]}
        >
          {estimate.months.map((month) => (
            <tr key={month.month}>
              <td>{f.month(month.month)}</td>
              <td className="number">{f.kWh(month.productionKWh, 0)}</td>
              {matched ? (
                <>
                  <td className="number">{f.kWh(month.consumptionKWh ?? '0', 0)}</td>
                  <td className="number">{f.kWh(month.selfConsumedKWh ?? '0', 0)}</td>
                  <td className="number">{month.savingsEuros == null ? '—' : f.money(month.savingsEuros)}</td>
                </>
              ) : null}
            </tr>
          ))}
        </DataTable>
        <details className="solar-estimate-method">
          <summary>{m('method.summary')}</summary>
          <ul>
            <li>{m('method.sun')}</li>
            <li>{m('method.irradiation', { site: estimate.irradiationSite, zone: estimate.irradiationZone })}</li>
            <li>{m('method.transposition')}</li>
            <li>{m('method.losses')}</li>
            <li>{m('method.match')}</li>
            <li>{m('method.savings')}</li>
          </ul>
          <p className="muted">{m('method.caveat')}</p>
        </details>
      </div>
    </TitledSection>
  );
}

/** A percentage among the headline figures, with what it is a share of. */
function Figure({ label, percent, hint }: { label: string; percent: number | null | undefined; hint: string }) {
  const f = useFormat();
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {percent == null ? '—' : f.percent(percent)}
        <span className="muted"> {hint}</span>
      </dd>
    </div>
  );
}
