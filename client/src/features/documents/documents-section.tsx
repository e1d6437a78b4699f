import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { DocumentCategory } from '../../__generated__/graphql.js';
import { CursorPager } from '../../components/cursor-pager.js';
import { FilterBar } from '../../components/filter-bar.js';
import { FilterSelect, oneOf, supplyPointOptions } from '../../components/filter-select.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryResult } from '../../components/query-result.js';
import { EmptyState } from '../../components/states.js';
import { useI18n } from '../../lib/i18n.js';
import { SUPPLY_POINTS } from '../../lib/supply-points.js';
import { useCursorPages } from '../../lib/use-cursor-pages.js';
import { useSearchParam, useUpdateSearchParams } from '../../lib/use-search-param.js';
import { DOCUMENTS_PAGE } from './documents.documents.js';
import { useMessages } from './documents.messages.js';
import { FolderGroup, groupByFolder } from './folder-group.js';
import './documents.css';

const PAGE_SIZE = 20;

const CATEGORIES: readonly DocumentCategory[] = ['CONTRACT', 'INVOICE', 'SETTLEMENT', 'OFFER', 'SIGNED_COPY', 'IDENTITY', 'OTHER'];

/** The list of documents, grouped by folder, with filters kept in the URL (?category=&folder=&cups=). */
export default function DocumentsSection() {
  const m = useMessages();
  const { t } = useI18n();
  const [categoryParam, setCategory] = useSearchParam('category');
  const [folderParam, setFolder] = useSearchParam('folder');
  const [cupsParam, setCups] = useSearchParam('cups');
  const updateParams = useUpdateSearchParams();

  const supplyPointsQuery = useQuery(SUPPLY_POINTS);
  const supplyPoints = supplyPointsQuery.data?.supplyPoints ?? [];
  // A CUPS in the URL that the viewer cannot see is ignored, as if it did not exist.
  const cups = supplyPoints.some((point) => point.cups === cupsParam) ? cupsParam : null;
  const category = oneOf(CATEGORIES, categoryParam);
  const folder = folderParam || null;

  const filter = { category, folder, cups };
  const pages = useCursorPages(JSON.stringify(filter));
  const query = useQuery(DOCUMENTS_PAGE, {
    variables: { first: PAGE_SIZE, after: pages.after, filter },
    // Wait for the supply points when the URL names a CUPS, so the first request has the right filter.
    skip: cupsParam !== null && supplyPointsQuery.loading,
    errorPolicy: 'all',
  });

  // No API lists the distinct folders: offer the ones seen so far (and the one in the URL).
  const [seenFolders, setSeenFolders] = useState<string[]>([]);
  const nodes = query.data?.documents.nodes;
  useEffect(() => {
    if (!nodes) return;
    setSeenFolders((known) => {
      const added = nodes.map((node) => node.folder).filter((name) => !known.includes(name));
      return added.length ? [...new Set([...known, ...added])].sort((a, b) => a.localeCompare(b)) : known;
    });
  }, [nodes]);
  const folderOptions = folder && !seenFolders.includes(folder) ? [...seenFolders, folder] : seenFolders;

  const filtered = category !== null || folder !== null || cups !== null;
  // One navigation for the three (separate setters would each start from the same old URL).
  const clearFilters = () => updateParams({ category: null, folder: null, cups: null });

  const empty = filtered ? (
    <EmptyState title={m('emptyFilteredTitle')} text={m('emptyFilteredText')}>
      <button type="button" className="secondary" onClick={clearFilters}>
        {m('clearFilters')}
      </button>
    </EmptyState>
  ) : (
    <EmptyState title={m('emptyTitle')} text={m('emptyText')} />
  );

  return (
    <>
      <PageHeader title={m('title')} subtitle={m('subtitle')} />
      <FilterBar label={m('filters')}>
        <FilterSelect
          label={m('category')}
          allLabel={m('allCategories')}
          options={CATEGORIES.map((value) => ({ value, label: m(`category.${value}`) }))}
          value={category}
          onChange={setCategory}
        />
        <FilterSelect label={m('folder')} allLabel={m('allFolders')} options={folderOptions.map((name) => ({ value: name, label: name }))} value={folder} onChange={setFolder} />
        {supplyPoints.length > 1 ? (
          <FilterSelect label={t('common.cups')} allLabel={m('allCups')} options={supplyPointOptions(supplyPoints)} value={cups} onChange={setCups} />
        ) : null}
        {filtered ? (
          <button type="button" className="secondary" onClick={clearFilters}>
            {m('clearFilters')}
          </button>
        ) : null}
      </FilterBar>
      <QueryResult result={query.data?.documents} query={query} skeletonLines={6} empty={empty} isEmpty={(connection) => connection.nodes.length === 0}>
        {(connection) => (
          <>
            <p className="muted">{m('count', { n: connection.totalCount })}</p>
            {groupByFolder(connection.nodes).map(([name, rows]) => (
              <FolderGroup key={name} folder={name} rows={rows} onlyThisFolder={folder === null ? () => setFolder(name) : undefined} />
            ))}
            <CursorPager pages={pages} connection={connection} />
          </>
        )}
      </QueryResult>
    </>
  );
}
