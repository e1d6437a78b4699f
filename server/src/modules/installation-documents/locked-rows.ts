import type { EntityManager } from '@mikro-orm/postgresql';
import { UploadRefused } from '../documents/index.js';

export function notUploadable(): UploadRefused {
  return new UploadRefused(409, { error: 'NOT_UPLOADABLE', message: 'This document does not accept uploads now' });
}

/**
 * Locks the target row for the rest of the transaction. Raw SQL (through `tx`, so inside the
 * transaction): the row's scope was checked when `load` found it through the scoped em.
 */
export async function lockRow(tx: EntityManager, table: 'document_request' | 'signing_document', id: string): Promise<Record<string, unknown>> {
  const rows = await tx.execute<Record<string, unknown>[]>(`select * from "${table}" where "id" = ? for update`, [id]);
  if (rows.length === 0) throw notUploadable();
  return rows[0]!;
}
