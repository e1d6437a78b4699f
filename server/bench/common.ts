import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres, type RunningPostgres } from '../src/core/db/embedded-postgres.js';

/** Paths and the bench's own PostgreSQL cluster (never the demo one under .data/). */
export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const SERVER_DIR = path.resolve(BENCH_DIR, '..');
export const REPO_DIR = path.resolve(SERVER_DIR, '..');
/** Git-ignored (bench/data/ in .gitignore): the cluster, generated CSVs, the SPA build. */
export const DATA_DIR = path.join(BENCH_DIR, 'data');
export const RESULTS_DIR = path.join(BENCH_DIR, 'results');
export const BENCH_PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54339);

export const SCALES = ['quick', 'small', 'large'] as const;
export type ScaleName = (typeof SCALES)[number];

export type Scale = {
  name: ScaleName;
  accounts: number;
  supplyPoints: number;
  /** Share of CUPS with quarter-hourly curves (at least 2 of them). */
  quarterHourShare: number;
  /** Months of invoices per contract. */
  invoiceMonths: number;
  /** Extra users beyond one per account (the admin search has something to search). */
  extraUsers: number;
  /** Rows of the generated CNMC file for the import benchmark. */
  importRows: number;
};

export const SCALE: Record<ScaleName, Scale> = {
  quick: { name: 'quick', accounts: 40, supplyPoints: 80, quarterHourShare: 0.05, invoiceMonths: 24, extraUsers: 200, importRows: 200_000 },
  small: { name: 'small', accounts: 500, supplyPoints: 1_000, quarterHourShare: 0.02, invoiceMonths: 24, extraUsers: 1_500, importRows: 1_000_000 },
  large: { name: 'large', accounts: 1_000, supplyPoints: 2_200, quarterHourShare: 0.1, invoiceMonths: 24, extraUsers: 5_000, importRows: 1_000_000 },
};

export const BENCH_META_KEY = 'bench_data';

/** What bench:data leaves in app_meta for pnpm bench: the dates it generated and the special CUPS. */
export type BenchMeta = {
  scale: string;
  today: string;
  /** Measurements cover [measuredFrom 00:00, today 00:00) local time. */
  measuredFrom: string;
  quarterHourCups: string[];
  counts: Record<string, number>;
  generation: { seconds: number; rowsPerSecond: number; byTable: { name: string; rows: number; seconds: number }[] };
};

export function benchDatabaseName(scale: ScaleName): string {
  return `portal_bench_${scale}`;
}

export function parseScale(value: string | undefined, fallback: ScaleName): ScaleName {
  const name = value ?? fallback;
  if (!(SCALES as readonly string[]).includes(name)) throw new Error(`--scale must be one of ${SCALES.join(', ')}, not ${name}`);
  return name as ScaleName;
}

/** `--name value` or `--name=value`; flags without a value are `true`. */
export function parseArgs(argv: string[]): Map<string, string | true> {
  const args = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) continue;
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (inline !== undefined) args.set(name, inline);
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) args.set(name, argv[++i]!);
    else args.set(name, true);
  }
  return args;
}

export function stringArg(args: Map<string, string | true>, name: string): string | undefined {
  const value = args.get(name);
  return typeof value === 'string' ? value : undefined;
}

/**
 * The bench cluster under bench/data/postgres (started like the server's embedded one). Its
 * settings are those of a small dedicated server, written once with ALTER SYSTEM; shared_buffers
 * takes effect from the next start (bench:data stops the cluster at its end).
 */
export async function startBenchCluster(log: (line: string) => void = console.log): Promise<RunningPostgres> {
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, 'postgres'), port: BENCH_PG_PORT, database: 'postgres', log });
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  try {
    for (const [name, value] of Object.entries(CLUSTER_SETTINGS)) await client.query(`alter system set ${name} = '${value}'`);
    await client.query('select pg_reload_conf()');
  } finally {
    await client.end();
  }
  return cluster;
}

/** Documented in bench/README.md. */
export const CLUSTER_SETTINGS: Record<string, string> = {
  shared_buffers: '1GB',
  effective_cache_size: '4GB',
  work_mem: '16MB',
  maintenance_work_mem: '512MB',
  max_wal_size: '8GB',
  checkpoint_timeout: '15min',
  random_page_cost: '1.1',
  max_parallel_maintenance_workers: '2',
};

/** The URL of a database of the cluster (same credentials as the cluster's admin URL). */
export function databaseUrl(clusterUrl: string, database: string): string {
  const url = new URL(clusterUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function databaseExists(clusterUrl: string, database: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: clusterUrl });
  await client.connect();
  try {
    return ((await client.query('select 1 from pg_database where datname = $1', [database])).rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

/** Europe/Madrid calendar date of an instant, YYYY-MM-DD. */
export function madridToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** utime + stime of a local process (a server, a PostgreSQL backend), in ms (Linux: clock ticks of 10 ms). */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Production servers need SECRET_KEY; sessions the bench inserts itself must hash alike. */
export const BENCH_SECRET_KEY = 'pnpm-bench-only-secret-key-not-for-production';

/** The environment of a production server the bench starts on loopback, on `databaseUrl`. */
export function productionServerEnv(options: { databaseUrl: string; port: number; dataDir: string }): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    DATABASE_URL: options.databaseUrl,
    SEED_DEMO_DATA: 'false',
    HOST: '127.0.0.1',
    PORT: String(options.port),
    PUBLIC_URL: `http://127.0.0.1:${options.port}`,
    DATA_DIR: options.dataDir,
    SECRET_KEY: BENCH_SECRET_KEY,
  };
}
