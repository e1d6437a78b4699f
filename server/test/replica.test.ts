import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormConfig } from '../src/app/orm-config.js';
import type { User } from '../src/modules/users/user.entity.js';
import { signInCookie, startTestApi, type TestApi } from './api.js';
import { createAccount, createSupplyPoint, createUser } from './factories.js';
import { cookiePair, postGraphql } from './http.js';
import { debianPostgresBin, query, startStreamingPair, type StreamingPair } from './streaming-replica.js';

// A primary and a hot standby of Debian's PostgreSQL (about 10 s to build): series and lists
// read from the standby, a viewer's own writes from the primary, and the replica may die.
const bin = debianPostgresBin();
if (!bin) {
  console.warn(
    'replica.test.ts SKIPPED: no PostgreSQL with initdb, pg_ctl and pg_basebackup under /usr/lib/postgresql/<version>/bin, ' +
      'and it cannot be installed here (needs root and apt-get). Install it: apt-get install -y postgresql',
  );
}

const RECENT_WRITE = 'portal_recent_write';
const DAY = '2026-06-10';
// A DAY series reads the daily rollup (measurements/measurement-series-sql.ts).
const SERIES_SQL = '%from measurement_day where supply_point_id%';
const INCIDENTS_SQL = '%from "incident" as%';

let pair: StreamingPair;
let orm: MikroORM;
let api: TestApi;
let user: User;
let cups: string;
let cookie: string;
let incidentTypeId: string;

/** How many times each server has run statements like `pattern` (pg_stat_statements is per server). */
async function calls(pattern: string): Promise<{ primary: number; standby: number }> {
  const count = async (url: string) =>
    Number((await query(url, [`select coalesce(sum(calls), 0)::int as calls from pg_stat_statements where query ilike '${pattern}'`]))[0]![0]!.calls);
  return { primary: await count(pair.primaryUrl), standby: await count(pair.standbyUrl) };
}

async function seriesTotal(target: TestApi, sessionCookie: string): Promise<unknown> {
  const answer = await target.graphql<{ measurements: { total: string } }>(
    `{ measurements(cups: "${cups}", from: "${DAY}", to: "${DAY}", granularity: DAY) { total } }`,
    undefined,
    { cookie: sessionCookie },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.measurements.total;
}

async function incidentIds(cookieHeader: string): Promise<string[]> {
  const answer = await api.graphql<{ incidents: { id: string }[] }>('{ incidents { id } }', undefined, { cookie: cookieHeader });
  expect(answer.errors).toBeUndefined();
  return answer.data!.incidents.map((incident) => incident.id);
}

describe.skipIf(!bin)('a streaming replica (DATABASE_REPLICA_URL)', () => {
  beforeAll(async () => {
    pair = await startStreamingPair(bin!);
    orm = await MikroORM.init({ ...ormConfig(pair.primaryUrl, { replicaUrl: pair.standbyUrl }), logger: () => {} });
    await orm.getMigrator().up();
    const em = orm.em.fork();
    const account = await createAccount(em);
    const supplyPoint = await createSupplyPoint(em, account);
    cups = supplyPoint.cups;
    user = await createUser(em, { userTypes: ['WEB_CLIENT_MEASUREMENTS', 'SOLAR_CLIENT'], personalFiscalId: account.fiscalId, personalFiscalIdKind: 'DNI' });
    // 24 hours of 1.5 kWh on one local day.
    await em.execute(
      `insert into measurement (supply_point_id, start, interval_minutes, kwh, estimated)
       select ?, t, 60, 1.5, false from generate_series(timestamptz '${DAY} 00:00 Europe/Madrid', timestamptz '${DAY} 23:00 Europe/Madrid', interval '1 hour') t`,
      [supplyPoint.id],
    );
    cookie = await signInCookie(orm, user);
    api = await startTestApi(orm);
    const types = await api.graphql<{ incidentTypes: { id: string }[] }>('{ incidentTypes { id } }', undefined, { cookie });
    incidentTypeId = types.data!.incidentTypes[0]!.id;
    await pair.caughtUp();
  });

  afterAll(async () => {
    await api?.stop();
    await orm?.close(true);
    await pair?.stop();
  });

  it('serves series and lists from the standby, not the primary', async () => {
    const [seriesBefore, listBefore] = [await calls(SERIES_SQL), await calls(INCIDENTS_SQL)];
    expect(await seriesTotal(api, cookie)).toBe('36.000');
    expect(await incidentIds(cookie)).toEqual([]);
    const [seriesAfter, listAfter] = [await calls(SERIES_SQL), await calls(INCIDENTS_SQL)];
    expect(seriesAfter.standby - seriesBefore.standby).toBe(1);
    expect(seriesAfter.primary - seriesBefore.primary).toBe(0);
    expect(listAfter.standby - listBefore.standby).toBe(1);
    expect(listAfter.primary - listBefore.primary).toBe(0);
  });

  it('reads a viewer’s own write from the primary while the standby lags behind', async () => {
    const otherTab = await signInCookie(orm, user); // another device: no recent-write cookie
    // The standby stops applying WAL: whatever is written now is missing there until resumed.
    await query(pair.standbyUrl, ['select pg_wal_replay_pause()']);
    try {
      const created = await postGraphql<{ createIncident: { id: string } }>(
        api.url,
        'mutation ($input: CreateIncidentInput!) { createIncident(input: $input) { id } }',
        { input: { typeId: incidentTypeId, description: 'El contador no muestra lecturas desde ayer.' } },
        cookie,
      );
      expect(created.errors).toBeUndefined();
      const id = created.data!.createIncident.id;
      const recentWrite = cookiePair(created.setCookies, RECENT_WRITE);
      expect(recentWrite).toBeDefined();

      // The writer, with the cookie the mutation set: from the primary.
      expect(await incidentIds(`${cookie}; ${recentWrite}`)).toContain(id);
      // Without it (another device), or once it has run out: from the standby, which has not seen it yet.
      expect(await incidentIds(otherTab)).not.toContain(id);
      expect(await incidentIds(`${cookie}; ${RECENT_WRITE}=${Date.now() - 1}`)).not.toContain(id);

      await query(pair.standbyUrl, ['select pg_wal_replay_resume()']);
      await pair.caughtUp();
      expect(await incidentIds(otherTab)).toContain(id);
    } finally {
      await query(pair.standbyUrl, ['select pg_wal_replay_resume()']).catch(() => undefined);
    }
  });

  it('keeps answering from the primary when the standby is stopped, and starts without it', async () => {
    await pair.stopStandby();
    const before = await calls(SERIES_SQL).catch(() => null);
    expect(before).toBeNull(); // the standby is really gone
    const primaryCalls = async () => (await query(pair.primaryUrl, [`select coalesce(sum(calls), 0)::int as calls from pg_stat_statements where query ilike '${SERIES_SQL}'`]))[0]![0]!.calls as number;

    const primaryBefore = await primaryCalls();
    expect(await seriesTotal(api, cookie)).toBe('36.000');
    expect(await incidentIds(cookie)).toHaveLength(1);
    expect((await primaryCalls()) - primaryBefore).toBe(1);

    // A server started while the replica is down comes up and answers too.
    const lateOrm = await MikroORM.init({ ...ormConfig(pair.primaryUrl, { replicaUrl: pair.standbyUrl }), logger: () => {} });
    const lateApi = await startTestApi(lateOrm);
    try {
      expect(await seriesTotal(lateApi, cookie)).toBe('36.000');
      expect((await primaryCalls()) - primaryBefore).toBe(2);
    } finally {
      await lateApi.stop();
      await lateOrm.close(true);
    }
  });
});
