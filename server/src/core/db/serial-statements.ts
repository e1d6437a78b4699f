import type pg from 'pg';

/*
 * One statement at a time per connection. graphql-js resolves sibling fields in parallel, and a
 * customer request runs all of them in its one transaction (viewer-scope.ts), so on one connection:
 * pg would queue the extra calls itself, but deprecates that (pg 9 refuses them). Here each call
 * waits for the one before it to answer, in the order they were made.
 */

type Callback = (error: Error | null, result?: unknown) => void;
type Query = (...args: unknown[]) => unknown;

/** Makes `connection.query` run its statements one after the other (applied once per pooled connection). */
export function serializeStatements(connection: pg.ClientBase): void {
  const query = connection.query.bind(connection) as Query;
  // Settles when the last statement queued so far has answered.
  let tail: Promise<unknown> = Promise.resolve();
  connection.query = ((...args: unknown[]) => {
    // COPY streams and cursors answer through their own events; they run on connections of their own.
    if (isSubmittable(args[0])) return query(...args);
    const callback = typeof args.at(-1) === 'function' ? (args.pop() as Callback) : undefined;
    const run = callback ? () => withCallback(query, args, callback) : () => query(...args) as Promise<unknown>;
    const result = tail.then(run);
    tail = result.catch(() => undefined);
    return callback ? undefined : result;
  }) as pg.ClientBase['query'];
}

/** Runs a callback-style call; settles once `callback` has its answer (or the call threw). */
function withCallback(query: Query, args: unknown[], callback: Callback): Promise<void> {
  return new Promise<void>((settled) => {
    const answer: Callback = (error, result) => {
      settled();
      callback(error, result);
    };
    try {
      query(...args, answer);
    } catch (error) {
      answer(error as Error);
    }
  });
}

function isSubmittable(statement: unknown): boolean {
  return typeof statement === 'object' && statement !== null && typeof (statement as { submit?: unknown }).submit === 'function';
}
