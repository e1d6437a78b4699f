import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * The request id of the work in progress: set once per HTTP request, read by the logger (every
 * line of the request carries it) and by the database pool (a comment on every statement).
 */
const requestContext = new AsyncLocalStorage<{ requestId: string }>();

export const REQUEST_ID_HEADER = 'X-Request-Id';

// What a balancer's id may look like (UUIDs, hex, HAProxy's unique-id formats): no spaces, quotes,
// slashes or stars, so it cannot break a log line or close the SQL comment it is put in.
const SANE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;

/** The incoming id when it is sane, else a new one: an id never carries what a caller injects. */
export function requestIdFor(incoming: string | undefined): string {
  return incoming !== undefined && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}

function runWithRequestId<T>(requestId: string, work: () => T): T {
  return requestContext.run({ requestId }, work);
}

const REQUEST_IDS = new WeakMap<Request, string>();

/** The id `assignRequestId` gave this request. */
export function requestIdOf(req: Request): string {
  const id = REQUEST_IDS.get(req);
  if (id === undefined) throw new Error('assignRequestId must run before anything that reads the request id');
  return id;
}

/** Whether the peer is a proxy whose headers Express believes (`trust proxy`, TRUST_PROXY). */
function fromTrustedProxy(req: Request): boolean {
  const trusts = req.app.get('trust proxy fn') as ((address: string, hop: number) => boolean) | undefined;
  const peer = req.socket.remoteAddress;
  return peer !== undefined && trusts !== undefined && trusts(peer, 0);
}

/**
 * First middleware: gives the request its id, echoes it in the answer, and runs the rest under it
 * (body parsers and upload streams included: test/request-id.test.ts checks both). An incoming id
 * is kept only from a trusted proxy (the balancer): anyone else could reuse another's id.
 */
export function assignRequestId(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const requestId = requestIdFor(fromTrustedProxy(req) ? req.get(REQUEST_ID_HEADER) : undefined);
    REQUEST_IDS.set(req, requestId);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    runWithRequestId(requestId, next);
  };
}
