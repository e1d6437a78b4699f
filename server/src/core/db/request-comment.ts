import type pg from 'pg';
import { currentRequestId } from '../request-context.js';

/**
 * Prefixes every statement this connection runs during a request with a `request_id=…` comment, so
 * pg_stat_activity and the PostgreSQL log tie a statement to the request's log lines. Done on the
 * connection, not in the ORM, so lean SQL and raw connections (imports) carry it too. Left as
 * they are: statements outside a request, named prepared statements (their text must not change)
 * and submittables (COPY streams, cursors), which pass no text here.
 */
export function commentStatementsWithRequestId(connection: pg.ClientBase): void {
  const query = connection.query.bind(connection) as (...args: unknown[]) => unknown;
  connection.query = ((first: unknown, ...rest: unknown[]) => query(withRequestComment(first), ...rest)) as pg.ClientBase['query'];
}

function withRequestComment(statement: unknown): unknown {
  const requestId = currentRequestId();
  if (requestId === undefined) return statement;
  // The id's charset (request-context.ts) has no `*` or `/`: it cannot close the comment.
  const comment = `/* request_id=${requestId} */ `;
  if (typeof statement === 'string') return comment + statement;
  if (isPlainQueryConfig(statement)) return { ...statement, text: comment + statement.text };
  return statement;
}

function isPlainQueryConfig(statement: unknown): statement is pg.QueryConfig {
  if (typeof statement !== 'object' || statement === null) return false;
  const config = statement as Partial<pg.QueryConfig> & { submit?: unknown };
  return typeof config.text === 'string' && config.name === undefined && typeof config.submit !== 'function';
}
