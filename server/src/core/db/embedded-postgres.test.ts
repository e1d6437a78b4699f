import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../test/free-port.js';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres.js';

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

// Finding 2 of issue 13: after `kill -9` of the server, its PostgreSQL lives on and the next start failed.

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!().catch(() => undefined);
});

// One cluster for the file (initdb costs seconds); each test leaves it stopped.
let dataDir: string;
let port: number;
beforeAll(async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'portal-leftover-'));
  await chmod(dir, 0o755); // as root, PostgreSQL runs as `postgres`, which must reach the cluster
  dataDir = path.join(dir, 'postgres');
  port = await freePort();
});
afterAll(async () => {
  await rm(path.dirname(dataDir), { recursive: true, force: true });
});

async function start(dataDir: string, port: number): Promise<RunningPostgres> {
  const running = await startEmbeddedPostgres({ dataDir, port, database: 'portal' });
  cleanups.push(() => running.stop());
  return running;
}

async function selectOne(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ one: number }>('select 1 as one')).rows[0]!.one;
  } finally {
    await client.end();
  }
}

const postmasterPid = async (dataDir: string) => Number((await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);

describe('starting the embedded PostgreSQL after a crash', () => {
  it('stops a cluster of its own data directory left running, and starts it again', async () => {
    // What a killed server leaves: a postmaster on our directory that no one will stop.
    await start(dataDir, port);
    const leftoverPid = await postmasterPid(dataDir);
    // Forget it, as a killed process would (the stop of the cleanup list is a no-op then).
    cleanups.pop();
    cleanups.push(async () => process.kill(leftoverPid, 'SIGINT'));

    const second = await start(dataDir, port);
    expect(await selectOne(second.url)).toBe(1);
    expect(await postmasterPid(dataDir)).not.toBe(leftoverPid);
  });

  it('refuses, and leaves running, a cluster that another live process owns (a running portal)', async () => {
    const owner = spawn(process.execPath, ['--import', 'tsx', path.join(SERVER_DIR, 'test', 'fixtures', 'hold-embedded-postgres.ts'), dataDir, String(port)], {
      cwd: SERVER_DIR,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((resolve) => owner.once('exit', resolve));
    cleanups.push(async () => {
      owner.kill('SIGTERM');
      await exited;
    });
    await new Promise<void>((resolve, reject) => {
      owner.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      owner.once('exit', (code) => reject(new Error(`the owner exited with ${code}`)));
    });
    const ownedPid = await postmasterPid(dataDir);

    const failure = await startEmbeddedPostgres({ dataDir, port, database: 'portal' }).then(
      () => null,
      (error: unknown) => error,
    );
    expect((failure as Error).message).toContain(`belongs to a running process (pid ${owner.pid})`);
    expect(await postmasterPid(dataDir)).toBe(ownedPid);
    expect(await selectOne(`postgresql://portal:portal-local@127.0.0.1:${port}/portal`)).toBe(1);
  });

  it('removes a stale postmaster.pid whose PID now belongs to another process', async () => {
    // A reused PID: alive, but not PostgreSQL (PostgreSQL itself refuses to start then).
    const other = spawn('sleep', ['60'], { stdio: 'ignore' });
    cleanups.push(async () => other.kill('SIGKILL'));
    const stale = ['' + other.pid, dataDir, '0', String(port), '/tmp', '127.0.0.1', '0 0', 'ready', ''].join('\n');
    await writeFile(path.join(dataDir, 'postmaster.pid'), stale);

    const again = await start(dataDir, port);
    expect(await selectOne(again.url)).toBe(1);
  });

  it('says which port is taken when another program holds it', async () => {
    const squatter: Server = createServer();
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => squatter.close(resolve)));

    const failure = await startEmbeddedPostgres({ dataDir, port, database: 'portal' }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toContain(`Port ${port}`);
  });

  it('turns a rejection of embedded-postgres into an Error with what PostgreSQL said', async () => {
    // A cluster that cannot start: a setting PostgreSQL rejects.
    cleanups.push(() => rm(path.join(dataDir, 'postgresql.auto.conf')));
    await writeFile(path.join(dataDir, 'postgresql.auto.conf'), 'shared_buffers = nonsense\n');
    const failure = await startEmbeddedPostgres({ dataDir, port, database: 'portal' }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/PostgreSQL exited while starting.*shared_buffers/s);
  });
});
