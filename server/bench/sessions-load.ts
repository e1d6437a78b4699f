import { load, type LoadResult } from './load.js';
import { SCENARIOS, type Dates, type RequestItem } from './scenarios.js';
import type { Target } from './targets.js';

/** The SPA's Viewer query (client/src/app), sent on every page load. */
const VIEWER_QUERY = /* GraphQL */ `
  query Viewer { viewer { __typename id email name language sections isAdmin } }`;

const scenario = (name: 'invoices' | 'measYearByDay') => SCENARIOS.find((s) => s.name === name)!;

export type SessionsLoadResult = LoadResult & { sessions: number };

/**
 * `sessions` signed-in sessions (each its own cookie) on the mixed load: the viewer, the invoices
 * page and a year by day of one of the session's CUPS, at one connection per session. Requests
 * are ordered kind by kind over all sessions, so any `sessions` requests in flight carry as many
 * distinct cookies.
 */
export async function sessionsLoad(options: {
  url: string;
  cookieName: string;
  dates: Dates;
  /** One per session: its token and an hourly CUPS in its scope. */
  sessions: { email: string; token: string; cups: string }[];
  seconds: number;
}): Promise<SessionsLoadResult> {
  const { sessions, dates } = options;
  if (new Set(sessions.map((s) => s.token)).size !== sessions.length) throw new Error('sessions load: cookies must be distinct');
  const invoices = scenario('invoices');
  const yearByDay = scenario('measYearByDay');
  const bodies = new Map<RequestItem, string>();
  const items: RequestItem[] = [];
  const add = (session: (typeof sessions)[number], query: string, variables: Record<string, unknown>) => {
    const item = { email: session.email, token: session.token, variables };
    bodies.set(item, JSON.stringify({ query, variables }));
    items.push(item);
  };
  for (const s of sessions) add(s, VIEWER_QUERY, {});
  for (const [index, s] of sessions.entries()) add(s, invoices.query, invoices.variables(dates, { index }));
  for (const [index, s] of sessions.entries()) add(s, yearByDay.query, yearByDay.variables(dates, { cups: s.cups, index }));
  const result = await load({
    url: options.url,
    items,
    body: (item) => bodies.get(item)!,
    cookieName: options.cookieName,
    connections: sessions.length,
    seconds: options.seconds,
  });
  return { ...result, sessions: sessions.length };
}

export function sessionsTargets(result: SessionsLoadResult | null, sessions: number, seconds: number): Target[] {
  const what = `${sessions} sessions, mixed load (viewer, invoices, a year by day), ${seconds} s`;
  return [
    { key: 'sessions/errors', title: `${what}: errors`, value: result?.errors ?? null, unit: '', limit: { kind: 'max', value: 0 } },
    { key: 'sessions/p95', title: `${what}: p95`, value: result?.p95 ?? null, unit: 'ms', limit: { kind: 'max', value: 300 } },
    { key: 'sessions/rps', title: `${what}: req/s`, value: result?.throughput ?? null, unit: 'req/s', limit: null },
  ];
}
