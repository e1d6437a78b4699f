import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export type StoredFile = { key: string; sizeBytes: number; sha256: string };

/** Where document bytes live (rows keep only the key): local disk now, object storage later. */
export interface FileStorage {
  /** Streams `content` under a new key inside `folder`; nothing is left behind if it fails. */
  put(folder: string, content: Readable | Buffer): Promise<StoredFile>;
  open(key: string): Readable;
  size(key: string): Promise<number>;
  remove(key: string): Promise<void>;
}

const SAFE_FOLDER = /^[A-Za-z0-9][A-Za-z0-9/_-]*$/;

export class LocalDiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  async put(folder: string, content: Readable | Buffer): Promise<StoredFile> {
    if (!SAFE_FOLDER.test(folder) || folder.includes('..')) throw new Error(`Unsafe storage folder: ${folder}`);
    const key = `${folder}/${randomUUID()}`;
    const target = this.pathOf(key);
    const partial = `${target}.partial`;
    await mkdir(path.dirname(target), { recursive: true });

    const hash = createHash('sha256');
    let sizeBytes = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        sizeBytes += chunk.length;
        done(null, chunk);
      },
    });
    try {
      const source = Buffer.isBuffer(content) ? Readable.from([content]) : content;
      await pipeline(source, measure, createWriteStream(partial, { flags: 'wx' }));
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return { key, sizeBytes, sha256: hash.digest('hex') };
  }

  open(key: string): Readable {
    return createReadStream(this.pathOf(key));
  }

  async size(key: string): Promise<number> {
    return (await stat(this.pathOf(key))).size;
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    const resolved = path.resolve(this.root, key);
    if (!resolved.startsWith(path.resolve(this.root) + path.sep)) throw new Error(`Key escapes storage: ${key}`);
    return resolved;
  }
}
