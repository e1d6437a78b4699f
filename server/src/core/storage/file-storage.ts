import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { processIsAlive } from '../process-alive.js';

export type StoredFile = { key: string; sizeBytes: number; sha256: string };

/** Where document bytes live (rows keep only the key): local disk (this file) or S3 (s3-storage.ts). */
export interface FileStorage {
  /** Streams `content` under a new key inside `folder`; nothing is left behind if it fails. */
  put(folder: string, content: Readable | Buffer): Promise<StoredFile>;
  /** The stored bytes as a stream; rejects with StoredFileNotFoundError when there is no such file. */
  open(key: string): Promise<Readable>;
  /** Rejects with StoredFileNotFoundError when there is no such file. */
  size(key: string): Promise<number>;
  /** Removing a key that is not there is not an error. */
  remove(key: string): Promise<void>;
}

/** The one error every driver gives for a key it does not hold, so callers need not know the driver. */
export class StoredFileNotFoundError extends Error {
  readonly code = 'STORED_FILE_NOT_FOUND';
  constructor(readonly key: string) {
    super(`No stored file under ${key}`);
    this.name = 'StoredFileNotFoundError';
  }
}

const SAFE_FOLDER = /^[A-Za-z0-9][A-Za-z0-9/_-]*$/;

/** A new key inside `folder`, which is checked: keys become paths and object names. */
export function newStorageKey(folder: string): string {
  if (!SAFE_FOLDER.test(folder) || folder.includes('..')) throw new Error(`Unsafe storage folder: ${folder}`);
  return `${folder}/${randomUUID()}`;
}

/** Passes bytes through while counting them and hashing them (SHA-256); read `result()` at the end. */
export function measuringStream(): Transform & { result(): { sizeBytes: number; sha256: string } } {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      sizeBytes += chunk.length;
      done(null, chunk);
    },
  });
  return Object.assign(measure, { result: () => ({ sizeBytes, sha256: hash.digest('hex') }) });
}

export const toStream = (content: Readable | Buffer): Readable => (Buffer.isBuffer(content) ? Readable.from([content]) : content);

/**
 * A file being written is `<key>.<host>-<pid>-<run>.partial` until it is complete: the writer's
 * name lets a start tell the leftovers of a killed process on this host (its PID is gone) from
 * files other servers sharing the storage are writing right now. `<run>` is random per process: a
 * restarted container usually has the same hostname and PID as the one that died, so host and
 * PID alone would make its leftovers look like this process's own files in flight.
 */
const WRITER_HOST = os.hostname().replace(/[^A-Za-z0-9-]/g, '-') || 'host';
const WRITER_RUN = randomBytes(8).toString('hex');
const PARTIAL_SUFFIX = `.${WRITER_HOST}-${process.pid}-${WRITER_RUN}.partial`;
/** Host, PID and (absent in names written before runs were recorded) run. */
const PARTIAL_NAME = /\.([A-Za-z0-9-]+?)-(\d+)(?:-([0-9a-f]{16}))?\.partial$/;

/** A partial file of another host (or of an unknown writer) is only removed when older than this. */
export const PARTIAL_GRACE_MS = 24 * 60 * 60 * 1000;

export class LocalDiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  async put(folder: string, content: Readable | Buffer): Promise<StoredFile> {
    const key = newStorageKey(folder);
    const target = this.pathOf(key);
    const partial = `${target}${PARTIAL_SUFFIX}`;
    await mkdir(path.dirname(target), { recursive: true });

    const measure = measuringStream();
    try {
      await pipeline(toStream(content), measure, createWriteStream(partial, { flags: 'wx' }));
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return { key, ...measure.result() };
  }

  async open(key: string): Promise<Readable> {
    const file = await open(this.pathOf(key), 'r').catch((error: unknown) => notFoundAs(key, error));
    return file.createReadStream();
  }

  async size(key: string): Promise<number> {
    return (await stat(this.pathOf(key)).catch((error: unknown) => notFoundAs(key, error))).size;
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /**
   * Removes the partial files that no one will finish: those of a dead process on this host,
   * and any older than `graceMs` (a writer on another host is presumed dead by then). Run at
   * start. Returns how many were removed.
   */
  async removeLeftoverPartials(options: { graceMs?: number; now?: number } = {}): Promise<number> {
    const oldest = (options.now ?? Date.now()) - (options.graceMs ?? PARTIAL_GRACE_MS);
    let names: string[];
    try {
      names = await readdir(this.root, { recursive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw error;
    }
    let removed = 0;
    for (const name of names) {
      if (!name.endsWith('.partial')) continue;
      const file = path.join(this.root, name);
      const writer = PARTIAL_NAME.exec(name);
      const deadWriter = writer !== null && writer[1] === WRITER_HOST && !writerIsAlive(Number(writer[2]), writer[3]);
      const stale = await stat(file).then((info) => info.mtimeMs < oldest, () => false);
      if (deadWriter || stale) {
        await rm(file, { force: true });
        removed++;
      }
    }
    return removed;
  }

  private pathOf(key: string): string {
    const resolved = path.resolve(this.root, key);
    if (!resolved.startsWith(path.resolve(this.root) + path.sep)) throw new Error(`Key escapes storage: ${key}`);
    return resolved;
  }
}

function notFoundAs(key: string, error: unknown): never {
  throw (error as NodeJS.ErrnoException).code === 'ENOENT' ? new StoredFileNotFoundError(key) : error;
}

/** A writer on this host: with this process's PID it is this very process only if the run matches too. */
function writerIsAlive(pid: number, run: string | undefined): boolean {
  return pid === process.pid ? run === WRITER_RUN : processIsAlive(pid);
}
