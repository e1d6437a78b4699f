import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ImportKind } from '../../__generated__/graphql.js';
import { ImportForm, ImportJobReport, ImportStatusBadge } from '../../components/import-parts.js';
import { useImportMessages } from '../../components/import-parts.messages.js';
import { ListDetailRoutes } from '../../components/list-detail-routes.js';
import { PagedTable } from '../../components/paged-table.js';
import { FilterSelect, oneOf } from '../../components/filter-select.js';
import { PageHeader } from '../../components/page-header.js';
import { EmptyState, NotFoundState } from '../../components/states.js';
import { TitledSection } from '../../components/titled-section.js';
import { useFormat } from '../../lib/format.js';
import { IMPORT_JOB_DETAIL, useImportJobDetail } from '../../lib/import-job.documents.js';
import { IMPORT_MAX_BYTES } from '../../lib/import-upload.js';
import { useCursorPages } from '../../lib/use-cursor-pages.js';
import { useSearchParam } from '../../lib/use-search-param.js';
import { ADMIN_IMPORT_JOBS } from './admin-imports.documents.js';
import { useMessages } from './admin-imports.messages.js';

const KINDS: readonly ImportKind[] = ['CNMC', 'DATADIS', 'OMIE'];
const PAGE_SIZE = 20;

/** /admin/imports: import a curve or price file, see the result and the history; /admin/imports/:id: one job. */
export default function AdminImportsSection() {
  return <ListDetailRoutes list={<ImportScreen />} detail={<ImportJobScreen />} />;
}

function ImportScreen() {
  const m = useMessages();
  const im = useImportMessages();
  const [historyVersion, setHistoryVersion] = useState(0);
  const [lastJobId, setLastJobId] = useState<string | null>(null);
  return (
    <>
      <PageHeader title={m('title')} />
      <ImportForm
        kinds={KINDS}
        title={im('newImport')}
        maxBytes={IMPORT_MAX_BYTES}
        onImported={(jobId) => {
          setLastJobId(jobId);
          setHistoryVersion((version) => version + 1);
        }}
      />
      {lastJobId ? (
        <TitledSection title={m('resultTitle')}>
          <JobReport id={lastJobId} />
        </TitledSection>
      ) : null}
      <History version={historyVersion} />
    </>
  );
}

function History({ version }: { version: number }) {
  const m = useMessages();
  const im = useImportMessages();
  const f = useFormat();
  const [kindParam, setKindParam] = useSearchParam('kind');
  const kind = oneOf(KINDS, kindParam);
  const pages = useCursorPages(kind ?? '');
  const query = useQuery(ADMIN_IMPORT_JOBS, {
    variables: { kind, first: PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const { refetch } = query;
  useEffect(() => {
    if (version > 0) void refetch();
  }, [version, refetch]);
  return (
    <TitledSection title={m('historyTitle')}>
      <div className="filters">
        <FilterSelect
          label={m('kindFilter')}
          allLabel={m('allKinds')}
          options={KINDS.map((value) => ({ value, label: im(`kindShort.${value}`) }))}
          value={kind}
          onChange={setKindParam}
        />
      </div>
      <PagedTable
        connection={query.data?.importJobs}
        query={query}
        pages={pages}
        isEmpty={(connection) => connection.totalCount === 0}
        empty={<EmptyState title={kind ? m('historyEmptyKind') : m('historyEmpty')} />}
        table={{
          caption: m('historyCaption'),
          scrollLabel: m('historyTitle'),
          columns: [
            m('col.date'),
            m('col.kind'),
            im('col.file'),
            m('col.status'),
            { label: im('rowsImported'), numeric: true },
            { label: im('rowsRejected'), numeric: true },
            m('col.by'),
          ],
        }}
        row={(job) => (
          <tr key={job.id}>
            <td>{f.dateTime(job.startedAt)}</td>
            <td>{im(`kindShort.${job.kind}`)}</td>
            <td>
              <Link to={encodeURIComponent(job.id)}>
                {job.fileName}
              </Link>
            </td>
            <td>
              <ImportStatusBadge status={job.status} />
            </td>
            <td className="number">{f.number(job.rowsImported)}</td>
            <td className="number">{f.number(job.rowsRejected)}</td>
            <td>{job.createdByEmail}</td>
          </tr>
        )}
      />
    </TitledSection>
  );
}

function ImportJobScreen() {
  const m = useMessages();
  const im = useImportMessages();
  const { id = '' } = useParams();
  const query = useQuery(IMPORT_JOB_DETAIL, { variables: { id } });
  const back = <Link to="..">{m('back')}</Link>;
  const job = query.data ? query.data.importJob : undefined;
  if (job === null) return <NotFoundState title={m('title')} text={im('notFound')} back={back} />;
  return (
    <>
      <PageHeader title={job ? job.fileName : m('title')} subtitle={job ? im(`kindShort.${job.kind}`) : undefined} actions={back} />
      <JobReport id={id} />
    </>
  );
}

function JobReport({ id }: { id: string }) {
  return <ImportJobReport query={useImportJobDetail(id)} maxBytes={IMPORT_MAX_BYTES} />;
}
