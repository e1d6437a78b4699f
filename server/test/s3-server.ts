import { mkdtemp, readdir, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DeleteObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import type { S3StorageSettings } from '../src/core/storage/s3-storage.js';

export type TestS3 = {
  endpoint: string;
  bucket: string;
  /** Settings for an S3Storage on this server, objects under `prefix` (empty or ending in `/`). */
  settings: (prefix: string) => S3StorageSettings;
  /** Every object in the bucket. */
  objectNames: () => Promise<string[]>;
  /** Deletes an object behind the app's back. */
  removeObject: (name: string) => Promise<void>;
  /** Multipart uploads begun and neither completed nor aborted. */
  pendingUploads: () => Promise<string[]>;
  stop: () => Promise<void>;
};

// s3rver's fixed keys; it checks request signatures against them.
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/**
 * A real S3-compatible server (s3rver) on loopback, over a temporary directory. s3rver does not
 * implement AbortMultipartUpload; this server answers it as S3 does (the parts are dropped), so
 * tests see what an abort leaves.
 */
export async function startTestS3(): Promise<TestS3> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'portal-s3-'));
  const bucket = 'portal-test';
  const s3rver = new S3rver({ directory, silent: true, configureBuckets: [{ name: bucket, configs: [] }] });
  await s3rver.configureBuckets();
  const uploadsDir = path.join(directory, bucket, '._S3rver_uploads');
  const handle = s3rver.callback();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://s3');
    const uploadId = url.searchParams.get('uploadId');
    if (req.method === 'DELETE' && uploadId !== null && url.pathname.startsWith(`/${bucket}/`)) {
      void rm(path.join(uploadsDir, path.basename(uploadId)), { recursive: true, force: true }).then(() => res.writeHead(204).end());
      return;
    }
    handle(req, res);
  });
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: CREDENTIALS });

  return {
    endpoint,
    bucket,
    settings: (prefix) => ({ bucket, prefix, region: 'us-east-1', endpoint, forcePathStyle: true, credentials: CREDENTIALS }),
    objectNames: async () => {
      const names: string[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
        names.push(...(page.Contents ?? []).map((object) => object.Key!));
        token = page.NextContinuationToken;
      } while (token);
      return names.sort();
    },
    removeObject: async (name) => {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: name }));
    },
    pendingUploads: () => readdir(uploadsDir).catch(() => []),
    stop: async () => {
      client.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(directory, { recursive: true, force: true });
    },
  };
}
