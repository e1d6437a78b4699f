import { useQuery } from '@apollo/client/react';
import { FilterBar } from '../../components/filter-bar.js';
import { FilterSelect, supplyPointOptions } from '../../components/filter-select.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryResult } from '../../components/query-result.js';
import { EmptyState } from '../../components/states.js';
import { useI18n } from '../../lib/i18n.js';
import { SUPPLY_POINTS } from '../../lib/supply-points.js';
import { useSearchParam } from '../../lib/use-search-param.js';
import { SettlementsCsv } from './settlements-csv.js';
import { SettlementsTable } from './settlements-table.js';
import { SETTLEMENTS_LIST } from './settlements.documents.js';
import { useMessages } from './settlements.messages.js';
import './settlements.css';

/** Monthly settlements of every generating CUPS (or of the one in ?cups=), newest first. */
export function SettlementsList() {
  const m = useMessages();
  const { t } = useI18n();
  const [cupsParam, setCups] = useSearchParam('cups');

  const points = useQuery(SUPPLY_POINTS);
  const generators = points.data?.supplyPoints.filter((point) => point.isGenerator);
  // A CUPS in the URL that is not one of the viewer's generators means "all", as if it did not exist.
  const cups = generators?.some((point) => point.cups === cupsParam) ? cupsParam : null;
  const settlements = useQuery(SETTLEMENTS_LIST, { variables: { cups }, skip: !generators?.length });

  return (
    <>
      <PageHeader title={m('title')} subtitle={m('subtitle')} />
      <QueryResult
        result={generators}
        query={points}
        skeletonLines={6}
        empty={<EmptyState title={m('noGeneratorsTitle')} text={m('noGeneratorsText')} />}
        isEmpty={(found) => found.length === 0}
      >
        {(found) => (
          <>
            {found.length > 1 ? (
              <FilterBar label={m('filters')}>
                <FilterSelect label={t('common.cups')} allLabel={m('allCups')} options={supplyPointOptions(found)} value={cups} onChange={setCups} />
              </FilterBar>
            ) : null}
            <QueryResult
              result={settlements.data?.generationSettlements}
              query={settlements}
              skeletonLines={6}
              empty={<EmptyState title={m('emptyTitle')} text={cups ? m('emptyCups', { cups }) : m('emptyAll')} />}
              isEmpty={(rows) => rows.length === 0}
            >
              {(rows) => (
                <>
                  <SettlementsCsv rows={rows} cups={cups} />
                  <SettlementsTable rows={rows} />
                </>
              )}
            </QueryResult>
          </>
        )}
      </QueryResult>
    </>
  );
}
