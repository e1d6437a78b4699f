import { useQuery } from '@apollo/client/react';
import { useLocation } from 'react-router';
import type { InvoiceFilter } from '../../__generated__/graphql.js';
import { CursorPager } from '../../components/cursor-pager.js';
import { FilterBar } from '../../components/filter-bar.js';
import { FilterSelect, oneOf, supplyPointOptions } from '../../components/filter-select.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryResult } from '../../components/query-result.js';
import { EmptyState } from '../../components/states.js';
import { useI18n } from '../../lib/i18n.js';
import { isCalendarDate } from '@portal/shared';
import { SUPPLY_POINTS } from '../../lib/supply-points.js';
import { useCursorPages } from '../../lib/use-cursor-pages.js';
import { useSearchParam, useUpdateSearchParams } from '../../lib/use-search-param.js';
import { INVOICE_STATUSES } from '../../components/invoice-status.js';
import { useInvoiceStatusLabel } from '../../components/invoice-status.messages.js';
import { InvoiceTable } from './invoice-table.js';
import { INVOICES_LIST } from './invoices.documents.js';
import { useMessages } from './invoices.messages.js';

const PAGE_SIZE = 20;
const FILTER_PARAMS = ['cups', 'status', 'from', 'to'] as const;
const RANGE_ERROR_ID = 'invoice-range-error';

/** A calendar day typed in the URL by hand may be anything: only real days reach the API. */
function calendarDay(value: string | null): string | null {
  return value && isCalendarDate(value) ? value : null;
}

export function InvoiceList() {
  const m = useMessages();
  const statusLabel = useInvoiceStatusLabel();
  const { t } = useI18n();
  const location = useLocation();
  const updateParams = useUpdateSearchParams();

  const supplyPointsQuery = useQuery(SUPPLY_POINTS);
  const supplyPoints = supplyPointsQuery.data?.supplyPoints ?? [];
  const [cupsParam, setCups] = useSearchParam('cups');
  const [statusParam, setStatus] = useSearchParam('status');
  const [fromParam, setFrom] = useSearchParam('from');
  const [toParam, setTo] = useSearchParam('to');

  // A CUPS in the URL that the viewer cannot see is ignored, as if it did not exist.
  const supplyPointsKnown = supplyPointsQuery.data !== undefined;
  const cups = cupsParam && (!supplyPointsKnown || supplyPoints.some((point) => point.cups === cupsParam)) ? cupsParam : null;
  const status = oneOf(INVOICE_STATUSES, statusParam);
  const periodFrom = calendarDay(fromParam);
  const periodTo = calendarDay(toParam);
  const badRange = periodFrom !== null && periodTo !== null && periodTo < periodFrom;

  const filter: InvoiceFilter = {};
  if (cups) filter.cups = cups;
  if (status) filter.status = status;
  if (periodFrom) filter.periodFrom = periodFrom;
  if (periodTo) filter.periodTo = periodTo;
  const filtered = Object.keys(filter).length > 0;
  const anyParam = FILTER_PARAMS.some((name) => new URLSearchParams(location.search).has(name));

  const pages = useCursorPages(JSON.stringify(filter));
  const query = useQuery(INVOICES_LIST, {
    variables: { first: PAGE_SIZE, after: pages.after, filter },
    // Wait for the CUPS list before trusting a CUPS from the URL; never send an impossible range.
    skip: badRange || (cupsParam !== null && !supplyPointsKnown && supplyPointsQuery.loading),
    errorPolicy: 'all',
  });

  const empty = filtered ? (
    <EmptyState title={m('emptyFilteredTitle')} text={m('emptyFilteredText')} />
  ) : (
    <EmptyState title={m('emptyTitle')} text={m('emptyText')} />
  );

  return (
    <>
      <PageHeader title={m('title')} subtitle={m('subtitle')} />
      <FilterBar label={m('filtersLabel')} className="invoice-filters">
        <FilterSelect
          label={t('common.cups')}
          allLabel={m('allCups')}
          options={supplyPointOptions(supplyPoints)}
          value={cups}
          onChange={setCups}
          className="invoice-cups"
        />
        <FilterSelect
          label={m('status')}
          allLabel={m('allStatuses')}
          options={INVOICE_STATUSES.map((value) => ({ value, label: statusLabel(value) }))}
          value={status}
          onChange={setStatus}
        />
        <label className="field">
          {m('periodFrom')}
          <input type="date" value={periodFrom ?? ''} max={periodTo ?? undefined} onChange={(event) => setFrom(event.target.value || null)} />
        </label>
        <label className="field">
          {m('periodTo')}
          <input
            type="date"
            value={periodTo ?? ''}
            min={periodFrom ?? undefined}
            aria-invalid={badRange || undefined}
            aria-describedby={badRange ? RANGE_ERROR_ID : undefined}
            onChange={(event) => setTo(event.target.value || null)}
          />
        </label>
        {anyParam ? (
          <button type="button" className="secondary" onClick={() => updateParams(Object.fromEntries(FILTER_PARAMS.map((name) => [name, null])))}>
            {m('clearFilters')}
          </button>
        ) : null}
      </FilterBar>
      {badRange ? (
        <EmptyState title={m('emptyFilteredTitle')}>
          <p id={RANGE_ERROR_ID}>{m('badRange')}</p>
        </EmptyState>
      ) : (
        <QueryResult
          result={query.data?.invoices}
          query={query}
          skeletonLines={8}
          empty={empty}
          // An empty page after the first (the list changed meanwhile) keeps the pager to go back.
          isEmpty={(connection) => connection.nodes.length === 0 && !pages.hasPrevious}
        >
          {(connection) => (
            <>
              <InvoiceTable invoices={connection.nodes} busy={query.loading} />
              <CursorPager pages={pages} connection={connection} />
            </>
          )}
        </QueryResult>
      )}
    </>
  );
}
