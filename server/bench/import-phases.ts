import { createReadStream } from 'node:fs';
import { finished, pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { SupplyPointIndex } from '../src/modules/imports/curve-fast-parser.js';
import { ImportSession, type ImportBatch } from '../src/modules/imports/import-session.js';
import { loadSupplyPointIndex } from '../src/modules/imports/import.service.js';
import { createImportStage, writeBatches } from '../src/modules/imports/import-writer.js';
import { processCpuMs } from './common.js';
import type { ImportResult } from './import-bench.js';
import type { Target } from './targets.js';

/**
 * The curve import in its parts, on the bench process itself: parsing alone (ImportSession, no
 * database), then writing the parsed batches alone (writeBatches into measurement, rolled back),
 * and the same COPY into a copy of the table without its primary key (the index's share).
 * Each with its wall time and CPU time (this process for parsing, the PostgreSQL backend for
 * writes, from /proc): on shared cores the CPU time is the steadier figure.
 */
export type PhaseTiming = { rows: number; seconds: number; cpuSeconds: number; walBytes?: number };
export type ImportPhases = { parse: PhaseTiming; write: PhaseTiming; copyWithoutIndex: PhaseTiming };

const CURVE_COPY = 'supply_point_id, start, interval_minutes, kwh, estimated, surplus_kwh, generated_kwh, self_consumed_kwh';

export async function parsePhase(file: string, supplyPoints: SupplyPointIndex): Promise<{ timing: PhaseTiming; batches: ImportBatch[] }> {
  const session = new ImportSession('CNMC', supplyPoints);
  const batches: ImportBatch[] = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  await pipeline(createReadStream(file, { highWaterMark: 64 * 1024 }), session, async (source: AsyncIterable<ImportBatch>) => {
    for await (const batch of source) batches.push(batch);
  });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { timing: { rows: session.outcome.rowsAccepted, seconds, cpuSeconds: (used.user + used.system) / 1e6 }, batches };
}


async function timed(client: pg.Client, rows: number, work: () => Promise<unknown>): Promise<PhaseTiming> {
  const walPosition = async () => (await client.query<{ lsn: string }>('select pg_current_wal_insert_lsn()::text as lsn')).rows[0]!.lsn;
  const pid = (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
  const walFrom = await walPosition();
  const cpu = processCpuMs(pid); // the bench's own cluster: the backend is a local process
  const started = performance.now();
  await work();
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = (processCpuMs(pid) - cpu) / 1000;
  const walTo = await walPosition();
  const walBytes = Number((await client.query<{ bytes: string }>('select pg_wal_lsn_diff($1, $2) as bytes', [walTo, walFrom])).rows[0]!.bytes);
  return { rows, seconds, cpuSeconds, walBytes };
}

/**
 * Parses `file`, then writes its rows as the import does and as a bare COPY into an index-less
 * copy of measurement; both in transactions rolled back. The target rows must be absent (the
 * caller deletes them), as for the import itself.
 */
export async function importPhases(databaseUrl: string, file: string): Promise<ImportPhases> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const supplyPoints = await loadSupplyPointIndex(client);
    const { timing: parse, batches } = await parsePhase(file, supplyPoints);
    const rows = batches.reduce((sum, batch) => sum + batch.rows, 0);
    async function* replay(): AsyncIterable<ImportBatch> {
      yield* batches;
    }
    await client.query('begin');
    await createImportStage(client, 'CNMC');
    const write = await timed(client, rows, () => writeBatches(client, 'CNMC', replay(), { customer: false }));
    await client.query('rollback');
    await client.query('begin');
    await client.query('create table import_bench_plain (like measurement)');
    const copyWithoutIndex = await timed(client, rows, async () => {
      for (const batch of batches) {
        const copy = client.query(copyFrom(`copy import_bench_plain (${CURVE_COPY}) from stdin (format binary)`));
        copy.end(batch.data);
        await finished(copy);
      }
    });
    await client.query('rollback');
    return { parse, write, copyWithoutIndex };
  } finally {
    await client.end();
  }
}

/** The parts as a results-file table. */
export function phasesReport(phases: ImportPhases): string[] {
  const row = (name: string, timing: PhaseTiming, cpuOf: string) =>
    `| ${name} | ${Math.round(timing.rows / timing.seconds).toLocaleString('en-US')} | ${Math.round(timing.rows / timing.cpuSeconds).toLocaleString('en-US')} (${cpuOf}) | ${timing.walBytes === undefined ? '–' : Math.round(timing.walBytes / timing.rows)} |`;
  return [
    'The same file in parts (bench process, rolled back): parse alone, then the parsed batches written alone as the import writes them, and the same COPY into a copy of `measurement` without its primary key (the difference is the index\'s share). Rows per CPU-second are the steadier figure on shared cores.',
    '',
    '| part | rows/s (wall) | rows per CPU-second | WAL bytes per row |',
    '|---|---:|---:|---:|',
    row('parse (ImportSession, no database)', phases.parse, 'Node'),
    row('write (writeBatches into measurement)', phases.write, 'PostgreSQL backend'),
    row('COPY into measurement without its primary key', phases.copyWithoutIndex, 'PostgreSQL backend'),
  ];
}

/** The route's rate against issue 15's 500,000 rows/s, and its parse and write parts apart (each must reach it too). */
export function importTargets(route: ImportResult | null, phases: ImportPhases | null): Target[] {
  const rate = (t: PhaseTiming | undefined) => (t ? t.rows / t.seconds : null);
  const limit = { kind: 'min', value: 500_000 } as const;
  return [
    { key: 'import/route', title: `curve import through POST /uploads/imports/cnmc${route ? ` (${route.rows.toLocaleString('en-US')} rows)` : ''}`, value: route?.rowsPerSecond ?? null, unit: 'rows/s', limit },
    { key: 'import/parse', title: 'curve import, parse alone (wall)', value: rate(phases?.parse), unit: 'rows/s', limit },
    { key: 'import/write', title: 'curve import, write alone (wall)', value: rate(phases?.write), unit: 'rows/s', limit },
  ];
}
