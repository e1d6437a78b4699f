import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/app/context.js';
import { systemClock } from '../src/core/clock.js';
import { SCOPED_TABLES } from '../src/core/db/migrations/Migration20261208040100_row_level_security.js';
import { endViewerTransaction, VIEWER_ROLE, viewerScopeSettingsSql } from '../src/core/db/viewer-scope.js';
import { assignRequestId } from '../src/core/request-context.js';
import { ALL_ROWS, scopedEntityManager, type CustomerScope } from '../src/core/permissions/row-scope.js';
import { CustomerAccount } from '../src/modules/customers/customer-account.entity.js';
import { signInCookie } from './api.js';
import { testConfig } from './context.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { createAdmin, createDocumentRequest, createInstallation, createUser } from './factories.js';
import { customerScopeOf } from './reference-scope.js';
import { buildWorld, type World } from './scope-world.js';

// Issue 15: the row scope is enforced by PostgreSQL itself. Through the very connection and
// transaction a customer request runs on (app/context.ts), a raw `select *` of every scoped table
// returns exactly the rows the MikroORM filter (the reference: row-scope.property.test.ts) allows.

let db: TestDatabase;
let world: World;
let server: Server;
let url: string;
let owner: string;
const viewers: { name: string; cookie: string; scope: CustomerScope; userId: string }[] = [];

/** The table's entity and its primary key columns (measurement and forecast: CUPS and start). */
function tableOf(table: string) {
  const meta = Object.values(db.orm.getMetadata().getAll()).find((entity) => entity.tableName === table)!;
  return { meta, columns: meta.primaryKeys.map((key) => meta.properties[key]!.fieldNames[0]!) };
}

