import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { measuringStream, newStorageKey, StoredFileNotFoundError, toStream, type FileStorage, type StoredFile } from './file-storage.js';

/** STORAGE_URL=s3://bucket/prefix and the S3_* settings (config.ts). */
export type S3StorageSettings = {
  bucket: string;
  /** Empty, or ends with `/`: object names are `<prefix><key>`. */
  prefix: string;
  region: string;
  /** Unset: AWS itself; set for MinIO, Ceph, s3rver and the like. */
  endpoint: string | undefined;
  forcePathStyle: boolean;
  /** Unset: the SDK's default chain (instance role, AWS_* variables, profile). */
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
};

/** S3's smallest multipart part; an upload holds a few parts in memory, never the whole file (DEPLOY.md has figures). */
export const PART_BYTES = 5 * 1024 * 1024;
const PARTS_IN_FLIGHT = 2;

/**
 * Files as objects in one bucket under a prefix. Uploads stream in parts (a multipart upload
 * above PART_BYTES, one PUT below it); a failed upload is aborted, and an object written
 * anyway (the source failed after the last part) is deleted.
 */
export class S3Storage implements FileStorage {
  private readonly client: S3Client;

  constructor(private readonly settings: S3StorageSettings) {
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials: settings.credentials,
    });
  }

  async put(folder: string, content: Readable | Buffer): Promise<StoredFile> {
    const key = newStorageKey(folder);
    const Key = this.objectName(key);
    const measure = measuringStream();
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.settings.bucket, Key, Body: measure },
      partSize: PART_BYTES,
      queueSize: PARTS_IN_FLIGHT,
      leavePartsOnError: false,
    });
    const uploading = upload.done();
    // A failed upload stops reading: end the source too, or its pipeline would wait forever.
    uploading.catch((error: unknown) => measure.destroy(error instanceof Error ? error : new Error(String(error))));
    const [fed, uploaded] = await Promise.allSettled([pipeline(toStream(content), measure), uploading]);
    const failure = fed.status === 'rejected' ? fed.reason : uploaded.status === 'rejected' ? uploaded.reason : undefined;
    if (failure !== undefined) {
      await this.remove(key).catch(() => {});
      throw failure;
    }
    const stored = { key, ...measure.result() };
    const kept = await this.size(key).catch(async (error: unknown) => {
      await this.remove(key).catch(() => {});
      throw error;
    });
    if (kept !== stored.sizeBytes) {
      await this.remove(key).catch(() => {});
      throw new Error(`Object storage kept ${kept} of the ${stored.sizeBytes} bytes sent for ${key}`);
    }
    return stored;
  }

  async open(key: string): Promise<Readable> {
    const object = await this.client
      .send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.objectName(key) }))
      .catch((error: unknown) => notFoundAs(key, error));
    // In Node the body is the HTTP response itself: it streams, and errors if the connection breaks.
    return object.Body as Readable;
  }

  async size(key: string): Promise<number> {
    const head = await this.client
      .send(new HeadObjectCommand({ Bucket: this.settings.bucket, Key: this.objectName(key) }))
      .catch((error: unknown) => notFoundAs(key, error));
    return head.ContentLength ?? 0;
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.objectName(key) }));
  }

  private objectName(key: string): string {
    return `${this.settings.prefix}${key}`;
  }
}

/** NoSuchKey (GET) and NotFound (HEAD, no body to say more) are what S3 answers for a missing object. */
function notFoundAs(key: string, error: unknown): never {
  const name = (error as { name?: string } | null)?.name;
  throw name === 'NoSuchKey' || name === 'NotFound' ? new StoredFileNotFoundError(key) : error;
}
