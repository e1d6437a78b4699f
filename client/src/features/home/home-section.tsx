import { useQuery } from '@apollo/client/react';
import { formatScaled, madridDateOf, type Section } from '@portal/shared';
import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { InstallationStanding } from '../../__generated__/graphql.js';
import { Badge } from '../../components/badge.js';
import { InvoiceStatusBadge } from '../../components/invoice-status.js';
import { PaymentInstructions } from '../../components/payment-instructions.js';
import { PageHeader } from '../../components/page-header.js';
import { EmptyState, ErrorState, Skeleton } from '../../components/states.js';
import { errorMessageKey } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { useI18n } from '../../lib/i18n.js';
import { navigableSections, SECTION_PATHS } from '../../lib/section-paths.js';
import { VIEWER } from '../../lib/viewer.documents.js';
import { comparisonRange, percentChange, sumThousandths } from './consumption.js';
import { useCardQuery, useCardsGate } from './home-cards-gate.js';
import { HOME_CONSUMPTION, HOME_CONTRACTS, HOME_INSTALLATIONS, HOME_INVOICES } from './home.documents.js';
import { useMessages } from './home.messages.js';
import './home.css';

/** Home: a greeting, what needs attention in the viewer's own sections, and a way into each section. */
export default function HomeSection() {
  const { t } = useI18n();
  const m = useMessages();
  // Already loaded by the app before any screen renders: this reads the cache.
  const { data } = useQuery(VIEWER);
  const viewer = data?.viewer;
  const has = (section: Section) => viewer?.sections.includes(section) ?? false;
  const cards = SUMMARY_CARDS.filter((card) => has(card.section));
  const gate = useCardsGate(cards.map((card) => card.query));
  if (!viewer) return <Skeleton label={t('common.loading')} />;

  return (
    <>
      <PageHeader title={m('hello', { name: viewer.name })} subtitle={cards.length > 0 ? m('subtitle') : undefined} />
      {gate.ready ? null : <Skeleton label={t('common.loading')} lines={6} />}
      {/* Mounted (their queries run) but hidden until all have answered: see home-cards-gate.tsx. */}
      <div hidden={!gate.ready}>
        {cards.length > 0 ? (
          <section aria-labelledby="home-attention">
            <h2 id="home-attention">{m('attention')}</h2>
            <div className="cards home-summary">
              <gate.Provider value={gate.answered}>
                {cards.map(({ section, Card }) => (
                  <Card key={section} />
                ))}
              </gate.Provider>
            </div>
          </section>
        ) : null}
        <section aria-labelledby="home-sections">
          <h2 id="home-sections">{m('sections')}</h2>
          <ul className="cards home-sections">
            {navigableSections(viewer.sections).map((section) => (
              <li key={section} className="card">
                <h3>
                  <Link to={SECTION_PATHS[section]!}>{t(`section.${section}`)}</Link>
                </h3>
                <p className="muted">{m(`section.${section}`)}</p>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}

/** The summary cards, in the order they show, each for viewers with its section. */
const SUMMARY_CARDS = [
  { section: 'INSTALLATION', query: HOME_INSTALLATIONS, Card: InstallationCard },
  { section: 'INVOICES', query: HOME_INVOICES, Card: InvoiceCard },
  { section: 'CONTRACTS', query: HOME_CONTRACTS, Card: ContractsCard },
  { section: 'MEASUREMENTS', query: HOME_CONSUMPTION, Card: ConsumptionCard },
] as const satisfies readonly { section: Section; query: unknown; Card: () => ReactNode }[];

function SummaryCard({ title, attention, children }: { title: string; attention?: boolean; children: ReactNode }) {
  const id = useId();
  return (
    <section className="card home-card" aria-labelledby={id} data-attention={attention ? 'true' : undefined}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

/** Loading and failure of one card; the rest of the page carries on. */
function CardState({ loading, error, onRetry }: { loading: boolean; error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  if (loading) return <Skeleton label={t('common.loading')} lines={3} />;
  return <ErrorState message={error ? t(errorMessageKey(error)) : t('common.loadError')} retryLabel={t('common.retry')} onRetry={onRetry} />;
}

/** Each installation's state: the step waiting for the customer flagged, a finished one said to be finished. */
function InstallationCard() {
  const m = useMessages();
  const { language } = useI18n();
  const { data, loading, error, refetch } = useCardQuery(HOME_INSTALLATIONS, { errorPolicy: 'all', notifyOnNetworkStatusChange: true });
  const installations = data?.installations;
  if (!installations) {
    return (
      <SummaryCard title={m('installation.title')}>
        <CardState loading={loading} error={error} onRetry={() => void refetch()} />
      </SummaryCard>
    );
  }
  const waiting = installations.filter((installation) => installation.progress.standing === 'CUSTOMER_TURN');
  return (
    <SummaryCard title={m('installation.title')} attention={waiting.length > 0}>
      {installations.length === 0 ? (
        <p className="muted">{m('installation.none')}</p>
      ) : (
        <ul className="home-installations">
          {installations.map((installation) => {
            const step = installation.progress.currentStep;
            return (
              <li key={installation.id}>
                <Link to={installations.length === 1 ? '/installation' : `/installation/${installation.id}`}>{installation.address}</Link>
                <span>{installation.progress.currentState.name[language]}</span>
                <InstallationStandingBadge standing={installation.progress.standing} stepName={step.name[language]} />
              </li>
            );
          })}
        </ul>
      )}
    </SummaryCard>
  );
}

function InstallationStandingBadge({ standing, stepName }: { standing: InstallationStanding; stepName: string }) {
  const m = useMessages();
  if (standing === 'CUSTOMER_TURN') {
    return (
      <span>
        <Badge tone="warn">{m('installation.yourTurn')}</Badge> {stepName}
      </span>
    );
  }
  if (standing === 'COMPLETED') return <Badge tone="ok">{m('installation.completed')}</Badge>;
  if (standing === 'FAILED') return <Badge tone="bad">{m('installation.failed')}</Badge>;
  return null;
}

function InvoiceCard() {
  const m = useMessages();
  const f = useFormat();
  const { data, loading, error, refetch } = useCardQuery(HOME_INVOICES, { errorPolicy: 'all', notifyOnNetworkStatusChange: true });
  const latest = data?.latest;
  const overdue = data?.overdue?.totalCount ?? 0;
  // How to pay the newest overdue invoice, when the retailer set payment instructions.
  const toPay = data?.overdue?.nodes[0];

  if (!latest) {
    return (
      <SummaryCard title={m('invoices.title')}>
        <CardState loading={loading} error={error} onRetry={() => void refetch()} />
      </SummaryCard>
    );
  }
  const invoice = latest.nodes[0];
  return (
    <SummaryCard title={m('invoices.title')} attention={overdue > 0}>
      {overdue > 0 ? (
        <p className="home-alert">
          <Badge tone="bad">{m('invoices.attention')}</Badge>
          <span>{overdue === 1 ? m('invoices.overdueOne') : m('invoices.overdueMany', { n: overdue })}</span>
          <Link to="/invoices?status=OVERDUE">{m('invoices.overdueLink')}</Link>
        </p>
      ) : null}
      {toPay?.paymentInstructions ? <PaymentInstructions instructions={toPay.paymentInstructions} number={toPay.number} /> : null}
      {invoice ? (
        <>
          <dl className="details">
            <dt>{m('invoices.total')}</dt>
            <dd className="stat">{f.money(invoice.totalAmount)}</dd>
            <dt>{m('invoices.number')}</dt>
            <dd>{invoice.number}</dd>
            <dt>{m('invoices.period')}</dt>
            <dd>{m('invoices.periodValue', { from: f.date(invoice.periodStart), to: f.date(invoice.periodEnd) })}</dd>
            <dt>{m('invoices.due')}</dt>
            <dd>{f.date(invoice.dueDate)}</dd>
            <dt>{m('invoices.status')}</dt>
            <dd>
              <InvoiceStatusBadge status={invoice.status} />
            </dd>
          </dl>
          <p>
            <Link to={`/invoices/${encodeURIComponent(invoice.number)}`}>{m('invoices.view', { number: invoice.number })}</Link>
          </p>
        </>
      ) : (
        <EmptyState title={m('invoices.none')}>
          <p>{m('invoices.noneWhy')}</p>
        </EmptyState>
      )}
    </SummaryCard>
  );
}

function ContractsCard() {
  const m = useMessages();
  const f = useFormat();
  const { data, loading, error, refetch } = useCardQuery(HOME_CONTRACTS, { errorPolicy: 'all', notifyOnNetworkStatusChange: true });
  const all = data?.all;
  const active = data?.active;

  return (
    <SummaryCard title={m('contracts.title')}>
      {!all || !active ? (
        <CardState loading={loading} error={error} onRetry={() => void refetch()} />
      ) : all.totalCount === 0 ? (
        <EmptyState title={m('contracts.none')} />
      ) : (
        <>
          <dl className="details">
            <dt>{m('contracts.total')}</dt>
            <dd className="stat">{f.number(all.totalCount)}</dd>
            <dt>{m('contracts.active')}</dt>
            <dd className="stat">{f.number(active.totalCount)}</dd>
          </dl>
          <p>
            <Link to="/contracts">{m('contracts.view')}</Link>
          </p>
        </>
      )}
    </SummaryCard>
  );
}

function ConsumptionCard() {
  const { t } = useI18n();
  const m = useMessages();
  const f = useFormat();
  // Fixed for the life of the screen: a page left open over midnight keeps its comparison.
  const [range] = useState(() => comparisonRange(madridDateOf(new Date())));
  const { data, loading, error, refetch } = useCardQuery(HOME_CONSUMPTION, {
    variables: { from: range.from, to: range.to, lastYearFrom: range.lastYearFrom, lastYearTo: range.lastYearTo },
    errorPolicy: 'all',
    notifyOnNetworkStatusChange: true,
  });
  const title = range.previousMonth ? m('consumption.titlePrevious') : m('consumption.title');
  const supplyPoints = data?.supplyPoints;

  // A partial answer would be a wrong sum: any error shows the error state.
  if (!supplyPoints || error) {
    return (
      <SummaryCard title={title}>
        <CardState loading={loading} error={error} onRetry={() => void refetch()} />
      </SummaryCard>
    );
  }
  if (supplyPoints.length === 0) {
    return (
      <SummaryCard title={title}>
        <EmptyState title={t('common.noSupplyPoints')} />
      </SummaryCard>
    );
  }

  const now = sumThousandths(supplyPoints.map((point) => point.thisMonth.total));
  const before = sumThousandths(supplyPoints.map((point) => point.lastYear.total));
  const change = percentChange(now, before);
  const large = (now < 0n ? -now : now) >= 100_000n || (before < 0n ? -before : before) >= 100_000n;
  const digits = large ? 0 : 1;
  const shown = change === null ? null : Math.abs(change) < 0.05 ? 'same' : change > 0 ? 'up' : 'down';

  return (
    <SummaryCard title={title}>
      <dl className="details">
        <dt>{f.month(range.from)}</dt>
        <dd className="stat">{f.kWh(formatScaled(now, 3), digits)}</dd>
        <dt>{f.month(range.lastYearFrom)}</dt>
        <dd className="stat">{f.kWh(formatScaled(before, 3), digits)}</dd>
      </dl>
      {shown === null ? (
        <p className="muted">{m('consumption.noBase')}</p>
      ) : (
        <p className="home-trend" data-trend={shown}>
          <span aria-hidden="true">{shown === 'up' ? '▲ ' : shown === 'down' ? '▼ ' : '= '}</span>
          {shown === 'same'
            ? m('consumption.same')
            : m(shown === 'up' ? 'consumption.up' : 'consumption.down', { percent: f.percent(Math.abs(change!), 1) })}
        </p>
      )}
      <p className="muted">
        {range.previousMonth
          ? m('consumption.rangePrevious', { from: f.date(range.from), to: f.date(range.to) })
          : m('consumption.range', { from: f.date(range.from), to: f.date(range.to) })}{' '}
        {supplyPoints.length === 1
          ? m('consumption.supplyPoint', { cups: supplyPoints[0]!.cups })
          : m('consumption.supplyPoints', { n: supplyPoints.length })}
      </p>
      <p>
        <Link to="/measurements">{m('consumption.view')}</Link>
      </p>
    </SummaryCard>
  );
}
