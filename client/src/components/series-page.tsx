import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Section } from '@portal/shared';
import type { ReactNode } from 'react';
import { errorMessageKey } from '../lib/errors.js';
import { useI18n, type Translate } from '../lib/i18n.js';
import { usePeriodWords } from '../lib/series.messages.js';
import type { SeriesParams, SeriesParamsOptions } from '../lib/use-series-params.js';
import { consumesEnergy, useSeriesQuery, type SeriesVariables } from '../lib/use-series-query.js';
import type { CupsOption } from './cups-select.js';
import { PageHeader } from './page-header.js';
import { SeriesFilters, type SeriesFiltersProps } from './series-filters.js';
import { EmptyState, ErrorState, Skeleton } from './states.js';

/** The viewer's supply points and the chosen one (lib/supply-points.ts). */
type SupplyPointChoice = {
  loading: boolean;
  data?: unknown;
  error?: unknown;
  refetch: () => unknown;
  supplyPoints: readonly CupsOption[];
  selected: CupsOption | null;
  setCups: (cups: string) => void;
};

/** The series query's state (an Apollo result). */
type SeriesQuery = { data?: unknown; error?: unknown; loading: boolean; refetch: () => unknown };

type Props = {
  title: string;
  subtitle?: string;
  actions?: ReactNode;
  /** What lib/use-series-query.ts gives. */
  state: { supplyPoints: SupplyPointChoice; params: SeriesParams; query: SeriesQuery };
  filters: Omit<SeriesFiltersProps, 'cups' | 'params'>;
  /** The series, shown once the query has it. */
  children: ReactNode;
};

/**
 * A series screen of one supply point: its header, the filters, and every state before the series
 * (supply points loading, failing or absent; a wrong range; the series loading or failing).
 */
export function SeriesPage({ title, subtitle, actions, state, filters, children }: Props) {
  const { t } = useI18n();
  const { supplyPoints, params, query } = state;
  let body: ReactNode;
  if (supplyPoints.loading && !supplyPoints.data) {
    body = <Skeleton label={t('common.loading')} />;
  } else if (supplyPoints.error && !supplyPoints.data) {
    body = <ErrorState message={t(errorMessageKey(supplyPoints.error))} retryLabel={t('common.retry')} onRetry={() => void supplyPoints.refetch()} />;
  } else if (!supplyPoints.selected) {
    body = <EmptyState title={t('common.noSupplyPoints')} />;
  } else {
    let series: ReactNode;
    if (!params.range) {
      series = null; // the filters say what is wrong with the range
    } else if (query.error && !query.data) {
      series = <ErrorState message={t(errorMessageKey(query.error))} retryLabel={t('common.retry')} onRetry={() => void query.refetch()} />;
    } else if (!query.data || query.loading) {
      series = <Skeleton label={t('common.loading')} lines={8} />;
    } else {
      series = children;
    }
    body = (
      <>
        <SeriesFilters
          cups={{ options: supplyPoints.supplyPoints, value: supplyPoints.selected.cups, onChange: supplyPoints.setCups }}
          params={params}
          {...filters}
        />
        {series}
      </>
    );
  }

  return (
    <>
      <PageHeader title={title} subtitle={subtitle} actions={actions} />
      {body}
    </>
  );
}

/** The texts a series section gives (its own messages): the subtitle gets {from} {to} {granularity}. */
export type SeriesSectionKey = 'subtitle' | 'filters.label';

/**
 * A section that is one series screen of a consuming supply point (forecasts, deviations,
 * self-consumption): the series `query` selects for the supply point and period in the URL, under
 * the section's name and the period in words. `children` renders the loaded series; `today` is the
 * day the URL's period was read against, for the window data can exist in.
 */
export function SeriesSection<TData>({
  section,
  query,
  options,
  text,
  children,
}: {
  section: Section;
  query: TypedDocumentNode<TData, SeriesVariables>;
  options: SeriesParamsOptions;
  text: Translate<SeriesSectionKey>;
  children: (data: TData, today: string) => ReactNode;
}) {
  const { t } = useI18n();
  const state = useSeriesQuery(query, options, consumesEnergy);
  const period = usePeriodWords(state.params.range, state.params.granularity);
  return (
    <SeriesPage
      title={t(`section.${section}`)}
      subtitle={period ? text('subtitle', period) : undefined}
      state={state}
      filters={{ label: text('filters.label') }}
    >
      {state.query.data ? children(state.query.data, state.params.today) : null}
    </SeriesPage>
  );
}
