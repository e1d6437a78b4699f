import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { processIsAlive } from '../process-alive.js';

/**
 * A server killed with SIGKILL cannot stop its embedded PostgreSQL: the postmaster lives on
 * (re-parented to PID 1) holding the data directory, and the next start fails. Before starting,
 * the cluster's postmaster.pid tells what is left:
 *   - no file: nothing to do;
 *   - its process is gone (or is not a postgres of this directory, e.g. a reused PID): stale,
 *     removed;
 *   - a live postgres of this directory whose parent is another live Node process: a running
 *     portal (or `pnpm db:migrate`) owns it; refused, never stopped under it;
 *   - a live postgres of this directory that lost its parent (re-parented to init: the server
 *     that started it was killed): shut down with SIGINT (PostgreSQL's "fast" shutdown: aborts
 *     sessions, checkpoints, exits) and waited for; then the caller starts it again as its child.
 * Returns what was done, for the log, or null when there was nothing to do.
 */
export async function stopLeftoverPostmaster(clusterDir: string, options: { stopTimeoutMs?: number } = {}): Promise<string | null> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  let text: string;
  try {
    text = await readFile(pidFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const pid = Number(text.split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isPostgresOf(pid, clusterDir)) {
    await rm(pidFile, { force: true });
    return `Removed a stale postmaster.pid (process ${text.split('\n')[0]} is not running PostgreSQL on ${clusterDir}).`;
  }
  const owner = liveOwner(pid);
  if (owner !== null) {
    throw new Error(
      `The embedded PostgreSQL on ${clusterDir} belongs to a running process (pid ${owner}), e.g. another \`pnpm start\`. ` +
        'Stop it first, or give this one another DATA_DIR (or DATABASE_URL).',
    );
  }
  try {
    process.kill(pid, 'SIGINT');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPERM') {
      throw new Error(`A PostgreSQL (pid ${pid}) of another user is running on ${clusterDir}; stop it, then start again.`);
    }
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
  // Shutdown ends by removing postmaster.pid; the process may linger as a zombie when PID 1 does
  // not reap (some containers), which is harmless: it holds neither the port nor the directory.
  const deadline = Date.now() + (options.stopTimeoutMs ?? 60_000);
  while (existsSync(pidFile) && processIsAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`The PostgreSQL (pid ${pid}) left running on ${clusterDir} did not stop; stop it, then start again.`);
    await sleep(50);
  }
  await rm(pidFile, { force: true });
  return `Stopped the PostgreSQL (pid ${pid}) that an earlier run left running on ${clusterDir}.`;
}

/**
 * The live Node process (not this one) that started the postmaster `pid`, or null when it has
 * none: an orphan is re-parented to init or a subreaper, which is never Node. This process
 * itself counts as no owner: it is asking to start the cluster, so whatever it left is its own.
 */
function liveOwner(pid: number): number | null {
  const parent = parentOf(pid);
  if (parent === null || parent <= 1 || parent === process.pid || !processIsAlive(parent)) return null;
  const executable = path.basename(commandLine(parent)?.[0] ?? '');
  return executable.startsWith('node') ? parent : null;
}

function parentOf(pid: number): number | null {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid …".
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    try {
      return Number(execFileSync('ps', ['-o', 'ppid=', '-p', String(pid)], { encoding: 'utf8' }).trim());
    } catch {
      return null;
    }
  }
}

/** Whether `pid` is a live postgres started on `clusterDir` (so not a reused PID). */
function isPostgresOf(pid: number, clusterDir: string): boolean {
  if (!processIsAlive(pid)) return false;
  const args = commandLine(pid);
  if (!args) return false;
  return path.basename(args[0] ?? '').startsWith('postgres') && args.some((arg) => path.resolve(arg) === clusterDir);
}

function commandLine(pid: number): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    try {
      // No /proc (macOS): ps prints the arguments space-separated, good enough to find the directory.
      return execFileSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' }).trim().split(/\s+/);
    } catch {
      return null;
    }
  }
}

/** Fails with a clear message when another program holds the port the cluster must listen on. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${port} on 127.0.0.1 is in use by another program, so the embedded PostgreSQL cannot listen there. ` +
                'Stop that program, or choose another port with EMBEDDED_PG_PORT (or use an external database with DATABASE_URL).',
            )
          : error,
      );
    });
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}
