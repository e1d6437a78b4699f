import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

// STORAGE_URL and the S3_* settings: where files live, and a clear refusal for anything unclear.

const base = { NODE_ENV: 'test', DATA_DIR: '/srv/portal-data' } as const;
const s3 = { ...base, STORAGE_URL: 's3://portal-files/prod/documents', S3_REGION: 'eu-south-2' };

/** The error loadConfig gives, or a failure if it accepts the environment. */
function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('loadConfig accepted the environment');
}

describe('STORAGE_URL', () => {
  it('keeps files on the local disk by default, under DATA_DIR/files or the file:// directory', () => {
    expect(loadConfig(base)).toMatchObject({ storageDir: '/srv/portal-data/files', objectStorage: undefined });
    expect(loadConfig({ ...base, STORAGE_URL: 'file:///mnt/portal%20files' })).toMatchObject({ storageDir: '/mnt/portal files', objectStorage: undefined });
  });

  it('reads an s3:// URL and the S3 settings', () => {
    expect(loadConfig(s3).objectStorage).toEqual({
      bucket: 'portal-files',
      prefix: 'prod/documents/',
      region: 'eu-south-2',
      endpoint: undefined,
      forcePathStyle: false,
      credentials: undefined,
    });
    const minio = loadConfig({
      ...s3,
      STORAGE_URL: 's3://portal-files/',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_ACCESS_KEY_ID: 'portal',
      S3_SECRET_ACCESS_KEY: 'a-secret-key',
      S3_FORCE_PATH_STYLE: 'true',
    });
    expect(minio.objectStorage).toMatchObject({
      prefix: '',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'portal', secretAccessKey: 'a-secret-key' },
    });
  });

  it.each([
    ['an unknown scheme', { STORAGE_URL: 'ftp://files/x' }, 'STORAGE_URL: unsupported scheme ftp:'],
    ['a relative path', { STORAGE_URL: 'files/here' }, 'STORAGE_URL: expected file:///absolute/dir or s3://bucket/prefix'],
    ['a file:// URL with a host', { STORAGE_URL: 'file://server/share' }, 'STORAGE_URL: a file:// URL has no host'],
    ['a bucket name S3 refuses', { ...s3, STORAGE_URL: 's3://Portal_Files/x' }, 'STORAGE_URL: the bucket name must be'],
    ['credentials in the URL', { ...s3, STORAGE_URL: 's3://key:secret@portal-files/x' }, 'STORAGE_URL: credentials go in S3_ACCESS_KEY_ID'],
    ['a prefix with odd characters', { ...s3, STORAGE_URL: 's3://portal-files/a b' }, 'STORAGE_URL: the prefix is made of segments'],
    ['no region for S3', { STORAGE_URL: 's3://portal-files' }, 'S3_REGION: required with an s3:// STORAGE_URL'],
    ['a key id without its secret', { ...s3, S3_ACCESS_KEY_ID: 'portal' }, 'S3_SECRET_ACCESS_KEY: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together'],
    ['S3 settings while files stay on disk', { S3_ENDPOINT: 'http://127.0.0.1:9000' }, 'S3_ENDPOINT: only used with STORAGE_URL=s3://bucket/prefix'],
    ['a bad endpoint', { ...s3, S3_ENDPOINT: 'minio:9000' }, 'S3_ENDPOINT:'],
    ['a bad flag', { ...s3, S3_FORCE_PATH_STYLE: 'yes' }, 'S3_FORCE_PATH_STYLE:'],
  ])('refuses %s, naming the setting', (_case, env, message) => {
    expect(refusal({ ...base, ...env })).toContain(message);
  });

  it('never repeats a secret in its refusal', () => {
    const message = refusal({ ...base, STORAGE_URL: 's3://key:hunter2-secret@portal-files/x', S3_REGION: 'x', S3_SECRET_ACCESS_KEY: 'other-secret-value' });
    expect(message).not.toContain('hunter2-secret');
    expect(message).not.toContain('other-secret-value');
  });
});
