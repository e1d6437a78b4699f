/**
 * The contract of POST /uploads/imports/:kind, which the server enforces and the SPA checks
 * before sending (so an oversized file is refused at once, not after minutes of upload).
 */

/** Largest import file: curves of tens of MB, streamed (never held in memory). */
export const IMPORT_MAX_BYTES = 512 * 1024 * 1024;

/**
 * Largest curve file a customer uploads: a year of hourly Datadis rows for a few CUPS is about
 * 1 MB, so 16 MiB is ample while a customer cannot hold the import lock with a 512 MB file.
 */
export const CUSTOMER_IMPORT_MAX_BYTES = 16 * 1024 * 1024;

/**
 * What the endpoint answers once the file has been processed (the job, as importJob(id) shows it).
 * `Status` is the API's ImportJobStatus: the server's enum, the client's generated union.
 */
export type ImportAnswer<Status extends string = string> = {
  jobId: string;
  status: Status;
  rowsRead: number;
  rowsImported: number;
  rowsRejected: number;
  errorCount: number;
};
