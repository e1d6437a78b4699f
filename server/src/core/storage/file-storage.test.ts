import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalDiskStorage } from './file-storage.js';

// Issue 13, finding 4: `kill -9` mid-upload left a `.partial` file that nothing ever removed.

const roots: string[] = [];
afterEach(async () => {
  for (const root of roots.splice(0)) await rm(root, { recursive: true, force: true });
});

async function newRoot(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'portal-storage-'));
  roots.push(root);
  return root;
}

const files = async (root: string) => (await readdir(root, { recursive: true })).filter((name) => name.includes('.')).sort();
const host = os.hostname().replace(/[^A-Za-z0-9-]/g, '-') || 'host';
/** A PID that belonged to a process which has exited. */
const deadPid = () => spawnSync('true').pid!;

describe('partial files left behind', () => {
  it('removes those of a dead writer on this host and old ones; keeps those being written', async () => {
    const root = await newRoot();
    const storage = new LocalDiskStorage(root);
    await mkdir(path.join(root, 'documents'), { recursive: true });
    // Being written now, by this process (a put in flight).
    const live = new PassThrough();
    const putting = storage.put('documents', live);
    live.write('half a file');
    for (let i = 0; i < 500 && !(await files(root)).some((name) => name.endsWith('.partial')); i++) await new Promise((r) => setTimeout(r, 10));

    await writeFile(path.join(root, 'documents', `killed.${host}-${deadPid()}.partial`), 'x');
    // Another host's writer: alive as far as we can tell, until the grace period has passed.
    await writeFile(path.join(root, 'documents', 'recent.otherhost-1.partial'), 'x');
    const old = path.join(root, 'documents', 'old.otherhost-1.partial');
    await writeFile(old, 'x');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    await utimes(old, twoDaysAgo, twoDaysAgo);

    expect(await storage.removeLeftoverPartials()).toBe(2);
    const left = await files(root);
    expect(left.filter((name) => name.includes('killed') || name.includes('old.'))).toEqual([]);
    expect(left.some((name) => name.endsWith('recent.otherhost-1.partial'))).toBe(true);
    expect(left.filter((name) => name.includes(`.${host}-${process.pid}-`) && name.endsWith('.partial'))).toHaveLength(1);

    live.end(' and the rest');
    const stored = await putting;
    expect(await readdir(root, { recursive: true })).toContain(stored.key);
  });

  it('removes those of an earlier process that had this host name and PID (a restarted container)', async () => {
    const root = await newRoot();
    const storage = new LocalDiskStorage(root);
    await mkdir(path.join(root, 'documents'), { recursive: true });
    await writeFile(path.join(root, 'documents', `before-restart.${host}-${process.pid}-0123456789abcdef.partial`), 'x');
    await writeFile(path.join(root, 'documents', `older-name.${host}-${process.pid}.partial`), 'x');

    expect(await storage.removeLeftoverPartials()).toBe(2);
    expect(await files(root)).toEqual([]);
  });
});
