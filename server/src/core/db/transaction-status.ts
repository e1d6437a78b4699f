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

/**
 * The status PostgreSQL reported for `connection` once its last statement is over (undefined before
 * its first). pg hands a failed statement's error over at its ErrorResponse, and the ReadyForQuery
 * that says 'E' can arrive in a later packet: until it has, the status read would be the one before.
 */
export async function transactionStatusOf(connection: pg.ClientBase): Promise<TransactionStatus | undefined> {
  const client = connection as unknown as { readyForQuery: boolean; connection: EventEmitter };
  if (!client.readyForQuery) {
    await new Promise<void>((settled) => {
      const done = () => {
        for (const event of EVENTS) client.connection.off(event, done);
        settled();
      };
      for (const event of EVENTS) client.connection.once(event, done);
    });
  }
  return statuses.get(connection);
}

/** What ends the wait: the answer, or a connection that will not give one. */
const EVENTS = ['readyForQuery', 'end', 'error'] as const;
