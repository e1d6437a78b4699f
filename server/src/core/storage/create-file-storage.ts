import { LocalDiskStorage, type FileStorage } from './file-storage.js';
import { S3Storage, type S3StorageSettings } from './s3-storage.js';

/** The storage STORAGE_URL names: an S3 bucket when set to s3://, the local disk otherwise. */
export function createFileStorage(config: { storageDir: string; objectStorage: S3StorageSettings | undefined }): FileStorage {
  return config.objectStorage ? new S3Storage(config.objectStorage) : new LocalDiskStorage(config.storageDir);
}
