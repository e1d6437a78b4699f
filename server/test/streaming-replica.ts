import { execFile as execFileCallback, execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './free-port.js';

const execFile = promisify(execFileCallback);

// pg_basebackup is not among the embedded package's binaries (initdb, pg_ctl, postgres): Debian's are used.
const TOOLS = ['initdb', 'pg_ctl', 'pg_basebackup', 'postgres'];

function findDebianPostgres(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((version) => /^\d+$/.test(version))
    .sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = path.join(root, version, 'bin');
    if (TOOLS.every((tool) => existsSync(path.join(bin, tool)))) return bin;
  }
  return null;
}

/** scripts/ensure-debian-package.sh: the one apt-get install the test commands share. */
const ENSURE_PACKAGE = path.resolve(import.meta.dirname, '../../scripts/ensure-debian-package.sh');

/**
 * The bin folder of Debian's PostgreSQL, installed with apt-get when missing and we are root
 * (a fresh CI machine, as client e2e installs Chromium); null when it cannot be had.
 */
export function debianPostgresBin(): string | null {
  const found = findDebianPostgres();
  if (found) return found;
  try {
    execFileSync('sh', [ENSURE_PACKAGE, 'postgresql', 'the replica test', 'false'], { stdio: 'ignore' });
  } catch {
    return null; // not root, no apt-get, or no package: the caller says why it skips
  }
  return findDebianPostgres();
}

export type StreamingPair = {
  primaryUrl: string;
  standbyUrl: string;
  /** Waits until the standby has replayed everything the primary has written so far. */
  caughtUp: () => Promise<void>;
  /** Stops the standby (fast shutdown): what a dead replica looks like to the app. */
  stopStandby: () => Promise<void>;
  stop: () => Promise<void>;
};

const DATABASE = 'portal';
// Command-line settings are not copied by pg_basebackup: both servers get these.
const COMMON_SETTINGS = ['-c shared_preload_libraries=pg_stat_statements', '-c timezone=UTC'];

/**
 * A primary (wal_level=replica, pg_stat_statements) and a hot standby made from it with
 * `pg_basebackup -R` over a replication user, each on its own loopback port, both run as the
 * `postgres` system user when we are root (PostgreSQL refuses to run as root).
 */
export async function startStreamingPair(bin: string): Promise<StreamingPair> {
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? { uid: Number(execFileSync('id', ['-u', 'postgres']).toString()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString()) } : {};
  const dir = await mkdtemp(path.join(os.tmpdir(), 'portal-replica-'));
  if (owner.uid !== undefined) await chown(dir, owner.uid, owner.gid!);
  const run = (tool: string, args: string[]) => execFile(path.join(bin, tool), args, { ...owner, cwd: dir });
  const primaryDir = path.join(dir, 'primary');
  const standbyDir = path.join(dir, 'standby');
  const [primaryPort, standbyPort] = [await freePort(), await freePort()];
  const start = (dataDir: string, port: number, settings: string[]) =>
    run('pg_ctl', ['-D', dataDir, '-l', `${dataDir}.log`, '-w', '-o', [`-p ${port}`, '-c listen_addresses=127.0.0.1', `-c unix_socket_directories=${dir}`, ...settings].join(' '), 'start']);
  const stopCluster = (dataDir: string) => run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']).catch(() => undefined);
  const url = (port: number, user = 'portal', database = DATABASE) => `postgresql://${user}@127.0.0.1:${port}/${database}`;

  try {
    // trust on loopback: a throwaway cluster; initdb's pg_hba.conf also lets `replication` connect there.
    await run('initdb', ['-D', primaryDir, '-U', 'portal', '--auth=trust', '--encoding=UTF8', '--locale=C']);
    await start(primaryDir, primaryPort, ['-c wal_level=replica', '-c max_wal_senders=4', ...COMMON_SETTINGS]);
    await query(url(primaryPort, 'portal', 'postgres'), ['CREATE ROLE replicator WITH REPLICATION LOGIN', `CREATE DATABASE ${DATABASE}`]);
    await query(url(primaryPort), ['CREATE EXTENSION pg_stat_statements']);
    await run('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'replicator', '-D', standbyDir, '-R', '-X', 'stream', '-c', 'fast']);
    await start(standbyDir, standbyPort, ['-c hot_standby=on', ...COMMON_SETTINGS]);
  } catch (error) {
    await stopCluster(standbyDir);
    await stopCluster(primaryDir);
    await rm(dir, { recursive: true, force: true });
    throw error;
  }

  let standbyRunning = true;
  return {
    primaryUrl: url(primaryPort),
    standbyUrl: url(standbyPort),
    caughtUp: async () => {
      const lsn = (await query(url(primaryPort), ['select pg_current_wal_lsn()::text as lsn']))[0]![0]!.lsn as string;
      for (let tries = 0; tries < 600; tries++) {
        const [rows] = await query(url(standbyPort), [`select pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn as replayed`]);
        if (rows![0]!.replayed) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`The standby did not replay the primary's WAL up to ${lsn}`);
    },
    stopStandby: async () => {
      standbyRunning = false;
      await stopCluster(standbyDir);
    },
    stop: async () => {
      if (standbyRunning) await stopCluster(standbyDir);
      await stopCluster(primaryDir);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Runs statements in order on one connection; the rows of each. */
export async function query(connectionString: string, statements: string[]): Promise<Record<string, unknown>[][]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const results: Record<string, unknown>[][] = [];
    for (const statement of statements) results.push((await client.query(statement)).rows);
    return results;
  } finally {
    await client.end();
  }
}
