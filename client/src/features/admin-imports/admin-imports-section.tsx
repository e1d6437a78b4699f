import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, Route, Routes, useParams } from 'react-router';
import type { AdminImportJobQuery, ImportKind } from '../../__generated__/graphql.js';
import { Badge, type Tone } from '../../components/badge.js';
import { PagedTable } from '../../components/paged-table.js';
import { FilterSelect, oneOf } from '../../components/filter-select.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryResult } from '../../components/query-result.js';
import { ScrollableTable } from '../../components/scrollable-table.js';
import { EmptyState, NotFoundState } from '../../components/states.js';
import { TableHead } from '../../components/table-head.js';
import { TitledSection } from '../../components/titled-section.js';
import { UploadField } from '../../components/upload-field.js';
import { asyncHandler } from '../../lib/async-handler.js';
import { useFormat } from '../../lib/format.js';
import { useCursorPages } from '../../lib/use-cursor-pages.js';
import { useSearchParam } from '../../lib/use-search-param.js';
import { ADMIN_IMPORT_JOB, ADMIN_IMPORT_JOBS } from './admin-imports.documents.js';
import { useMessages } from './admin-imports.messages.js';
import './admin-imports.css';
import { ImportFailure, uploadImport, type ImportFailureCode } from './import-upload.js';

const KINDS: readonly ImportKind[] = ['CNMC', 'DATADIS', 'OMIE'];
const PAGE_SIZE = 20;

type Job = NonNullable<AdminImportJobQuery['importJob']>;
type JobStatus = Job['status'];

const STATUS_TONE: Record<JobStatus, Tone> = {
  SUCCEEDED: 'ok',
  PARTIAL: 'warn',
  REJECTED: 'bad',
  FAILED: 'bad',
  RUNNING: 'neutral',
};

/** /admin/imports: import a curve or price file, see the result and the history; /admin/imports/:id: one job. */
export default function AdminImportsSection() {
  return (
    <Routes>
      <Route index element={<ImportScreen />} />
      <Route path=":id" element={<ImportJobScreen />} />
    </Routes>
  );
}

function ImportScreen() {
  const m = useMessages();
  const [historyVersion, setHistoryVersion] = useState(0);
  const [lastJobId, setLastJobId] = useState<string | null>(null);
  return (
    <>
      <PageHeader title={m('title')} />
      <ImportForm
        onImported={(jobId) => {
          setLastJobId(jobId);
          setHistoryVersion((version) => version + 1);
        }}
      />
      {lastJobId ? (
        <TitledSection title={m('resultTitle')}>
          <JobResult id={lastJobId} />
        </TitledSection>
      ) : null}
      <History version={historyVersion} />
    </>
  );
}

function ImportForm({ onImported }: { onImported: (jobId: string) => void }) {
  const m = useMessages();
  const [kind, setKind] = useState<ImportKind>('CNMC');
  const [file, setFile] = useState<File | undefined>();
  const [validRowsOnly, setValidRowsOnly] = useState(false);
  const [fraction, setFraction] = useState<number | null>(null);
  const [failure, setFailure] = useState<ImportFailureCode | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const abortRef = useRef<AbortController | null>(null);
  const checkboxId = useId();
  const checkboxHintId = useId();
  const busy = fraction !== null;

  useEffect(() => () => abortRef.current?.abort(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!file) {
      setMissingFile(true);
      inputRef.current?.focus();
      return;
    }
    setFailure(null);
    setStatus(null);
    setFraction(0);
    const controller = new AbortController();
    abortRef.current = controller;
    try {
      const answer = await uploadImport(kind, file, { validRowsOnly, signal: controller.signal, onProgress: setFraction });
      setStatus(m('done', { status: m(`status.${answer.status}`) }));
      onImported(answer.jobId);
    } catch (error) {
      const code = error instanceof ImportFailure ? error.code : 'IMPORT_FAILED';
      setFailure(code);
      if (error instanceof ImportFailure && error.jobId) onImported(error.jobId);
    } finally {
      abortRef.current = null;
      setFraction(null);
    }
  }

  const percent = fraction === null ? 0 : Math.round(fraction * 100);
  const error = missingFile ? m('noFile') : failure ? m(`failure.${failure}`) : null;
  return (
    <section className="card" aria-labelledby="import-new">
      <h2 id="import-new">{m('newImport')}</h2>
      <form className="import-form" onSubmit={asyncHandler(submit)} noValidate>
        <fieldset disabled={busy}>
          <legend>{m('kindLegend')}</legend>
          {KINDS.map((value) => (
            <label key={value} className="radio">
              <input type="radio" name="import-kind" value={value} checked={kind === value} onChange={() => setKind(value)} />{' '}
              {m(`kind.${value}`)}
            </label>
          ))}
        </fieldset>
        <UploadField
          label={m('fileLabel')}
          hint={m(`fileHint.${kind}`)}
          dropHint={m('dropHint')}
          accept=".csv,.txt,.1,.2,text/csv,text/plain"
          disabled={busy}
          inputRef={inputRef}
          onFile={(chosen) => {
            setFile(chosen);
            setMissingFile(false);
            setFailure(null);
          }}
          progress={
            busy
              ? {
                  percent,
                  label: m('progressLabel'),
                  text: percent >= 100 ? m('processing') : m('progressText', { percent }),
                  cancelLabel: m('cancel'),
                  onCancel: () => abortRef.current?.abort(),
                }
              : null
          }
          status={busy ? (percent >= 100 ? m('processing') : null) : status}
          error={error}
          errorKind={missingFile ? 'field' : 'alert'}
        />
        <div className="field checkbox">
          <input
            id={checkboxId}
            type="checkbox"
            checked={validRowsOnly}
            disabled={busy}
            aria-describedby={checkboxHintId}
            onChange={(event) => setValidRowsOnly(event.currentTarget.checked)}
          />{' '}
          <label htmlFor={checkboxId}>{m('validRowsOnly')}</label>
          <p id={checkboxHintId} className="muted">
            {m('validRowsOnlyHint')}
          </p>
        </div>
        <button type="submit" disabled={busy}>
          {m('submit')}
        </button>
      </form>
    </section>
  );
}

