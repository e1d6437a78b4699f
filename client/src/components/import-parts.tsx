import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ImportJobDetailQuery, ImportKind } from '../__generated__/graphql.js';
import { asyncHandler } from '../lib/async-handler.js';
import { useFormat } from '../lib/format.js';
import { ImportFailure, uploadImport, type ImportFailureCode } from '../lib/import-upload.js';
import { Badge, type Tone } from './badge.js';
import { useImportMessages } from './import-parts.messages.js';
import { QueryResult, type QueryState } from './query-result.js';
import { ScrollableTable } from './scrollable-table.js';
import { EmptyState } from './states.js';
import { TableHead } from './table-head.js';
import { UploadField } from './upload-field.js';
import './import-parts.css';

/**
 * The import form (file, progress bar, valid-rows option) and a job's result with its line and
 * column errors: the admin import screen and the customer's own curve upload (customer-curve-upload.tsx).
 */

export type ImportJobDetail = NonNullable<ImportJobDetailQuery['importJob']>;
type JobStatus = ImportJobDetail['status'];

const STATUS_TONE: Record<JobStatus, Tone> = {
  SUCCEEDED: 'ok',
  PARTIAL: 'warn',
  REJECTED: 'bad',
  FAILED: 'bad',
  RUNNING: 'neutral',
};

type ImportFormProps = {
  /** The kinds offered; with one there is nothing to choose. */
  kinds: readonly ImportKind[];
  title: string;
  /** The file hint, when it is not the chosen kind's. */
  fileHint?: string;
  onImported: (jobId: string, succeeded: boolean) => void;
  /** The viewer's file size limit (lib/import-upload.ts), checked before sending and named in TOO_LARGE. */
  maxBytes: number;
  /** The title's level: 2 on a screen of its own, 3 inside a section that has its h2. */
  headingLevel?: 2 | 3;
};

const MIB = 1024 * 1024;

export function ImportForm({ kinds, title, fileHint, onImported, maxBytes, headingLevel = 2 }: ImportFormProps) {
  const m = useImportMessages();
  const [kind, setKind] = useState<ImportKind>(kinds[0]!);
  const [file, setFile] = useState<File | undefined>();
  const [validRowsOnly, setValidRowsOnly] = useState(false);
  const [fraction, setFraction] = useState<number | null>(null);
  const [failure, setFailure] = useState<ImportFailureCode | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const abortRef = useRef<AbortController | null>(null);
  const headingId = useId();
  const checkboxId = useId();
  const checkboxHintId = useId();
  const busy = fraction !== null;
  const Heading = headingLevel === 3 ? 'h3' : 'h2';

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
      const answer = await uploadImport(kind, file, { validRowsOnly, maxBytes, signal: controller.signal, onProgress: setFraction });
      setStatus(m('done', { status: m(`status.${answer.status}`) }));
      onImported(answer.jobId, answer.rowsImported > 0);
    } catch (error) {
      const code = error instanceof ImportFailure ? error.code : 'IMPORT_FAILED';
      setFailure(code);
      if (error instanceof ImportFailure && error.jobId) onImported(error.jobId, false);
    } finally {
      abortRef.current = null;
      setFraction(null);
    }
  }

  const percent = fraction === null ? 0 : Math.round(fraction * 100);
  const error = missingFile ? m('noFile') : failure ? m(`failure.${failure}`, { mb: maxBytes / MIB }) : null;
  return (
    <section className="card" aria-labelledby={headingId}>
      <Heading id={headingId}>{title}</Heading>
      <form className="import-form" onSubmit={asyncHandler(submit)} noValidate>
        {kinds.length > 1 ? (
          <fieldset disabled={busy}>
            <legend>{m('kindLegend')}</legend>
            {kinds.map((value) => (
              <label key={value} className="radio">
                <input type="radio" name="import-kind" value={value} checked={kind === value} onChange={() => setKind(value)} />{' '}
                {m(`kind.${value}`)}
              </label>
            ))}
          </fieldset>
        ) : null}
        <UploadField
          label={m('fileLabel')}
          hint={fileHint ?? m(`fileHint.${kind}`)}
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

export function ImportStatusBadge({ status }: { status: JobStatus }) {
  const m = useImportMessages();
  return <Badge tone={STATUS_TONE[status]}>{m(`status.${status}`)}</Badge>;
}

/** A job as useImportJobDetail fetches it: its result, or that it does not exist. */
export function ImportJobReport({ query, maxBytes }: { query: QueryState & { data?: ImportJobDetailQuery }; maxBytes: number }) {
  const m = useImportMessages();
  return (
    <QueryResult result={query.data ? query.data.importJob : undefined} query={query} empty={<EmptyState title={m('notFound')} />}>
      {(job) => <ImportJobResult job={job} maxBytes={maxBytes} />}
    </QueryResult>
  );
}

/** One job: its outcome, counts and the per-row errors. */
function ImportJobResult({ job, maxBytes }: { job: ImportJobDetail; maxBytes: number }) {
  const m = useImportMessages();
  const f = useFormat();
  return (
    <div className="import-result" data-testid="import-result">
      <p>
        <ImportStatusBadge status={job.status} /> {m(`summary.${job.status}`)}
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
      {job.message ? <p>{m(`failure.${failureCode(job.message)}`, { mb: maxBytes / MIB })}</p> : null}
      {job.errors.length > 0 ? <ErrorTable job={job} /> : null}
    </div>
  );
}

function failureCode(message: string): ImportFailureCode {
  const known: readonly string[] = ['TOO_LARGE', 'NO_FILE', 'MALFORMED', 'ABORTED', 'IMPORT_BUSY'];
  return known.includes(message) ? (message as ImportFailureCode) : 'IMPORT_FAILED';
}

function ErrorTable({ job }: { job: ImportJobDetail }) {
  const m = useImportMessages();
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
