import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestS3 } from '../../../test/s3-server.js';
import { LocalDiskStorage, StoredFileNotFoundError, type FileStorage } from './file-storage.js';
import { PART_BYTES, S3Storage } from './s3-storage.js';

/** One driver under test: its storage and everything it holds (files, objects, partials, unfinished uploads). */
type Subject = { storage: FileStorage; leftovers: () => Promise<string[]>; stop: () => Promise<void> };

const drivers: { name: string; start: () => Promise<Subject> }[] = [
  {
    name: 'local disk',
    start: async () => {
      const root = await mkdtemp(path.join(os.tmpdir(), 'portal-storage-contract-'));
      const leftovers = async () => (await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
      return { storage: new LocalDiskStorage(root), leftovers, stop: () => rm(root, { recursive: true, force: true }) };
    },
  },
  {
    name: 'S3 (s3rver on loopback)',
    start: async () => {
      const s3 = await startTestS3();
      const leftovers = async () => [...(await s3.objectNames()), ...(await s3.pendingUploads())];
      return { storage: new S3Storage(s3.settings('tenant/files/')), leftovers, stop: s3.stop };
    },
  },
];

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** `totalBytes` of reproducible, non-repeating bytes in 64 KiB chunks, generated as they are read. */
function generated(totalBytes: number, seed: number, options: { failAfter?: number } = {}): { stream: Readable; sha256: () => string } {
  const hash = createHash('sha256');
  async function* chunks(): AsyncGenerator<Buffer> {
    for (let offset = 0; offset < totalBytes; offset += 65_536) {
      if (options.failAfter !== undefined && offset >= options.failAfter) throw new Error('injected source failure');
      const chunk = Buffer.alloc(Math.min(65_536, totalBytes - offset));
      for (let i = 0; i < chunk.length; i++) chunk[i] = ((offset + i) * 2_654_435_761 + seed) >>> 24;
      hash.update(chunk);
      yield chunk;
    }
  }
  return { stream: Readable.from(chunks()), sha256: () => hash.digest('hex') };
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function hashOf(stream: Readable): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of stream) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

describe.each(drivers)('file storage contract: $name', (driver) => {
  let subject: Subject;
  beforeAll(async () => {
    subject = await driver.start();
  });
  afterAll(async () => {
    await subject?.stop();
  });

  it('stores, opens, sizes and removes a file', async () => {
    const bytes = Buffer.from('%PDF-1.7 un contrato de suministro');
    const stored = await subject.storage.put('accounts/a1/documents', bytes);
    expect(stored).toEqual({ key: expect.stringMatching(/^accounts\/a1\/documents\/[0-9a-f-]{36}$/), sizeBytes: bytes.length, sha256: sha256(bytes) });
    expect(await readAll(await subject.storage.open(stored.key))).toEqual(bytes);
    expect(await subject.storage.size(stored.key)).toBe(bytes.length);

    await subject.storage.remove(stored.key);
    await expect(subject.storage.open(stored.key)).rejects.toBeInstanceOf(StoredFileNotFoundError);
    await expect(subject.storage.size(stored.key)).rejects.toBeInstanceOf(StoredFileNotFoundError);
  });

  it('answers a key it never held as missing, the same way for open and size; removing it is no error', async () => {
    const key = `accounts/a1/documents/${randomUUID()}`;
    await expect(subject.storage.open(key)).rejects.toThrow(new StoredFileNotFoundError(key));
    await expect(subject.storage.size(key)).rejects.toThrow(new StoredFileNotFoundError(key));
    await expect(subject.storage.remove(key)).resolves.toBeUndefined();
  });

  it('streams a 20 MB file in and out with its size and SHA-256', async () => {
    const size = 20 * 1024 * 1024;
    const source = generated(size, 7);
    const stored = await subject.storage.put('installations/i1/contracts', source.stream);
    const expectedSha = source.sha256();
    expect(stored.sizeBytes).toBe(size);
    expect(stored.sha256).toBe(expectedSha);
    expect(await subject.storage.size(stored.key)).toBe(size);
    expect(await hashOf(await subject.storage.open(stored.key))).toEqual({ sha256: expectedSha, bytes: size });
    await subject.storage.remove(stored.key);
  });

  it.each([
    ['within the first part', 200_000, 100_000],
    ['after several parts were sent', 3 * PART_BYTES, 2 * PART_BYTES + 65_536],
  ])('leaves nothing when the source fails %s', async (_when, size, failAfter) => {
    const before = await subject.leftovers();
    const source = generated(size, 3, { failAfter });
    await expect(subject.storage.put('incidents/x1', source.stream)).rejects.toThrow('injected source failure');
    expect(await subject.leftovers()).toEqual(before);
  });

  it('keeps concurrent puts apart', async () => {
    const sizes = [1, 70_000, PART_BYTES + 1, 300, 2 * PART_BYTES, 65_536];
    const contents = sizes.map((size, index) => Buffer.alloc(size, index + 1));
    const stored = await Promise.all(contents.map((bytes) => subject.storage.put('accounts/a2/documents', Readable.from([bytes]))));
    expect(new Set(stored.map((file) => file.key)).size).toBe(sizes.length);
    for (const [index, file] of stored.entries()) {
      expect(file).toMatchObject({ sizeBytes: sizes[index], sha256: sha256(contents[index]!) });
      expect(await hashOf(await subject.storage.open(file.key))).toEqual({ sha256: sha256(contents[index]!), bytes: sizes[index] });
    }
    await Promise.all(stored.map((file) => subject.storage.remove(file.key)));
  });

  it('refuses a folder that could escape its place', async () => {
    const before = await subject.leftovers();
    for (const folder of ['../etc', '/absolute', 'a/../../b', '']) {
      await expect(subject.storage.put(folder, Buffer.from('%PDF-'))).rejects.toThrow('Unsafe storage folder');
    }
    expect(await subject.leftovers()).toEqual(before);
  });

  it('leaves nothing behind after the files are removed', async () => {
    expect(await subject.leftovers()).toEqual([]);
  });
});

describe('S3 storage', () => {
  it('keeps every object under its prefix', async () => {
    const s3 = await startTestS3();
    try {
      const stored = await new S3Storage(s3.settings('tenant/files/')).put('accounts/a3/documents', Buffer.from('%PDF-1.7'));
      expect(await s3.objectNames()).toEqual([`tenant/files/${stored.key}`]);
    } finally {
      await s3.stop();
    }
  });
});