function StatusBadge({ status }: { status: JobStatus }) {
  const m = useMessages();
  return <Badge tone={STATUS_TONE[status]}>{m(`status.${status}`)}</Badge>;
}

/** One job: its outcome, counts and the per-row errors. */
function JobResult({ id }: { id: string }) {
  const m = useMessages();
  const f = useFormat();
  const query = useQuery(ADMIN_IMPORT_JOB, { variables: { id }, fetchPolicy: 'network-only' });
  return (
    <QueryResult result={query.data ? query.data.importJob : undefined} query={query} empty={<EmptyState title={m('notFound')} />}>
      {(job) => (
        <div className="import-result" data-testid="import-result">
          <p>
            <StatusBadge status={job.status} /> {m(`summary.${job.status}`)}
          </p>
          <dl className="details">
            <dt>{m('col.file')}</dt>
            <dd>{m('fileAndKind', { file: job.fileName, kind: m(`kindShort.${job.kind}`) })}</dd>
            <dt>{m('rowsRead')}</dt>
            <dd>{f.number(job.rowsRead)}</dd>
            <dt>{m('rowsImported')}</dt>
            <dd className="stat">{f.number(job.rowsImported)}</dd>
            <dt>{m('rowsRejected')}</dt>
            <dd>{f.number(job.rowsRejected)}</dd>
          </dl>
          {job.firstStart && job.lastStart ? <p>{m('range', { from: f.dateTime(job.firstStart), to: f.dateTime(job.lastStart) })}</p> : null}
          <p className="muted">{m('startedBy', { date: f.dateTime(job.startedAt), email: job.createdByEmail })}</p>
          {job.message ? <p>{m(`failure.${failureCode(job.message)}`)}</p> : null}
          {job.errors.length > 0 ? <ErrorTable job={job} /> : null}
        </div>
      )}
    </QueryResult>
  );
}

function failureCode(message: string): ImportFailureCode {
  const known: readonly string[] = ['TOO_LARGE', 'NO_FILE', 'MALFORMED', 'ABORTED'];
  return known.includes(message) ? (message as ImportFailureCode) : 'IMPORT_FAILED';
}

function ErrorTable({ job }: { job: Job }) {
  const m = useMessages();
  const f = useFormat();
  const shown = job.errors.length;
  return (
    <>
      <h3>{m('errorsTitle')}</h3>
      {job.errorCount > shown ? <p className="muted">{m('errorsMore', { shown: f.number(shown), total: f.number(job.errorCount) })}</p> : null}
      <ScrollableTable label={m('errorsTitle')}>
        <table className="import-errors">
          <caption>{m('errorsCaption', { shown: f.number(shown), total: f.number(job.errorCount) })}</caption>
          <TableHead columns={[{ label: m('col.line'), numeric: true }, m('col.column'), m('col.reason'), m('col.value')]} />
          <tbody>
            {job.errors.map((error, index) => (
              <tr key={index}>
                <td className="number">{error.line}</td>
                <td>{error.column ?? m('wholeLine')}</td>
                <td>{m(`reason.${error.reason}`, { value: error.value ?? '' })}</td>
                <td>
                  <code>{error.value ?? ''}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollableTable>
    </>
  );
}

function History({ version }: { version: number }) {
  const m = useMessages();
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
          options={KINDS.map((value) => ({ value, label: m(`kindShort.${value}`) }))}
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
            m('col.file'),
            m('col.status'),
            { label: m('rowsImported'), numeric: true },
            { label: m('rowsRejected'), numeric: true },
            m('col.by'),
          ],
        }}
        row={(job) => (
          <tr key={job.id}>
            <td>{f.dateTime(job.startedAt)}</td>
            <td>{m(`kindShort.${job.kind}`)}</td>
            <td>
              <Link to={encodeURIComponent(job.id)}>
                {job.fileName}
              </Link>
            </td>
            <td>
              <StatusBadge status={job.status} />
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
  const { id = '' } = useParams();
  const query = useQuery(ADMIN_IMPORT_JOB, { variables: { id } });
  const back = <Link to="..">{m('back')}</Link>;
  const job = query.data ? query.data.importJob : undefined;
  if (job === null) return <NotFoundState title={m('title')} text={m('notFound')} back={back} />;
  return (
    <>
      <PageHeader title={job ? job.fileName : m('title')} subtitle={job ? m(`kindShort.${job.kind}`) : undefined} actions={back} />
      <JobResult id={id} />
    </>
  );
}