/** A timestamp as the driver returns it (`2026-01-15 09:00:00+00`) or as a Date, in ISO form. */
const isoOf = (value: Date | string): string => new Date(typeof value === 'string' ? value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00') : value).toISOString();

/** Tables with customer rows: those of the row-level-security migration, and those created since with a scope policy. */
const SCOPED = [...Object.keys(SCOPED_TABLES), 'incident_reply_attachment', 'document_request_file'];

/** A row's identity as text: its primary key values (timestamps in ISO form, references by id). */
const keyOf = (values: unknown[]): string =>
  values
    .map((value) =>
      value instanceof Date || (typeof value === 'string' && /^\d{4}-\d\d-\d\d /.test(value))
        ? isoOf(value)
        : typeof value === 'object' && value !== null
          ? (value as { id: string }).id
          : String(value),
    )
    .join('/');

/** GET /probe/<table> on a loopback app: the request's own context runs the raw select. */
function probeApp(): express.Express {
  const app = express();
  app.use(assignRequestId());
  app.get('/probe/:table', async (req, res) => {
    const table = req.params.table;
    if (!SCOPED.includes(table)) {
      res.status(400).json({ error: 'not a scoped table' });
      return;
    }
    try {
      const { em } = await createContext({ orm: db.orm, config: testConfig, clock: systemClock }, req, res);
      const { columns } = tableOf(table);
      const rows = await em.execute<Record<string, unknown>[]>(`select * from "${table}"`);
      const [session] = await em.execute<{ role: string; pid: number }[]>('select current_user as role, pg_backend_pid() as pid');
      await endViewerTransaction(em);
      res.json({ keys: rows.map((row) => keyOf(columns.map((column) => row[column]))).sort(), ...session });
    } catch (error) {
      res.status(500).json({ error: String(error) });
    }
  });
  // Any table: its rows (`columns`, a comma-separated list, or every one) as the request's connection sees them, or the refusal.
  app.get('/select/:table', async (req, res) => {
    const columns = typeof req.query.columns === 'string' ? req.query.columns.split(',').map((column) => `"${column.replaceAll('"', '')}"`) : ['*'];
    await runAsRequest(req, res, `select ${columns.join(', ')} from "${req.params.table.replaceAll('"', '')}"`);
  });
  // Any statement (`q`), through the request's connection: its rows, or the refusal.
  app.get('/sql', async (req, res) => runAsRequest(req, res, String(req.query.q)));
  return app;
}

async function runAsRequest(req: express.Request, res: express.Response, sql: string): Promise<void> {
  const { em } = await createContext({ orm: db.orm, config: testConfig, clock: systemClock }, req, res);
  try {
    res.json({ rows: await em.execute<Record<string, unknown>[]>(sql) });
  } catch (error) {
    res.json({ refused: (error as { code?: string }).code ?? String(error) });
  } finally {
    await endViewerTransaction(em);
  }
}

async function probe(table: string, cookie: string): Promise<{ keys: string[]; role: string; pid: number }> {
  const res = await fetch(`${url}/probe/${table}`, { headers: { cookie } });
  const body = (await res.json()) as never;
  expect(res.status, JSON.stringify(body)).toBe(200);
  return body;
}

/** What the ORM filter lets `scope` see of `table`, read as the owner. */
async function filterAllows(table: string, scope: CustomerScope): Promise<string[]> {
  const { meta } = tableOf(table);
  const rows = await scopedEntityManager(db.orm.em, scope).find(meta.className, {}, { fields: meta.primaryKeys as never });
  return rows.map((row) => keyOf(meta.primaryKeys.map((key) => (row as Record<string, unknown>)[key]))).sort();
}

const allKeys = async (table: string): Promise<string[]> => {
  const { columns } = tableOf(table);
  const rows = await db.orm.em.getConnection().execute<Record<string, unknown>[]>(`select * from "${table}"`);
  return rows.map((row) => keyOf(columns.map((column) => row[column]))).sort();
};

beforeAll(async () => {
  db = await createTestDatabase();
  world = await buildWorld(db.orm);
  const em = scopedEntityManager(db.orm.em, ALL_ROWS);
  for (const { id } of world.accounts.slice(0, 4)) await createDocumentRequest(em, await createInstallation(em, em.getReference(CustomerAccount, id)));
  owner = (await db.orm.em.getConnection().execute<{ role: string }[]>('select current_user as role'))[0]!.role;

  const [first, second] = world.accounts;
  const restrictedCups = world.supplyPoints.find((point) => point.accountId === second!.id)!.cups;
  const users = [
    { name: 'one fiscal ID', user: await createUser(em, { personalFiscalId: first!.fiscalId, personalFiscalIdKind: first!.kind }) },
    {
      name: 'a CUPS restriction',
      user: await createUser(em, { personalFiscalId: second!.fiscalId, personalFiscalIdKind: second!.kind, cupsRestriction: [restrictedCups] }),
    },
  ];
  for (const { name, user } of users) {
    viewers.push({ name, cookie: await signInCookie(db.orm, user), scope: await customerScopeOf(db.orm.em.fork(), user), userId: user.id });
  }
  const admin = await createAdmin(em);
  viewers.push({ name: 'an admin', cookie: await signInCookie(db.orm, admin), scope: { kind: 'customer', accountIds: [], supplyPointIds: [] }, userId: admin.id });
  // Personal rows of the first viewer and of the second, so "only the viewer's own" can be told apart.
  for (const { userId } of viewers.slice(0, 2)) await createPersonalRows(userId, admin.id);

  server = probeApp().listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await db?.drop();
});

describe('row-level security: a customer request sees only its scope, whatever the SQL', () => {
  it.each(SCOPED)('select * from %s returns exactly the rows of the viewer', async (table) => {
    const everything = await allKeys(table);
    for (const viewer of viewers.slice(0, 2)) {
      const seen = await probe(table, viewer.cookie);
      expect(seen.role).toBe(VIEWER_ROLE);
      expect(seen.keys, `${table}, ${viewer.name}`).toEqual(await filterAllows(table, viewer.scope));
    }
    // The same select of an admin request reads every row, as the owner.
    const admin = await probe(table, viewers[2]!.cookie);
    expect(admin.role).toBe(owner);
    expect(admin.keys).toEqual(everything);
  });

  it('the world makes the comparison meaningful: each viewer sees some rows and misses others', async () => {
    for (const table of ['customer_account', 'supply_point', 'contract', 'invoice', 'document', 'measurement', 'forecast', 'installation', 'document_request']) {
      const seen = await probe(table, viewers[0]!.cookie);
      expect(seen.keys.length, table).toBeGreaterThan(0);
      expect(seen.keys.length, table).toBeLessThan((await allKeys(table)).length);
    }
    // The CUPS restriction narrows the viewer's CUPS to one, and their account's rows to that CUPS.
    expect((await probe('supply_point', viewers[1]!.cookie)).keys).toHaveLength(1);
  });

  it('the measurement policy is an index condition, its settings parsed once per statement (an InitPlan)', async () => {
    const { accountIds, supplyPointIds } = viewers[0]!.scope;
    const plan = await db.orm.em.fork().transactional(async (tx: EntityManager) => {
      // A plan that can use the index at all (the table is tiny here): the policy must not be a per-row filter.
      await tx.execute('set local enable_seqscan = off');
      await tx.execute(`select ${viewerScopeSettingsSql('?', '?', '?', '?')}`, [`{${accountIds.join(',')}}`, `{${supplyPointIds.join(',')}}`, viewers[0]!.userId, viewers[0]!.userId]);
      return tx.execute<{ 'QUERY PLAN': string }[]>('explain select * from measurement');
    });
    const text = plan.map((row) => row['QUERY PLAN']).join('\n');
    expect(text).not.toContain('Seq Scan');
    expect(text).toMatch(/(Index|Index Only|Bitmap Heap) Scan (using \S+ )?on measurement/);
    expect(text).toMatch(/Index Cond: \(supply_point_id = ANY/);
    expect(text).toContain('InitPlan');
    expect(text).not.toMatch(/Filter: .*current_setting/);
  });

  it('a pooled connection used by a customer request keeps neither the role nor the scope', async () => {
    const { pid } = await probe('invoice', viewers[0]!.cookie);
    let reused = 0;
    for (let i = 0; i < 20; i++) {
      const [row] = await db.orm.em
        .getConnection()
        .execute<{ pid: number; role: string; accounts: string | null; points: string | null }[]>(
          `select pg_backend_pid() as pid, current_user as role,
                  current_setting('portal.account_ids', true) as accounts, current_setting('portal.supply_point_ids', true) as points`,
        );
      expect(row!.role).toBe(owner);
      expect(row!.accounts ?? '').toBe('');
      expect(row!.points ?? '').toBe('');
      if (row!.pid === pid) reused++;
    }
    expect(reused).toBeGreaterThan(0); // the request's own connection was among those checked
  });
});

/** Tokens, codes, an import job and an audit entry (`adminId` acted as them) of `userId`, as the owner. */
async function createPersonalRows(userId: string, adminId: string): Promise<void> {
  const connection = db.orm.em.getConnection();
  const soon = "now() + interval '1 hour'";
  await connection.execute(`insert into sign_in_token (id, token_hash, user_id, purpose, created_at, expires_at) values (gen_random_uuid(), md5(random()::text), ?, 'MAGIC_LINK', now(), ${soon})`, [userId]);
  await connection.execute(`insert into sign_in_code (id, user_id, code_hash, created_at, expires_at) values (gen_random_uuid(), ?, md5(random()::text), now(), ${soon})`, [userId]);
  await connection.execute(
    `insert into email_change_token (id, token_hash, user_id, new_email, created_at, expires_at) values (gen_random_uuid(), md5(random()::text), ?, 'nueva@example.com', now(), ${soon})`,
    [userId],
  );
  await connection.execute(
    `insert into import_job (id, kind, file_name, valid_rows_only, errors, created_by_id, created_by_email, started_at) values (gen_random_uuid(), 'CNMC', 'curva.csv', false, '[]', ?, 'x@example.com', now())`,
    [userId],
  );
  await connection.execute(`insert into admin_audit_entry (id, admin_id, user_id, action, at) values (gen_random_uuid(), ?, ?, 'ACTING_STARTED', now())`, [adminId, userId]);
}

/**
 * What a customer request may read of each table of the schema. A new table fails the first test
 * until it is given one here (and its grant in Migration20261209010000_viewer_grants).
 * scoped: the viewer's account and CUPS rows (the tests above); own: only rows whose `own` column is the
 * viewer's user id, and of those every column but the `hidden` ones; catalogue: the company's own data,
 * every row; refused: permission denied. A table's readable columns are all of them but `hidden`, so a
 * new column of a table with hidden ones fails the column test until it is granted deliberately.
 */
type Decision = 'scoped' | { own: string; hidden?: string[] } | 'catalogue' | 'refused';
const DECISIONS: Record<string, Decision> = {
  ...Object.fromEntries(SCOPED.map((table) => [table, 'scoped' as const])),
  measurement_day: 'scoped',
  flow: 'catalogue',
  flow_state: 'catalogue',
  flow_substate: 'catalogue',
  incident_type: 'catalogue',
  market_price: 'catalogue',
  portal_settings: 'catalogue',
  email_template: 'catalogue',
  portal_event_action: 'catalogue',
  auth_attempt: 'catalogue',
  // Not the password hashes (migration 20261210010000): the password checks run as the application.
  app_user: { own: 'id', hidden: ['password_hash'] },
  session: { own: 'user_id' },
  sign_in_token: { own: 'user_id' },
  sign_in_code: { own: 'user_id' },
  email_change_token: { own: 'user_id' },
  import_job: { own: 'created_by_id' },
  admin_audit_entry: { own: 'user_id' },
  outbox_email: 'refused',
  sign_in_code_request: 'refused',
  automatic_action: 'refused',
  app_meta: 'refused',
  mikro_orm_migrations: 'refused',
};

describe('a customer request reads of every other table only what it needs', () => {
  const select = async (table: string, cookie: string, columns?: string[]): Promise<{ rows?: Record<string, unknown>[]; refused?: string }> =>
    (await fetch(`${url}/select/${table}${columns ? `?columns=${columns.join(',')}` : ''}`, { headers: { cookie } })).json() as never;

  it('every table of the schema has a decision', async () => {
    const tables = await db.orm.em.getConnection().execute<{ name: string }[]>(`select tablename as name from pg_tables where schemaname = 'public'`);
    expect(tables.map((table) => table.name).sort()).toEqual(Object.keys(DECISIONS).sort());
  });

  it.each(Object.entries(DECISIONS).filter(([, decision]) => decision !== 'scoped'))('%s: %j', async (table, decision) => {
    const [viewer, other] = viewers;
    const hidden = typeof decision === 'object' ? (decision.hidden ?? []) : [];
    if (hidden.length > 0) expect(await select(table, viewer!.cookie), `select * from ${table}`).toEqual({ refused: '42501' });
    const seen = await select(table, viewer!.cookie, (await columnsOf(table)).filter((column) => !hidden.includes(column)));
    const [{ n: total }] = (await db.orm.em.getConnection().execute<{ n: number }[]>(`select count(*)::int as n from "${table}"`)) as [{ n: number }];
    if (decision === 'refused') {
      expect(seen).toEqual({ refused: '42501' });
    } else if (decision === 'catalogue') {
      expect(seen.rows?.length).toBe(total);
    } else if (typeof decision === 'object') {
      const owners = new Set(seen.rows?.map((row) => row[decision.own]));
      expect(owners.has(viewer!.userId), `${table}: the viewer's own rows`).toBe(true);
      // app_user also shows the people named on the viewer's rows (authors of replies…), never another customer.
      if (table !== 'app_user') expect([...owners]).toEqual([viewer!.userId]);
      expect(owners.has(other!.userId), `${table}: another customer's rows`).toBe(false);
      expect(seen.rows!.length).toBeLessThan(total);
    }
  });

  it('of each table it reads, the viewer role reads every column but the hidden ones (a new column is decided on)', async () => {
    for (const [table, decision] of Object.entries(DECISIONS).filter(([, decision]) => decision !== 'refused')) {
      const hidden = typeof decision === 'object' ? (decision.hidden ?? []) : [];
      const columns = await columnsOf(table);
      for (const column of hidden) expect(columns, `${table}.${column} exists`).toContain(column);
      expect(await viewerColumns(table, 'select'), table).toEqual(columns.filter((column) => !hidden.includes(column)));
    }
  });

  it('no password hash is readable by the viewer role; the other secrets it reads are keyed hashes of its own rows', async () => {
    const readable = await db.orm.em.getConnection().execute<{ name: string }[]>(
      `select table_name || '.' || column_name as name from information_schema.columns
        where table_schema = 'public' and column_name ~ '(password|hash|secret|token)'
          and has_column_privilege(?, format('%I.%I', table_schema, table_name), column_name, 'select')
        order by 1`,
      [VIEWER_ROLE],
    );
    // HMACs under the server's key (core/secrets.ts), of no use without it, of the viewer's own session,
    // link, code and e-mail-change secrets (its own rows only; consuming one compares the hash in SQL,
    // which needs select on it). auth_attempt.subject, readable across subjects, is such an HMAC too.
    expect(readable.map((row) => row.name)).toEqual(['email_change_token.token_hash', 'session.token_hash', 'sign_in_code.code_hash', 'sign_in_token.token_hash']);
  });
});

/** The columns of `table`, in order, as the owner sees them. */
async function columnsOf(table: string): Promise<string[]> {
  const rows = await db.orm.em
    .getConnection()
    .execute<{ name: string }[]>(`select column_name as name from information_schema.columns where table_schema = 'public' and table_name = ? order by ordinal_position`, [table]);
  return rows.map((row) => row.name);
}

/** The columns of `table` the viewer role holds `privilege` on (by a table or a column grant). */
async function viewerColumns(table: string, privilege: 'select' | 'update'): Promise<string[]> {
  const rows = await db.orm.em
    .getConnection()
    .execute<{ name: string; granted: boolean }[]>(
      `select column_name as name, has_column_privilege(?, format('public.%I', table_name), column_name, ?) as granted
         from information_schema.columns where table_schema = 'public' and table_name = ? order by ordinal_position`,
      [VIEWER_ROLE, privilege, table],
    );
  return rows.filter((row) => row.granted).map((row) => row.name);
}

describe('app_user: a customer request reads no password hash and writes only what a customer changes of themselves', () => {
  const sql = async (cookie: string, q: string): Promise<{ rows?: Record<string, unknown>[]; refused?: string }> =>
    (await fetch(`${url}/sql?q=${encodeURIComponent(q)}`, { headers: { cookie } })).json() as never;

  it('select of password_hash is refused, of its own row and of the staff it sees; the other columns are read', async () => {
    const viewer = viewers[0]!;
    expect(await sql(viewer.cookie, `select password_hash from app_user where id = '${viewer.userId}'`)).toEqual({ refused: '42501' });
    expect(await sql(viewer.cookie, 'select id, password_hash from app_user')).toEqual({ refused: '42501' });
    expect(await sql(viewer.cookie, `select count(*) from app_user where password_hash is not null`)).toEqual({ refused: '42501' });
    const own = await sql(viewer.cookie, `select id, name, email, language, status from app_user where id = '${viewer.userId}'`);
    expect(own.rows).toEqual([expect.objectContaining({ id: viewer.userId, status: 'ACTIVE' })]);
    // The same select of an admin's request reads the hashes, as the owner.
    expect((await sql(viewers[2]!.cookie, `select password_hash from app_user where id = '${viewer.userId}'`)).rows).toHaveLength(1);
  });

  it('update of its own name, language and email works; of any other column it is refused', async () => {
    const viewer = viewers[0]!;
    const own = `where id = '${viewer.userId}' returning id`;
    expect((await sql(viewer.cookie, `update app_user set name = name, language = language, email = email ${own}`)).rows).toEqual([{ id: viewer.userId }]);
    for (const set of ["password_hash = 'x'", 'is_admin = true', "user_types = '{}'", "related_fiscal_ids = '{B00000000}'", "cups_restriction = '{}'", "status = 'ACTIVE'", 'last_sign_in_at = now()']) {
      expect(await sql(viewer.cookie, `update app_user set ${set} ${own}`), set).toEqual({ refused: '42501' });
    }
    expect(await viewerColumns('app_user', 'update')).toEqual(['email', 'name', 'language']);
  });
});

describe('row-level security fails closed', () => {
  /** Runs `sql` as the viewer role with `settings` (set LOCAL) in a transaction of its own. */
  const asViewer = (settings: Record<string, string>, sql: string) =>
    db.orm.em.fork().transactional(async (tx: EntityManager) => {
      await tx.execute(`select set_config('role', '${VIEWER_ROLE}', true)`);
      for (const [name, value] of Object.entries(settings)) await tx.execute('select set_config(?, ?, true)', [name, value]);
      return tx.execute<{ id: string }[]>(sql);
    });

  it.each(Object.keys(SCOPED_TABLES))('%s: no scope settings, or empty ones, show no row', async (table) => {
    expect(await asViewer({}, `select * from "${table}"`)).toEqual([]);
    expect(await asViewer({ 'portal.account_ids': '', 'portal.supply_point_ids': '' }, `select * from "${table}"`)).toEqual([]);
    expect(await asViewer({ 'portal.account_ids': '{}', 'portal.supply_point_ids': '{}' }, `select * from "${table}"`)).toEqual([]);
  });

  it('measurement_day (the daily rollup, no entity) shows the days of the same supply points as measurement', async () => {
    const { accountIds, supplyPointIds } = viewers[0]!.scope;
    const settings = { 'portal.account_ids': `{${accountIds.join(',')}}`, 'portal.supply_point_ids': `{${supplyPointIds.join(',')}}` };
    const pointsOf = async (table: string) =>
      (await asViewer(settings, `select distinct supply_point_id as id from ${table} order by 1`)).map((row) => row.id);
    const seen = await pointsOf('measurement_day');
    expect(seen.length).toBeGreaterThan(0);
    expect(seen).toEqual(await pointsOf('measurement'));
    const [all] = await db.orm.em.getConnection().execute<{ n: number }[]>('select count(distinct supply_point_id)::int as n from measurement_day');
    expect(seen.length).toBeLessThan(all!.n);
    expect(await asViewer({}, 'select * from measurement_day')).toEqual([]);
  });

  it('a malformed setting is an error, never a wider read', async () => {
    await expect(asViewer({ 'portal.account_ids': 'anything', 'portal.supply_point_ids': '{}' }, 'select * from customer_account')).rejects.toThrow(/malformed array literal/);
  });

  it('a viewer cannot write a row outside its scope', async () => {
    const [mine, other] = world.accounts;
    const settings = { 'portal.account_ids': `{${mine!.id}}`, 'portal.supply_point_ids': '{}' };
    await expect(asViewer(settings, `update customer_account set phone = '600000000' where id = '${other!.id}' returning id`)).resolves.toEqual([]);
    await expect(
      asViewer(settings, `insert into incident_reply (id, incident_id, body, from_staff, created_at) values (gen_random_uuid(), gen_random_uuid(), 'x', false, now())`),
    ).rejects.toThrow(/row-level security/);
  });

  it('every table that holds customer rows has row-level security, and the viewer role cannot bypass it', async () => {
    const connection = db.orm.em.getConnection();
    const rows = await connection.execute<{ table: string; rls: boolean; policies: number }[]>(
      `select c.relname as table, c.relrowsecurity as rls,
              (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
         from pg_class c join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
        where c.relkind = 'r' and exists (
          select 1 from information_schema.columns col
           where col.table_schema = 'public' and col.table_name = c.relname
             and col.column_name in ('account_id', 'supply_point_id', 'installation_id', 'incident_id'))`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(Object.keys(SCOPED_TABLES).length - 2);
    for (const row of rows) expect({ ...row, rls: row.rls && row.policies > 0 }, row.table).toEqual({ ...row, rls: true });
    const [role] = await connection.execute<{ bypass: boolean; superuser: boolean }[]>(
      `select rolbypassrls as bypass, rolsuper as superuser from pg_roles where rolname = ?`,
      [VIEWER_ROLE],
    );
    expect(role).toEqual({ bypass: false, superuser: false });
  });
});
