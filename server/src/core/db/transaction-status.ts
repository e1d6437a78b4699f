import type { EventEmitter } from 'node:events';
import type pg from 'pg';

/*
 * PostgreSQL tells, after every statement (its ReadyForQuery message), whether the connection is
 * idle, in a transaction, or in a failed transaction (a statement failed outside a savepoint; a
 * COMMIT would roll it all back). The pg driver MikroORM uses (8.20) does not expose it: read here.
 */

/** 'I' idle, 'T' in a transaction, 'E' in a failed transaction. */
export type TransactionStatus = 'I' | 'T' | 'E';

const statuses = new WeakMap<pg.ClientBase, TransactionStatus>();

/** Follows `connection`'s transaction status from now on (applied once per pooled connection). */
export function followTransactionStatus(connection: pg.ClientBase): void {
  const protocol = (connection as unknown as { connection: EventEmitter }).connection;
  protocol.on('readyForQuery', (message: { status?: TransactionStatus }) => {
    if (message.status) statuses.set(connection, message.status);
  });
}

/** The status PostgreSQL last reported for `connection` (undefined before its first statement). */
export function transactionStatusOf(connection: pg.ClientBase): TransactionStatus | undefined {
  return statuses.get(connection);
}
