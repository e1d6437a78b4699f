/**
 * The floor of pnpm bench: a tiny HTTP server answering POST /raw/<scenario> with the JSON of the
 * scenario's hand-written SQL (scenarios.ts RAW), after resolving the session cookie and scope in
 * one statement. No GraphQL, no ORM, no Express; a pg pool of the server's size (10). Runs as its
 * own process (like the portal server), so it does not share an event loop with the load generator.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sectionsFor, isUserType, type Section } from '@portal/shared';
import pg from 'pg';
import { tokenHash, useSecretKey } from '../src/core/secrets.js';
import { RAW, SCENARIOS, VIEWER_SQL, type ScenarioName, type Viewer } from './scenarios.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
if (!process.env.SECRET_KEY) throw new Error('SECRET_KEY is required (session ids are stored as its keyed hash)');
useSecretKey(process.env.SECRET_KEY);
const cookieName = process.env.SESSION_COOKIE ?? '__Host-portal_session';
const pool = new pg.Pool({ connectionString: url, max: 10 });
const query = (sql: string, params: unknown[]) => pool.query(sql, params);
const sectionOf = new Map(SCENARIOS.map((s) => [s.name, s.section]));

function tokenOf(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === cookieName) return decodeURIComponent(value.join('='));
  }
  return null;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function answer(req: IncomingMessage, res: ServerResponse) {
  const send = (status: number, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
  try {
    const name = /^\/raw\/(\w+)$/.exec(req.url ?? '')?.[1] as ScenarioName | undefined;
    if (!name || !RAW[name] || req.method !== 'POST') return send(404, { error: 'NOT_FOUND' });
    const variables = JSON.parse(await readBody(req)) as Record<string, unknown>;
    const token = tokenOf(req);
    const viewer = token ? ((await query(VIEWER_SQL, [tokenHash(token)])).rows[0] as Viewer | undefined) : undefined;
    if (!viewer) return send(401, { error: 'UNAUTHENTICATED' });
    const section = sectionOf.get(name);
    const sections: Section[] = sectionsFor(viewer.userTypes.filter(isUserType));
    if (!viewer.isAdmin && (section === null || !sections.includes(section!))) return send(403, { error: 'FORBIDDEN' });
    send(200, { data: await RAW[name](query, viewer, variables) });
  } catch (error) {
    send(500, { error: String(error) });
  }
}

// answer() turns every failure into a 500 itself, so nothing is left to handle here.
const server = createServer((req, res) => void answer(req, res));

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`raw floor listening on ${(server.address() as AddressInfo).port}`);
});
const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
