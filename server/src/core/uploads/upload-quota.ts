import type { EntityManager } from '@mikro-orm/postgresql';

/** What one customer account may keep of its own uploads (config `uploadQuota`). */
export type UploadQuota = { bytes: number; files: number };

/** The error code an upload over the quota answers (413); the SPA translates it. */
export const QUOTA_EXCEEDED = 'QUOTA_EXCEEDED';

/**
 * Takes the account's upload lock for the rest of the transaction `tx`: uploads of one account
 * then run their row writes one after the other, so two cannot both fit in the last free room.
 */
export async function lockUploadQuota(tx: EntityManager, accountId: string): Promise<void> {
  await tx.execute('select 1 from "customer_account" where "id" = ? for no key update', [accountId]);
}

/**
 * Why the account's customer uploads, as `tx` sees them (the new one written, any replaced one
 * deleted), exceed `quota`; null when they fit. Call after lockUploadQuota.
 */
export async function uploadQuotaExcess(tx: EntityManager, accountId: string, quota: UploadQuota): Promise<string | null> {
  const [used] = await tx.execute<{ files: number; bytes: string }[]>(
    'select count(*)::int as files, coalesce(sum("size_bytes"), 0)::text as bytes from "document" where "account_id" = ? and "uploaded_by_customer"',
    [accountId],
  );
  if (used!.files > quota.files) return `An account keeps at most ${quota.files} uploaded files`;
  if (Number(used!.bytes) > quota.bytes) return `An account keeps at most ${Math.floor(quota.bytes / (1024 * 1024))} MB of uploaded files`;
  return null;
}

/**
 * Deletes a customer upload that a new one replaces, inside `tx` (references to it become null);
 * returns its storage key, for removal once the transaction has committed, or null when there is
 * none or it is not a customer upload (those are kept).
 */
export async function deleteReplacedUpload(tx: EntityManager, documentId: string): Promise<string | null> {
  const rows = await tx.execute<{ storage_key: string }[]>(
    'delete from "document" where "id" = ? and "uploaded_by_customer" returning "storage_key"',
    [documentId],
  );
  return rows[0]?.storage_key ?? null;
}
