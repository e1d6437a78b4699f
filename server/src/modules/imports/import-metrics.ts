import { Counter } from 'prom-client';
import type { ImportKind } from './import-formats.js';
import type { ImportJobStatus } from './import-job.entity.js';

// Process-wide counters (one server process imports); /metrics registers them (imports' index.ts).
const importedRows = new Counter({
  name: 'portal_import_rows_total',
  help: 'Rows written by finished import jobs, by kind (rate() of it is the import throughput)',
  labelNames: ['kind'],
  registers: [],
});
const finishedJobs = new Counter({
  name: 'portal_import_jobs_total',
  help: 'Import jobs that finished processing their file, by kind and status',
  labelNames: ['kind', 'status'],
  registers: [],
});

export const importMetrics = [importedRows, finishedJobs];

/** Called once per job whose file was processed (committed or rejected). */
export function countFinishedImport(kind: ImportKind, status: ImportJobStatus, rowsImported: number): void {
  importedRows.inc({ kind }, rowsImported);
  finishedJobs.inc({ kind, status });
}
