/**
 * pnpm bench [--quick] [--scale quick|small|large] [--only a,b] [--seconds N] [--connections 1,8,32]
 *            [--dist dist] [--build] [--skip-import] [--skip-hostile] [--skip-spa]
 *
 * Loads the production build of the server (node <dist>/main.js, NODE_ENV=production) over the
 * database of `pnpm bench:data`, with graphql-shield on and off, and the raw-SQL floor
 * (raw-server.ts), with autocannon on loopback; then the CNMC import and the SPA's route sizes.
 * Prints the tables and writes them to bench/results/<date>[-<scale>].md. See bench/README.md.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isUserType, sectionsFor, type Section } from '@portal/shared';
import pg from 'pg';
import { tokenHash, useSecretKey } from '../src/core/secrets.js';
import {
  BENCH_META_KEY,
  DATA_DIR,
  REPO_DIR,
  RESULTS_DIR,
  SCALE,
  SERVER_DIR,
  benchDatabaseName,
  databaseExists,
  databaseUrl,
  formatCount,
  parseArgs,
  parseScale,
  productionServerEnv,
  BENCH_SECRET_KEY,
  startBenchCluster,
  stringArg,
  type BenchMeta,
  type ScaleName,
} from './common.js';
import { CR_ONLY_ROWS, hostileReport, hostileScenarios, type HostileResult } from './hostile.js';
import { clearImportRange, importThroughApi, writeCnmcFile, type ImportResult } from './import-bench.js';
import { importPhases, importTargets, phasesReport, type ImportPhases } from './import-phases.js';
import { cpuTargets, serverCpuPerRequest } from './cpu-per-request.js';
import { lighthouseAudits, lighthouseTargets, type LighthouseResult } from './lighthouse-audit.js';
import { load, mergeLoads, run, startProcess, type LoadResult, type Started } from './load.js';
import { sessionsLoad, sessionsTargets, type SessionsLoadResult } from './sessions-load.js';
import { loadTargets, previousTargets, resultsFilePattern, targetsTable, type Target } from './targets.js';
import { RAW, SCENARIOS, VIEWER_SQL, type RequestItem, type Scenario, type ScenarioName, type Viewer } from './scenarios.js';

/** NODE_ENV=production: the session cookie is __Host- prefixed (context.ts sessionCookieName). */
const COOKIE = '__Host-portal_session';
const SERVER_PORT = 4390;
const RAW_PORT = 4391;
const NO_SHIELD_PORT = 4392;
const portOf = (variant: Variant) => ({ graphql: SERVER_PORT, noShield: NO_SHIELD_PORT, raw: RAW_PORT })[variant];

type Variant = 'graphql' | 'noShield' | 'raw';
const VARIANT_TITLE: Record<Variant, string> = { graphql: 'GraphQL', noShield: 'GraphQL, shield off', raw: 'raw SQL' };

type Row = { scenario: ScenarioName; variant: Variant; result: LoadResult };

const args = parseArgs(process.argv.slice(2));
const quick = args.has('quick');
const scaleName = parseScale(stringArg(args, 'scale'), quick ? 'quick' : 'small');
const seconds = Number(stringArg(args, 'seconds') ?? (quick ? 2 : 10));
const warmupSeconds = quick ? 1 : 3;
/** Each level's `seconds` are split into this many runs per variant, interleaved (loadScenario). */
const rounds = Number(stringArg(args, 'rounds') ?? (quick ? 2 : 3));
const connectionLevels = (stringArg(args, 'connections') ?? (quick ? '1,32' : '1,8,32')).split(',').map(Number);
const only = stringArg(args, 'only')?.split(',');
/** The curve import alone (its parts and the route): no load scenarios, hostile input or SPA. */
const onlyImport = args.has('only-import');
/** Sequential requests per scenario for the server's CPU per request (issue 15). */
const cpuRequests = Number(stringArg(args, 'cpu-requests') ?? (quick ? 200 : 1_000));
/** The mixed load: signed-in sessions (one connection each) and how long (issue 15: 200 for 60 s). */
const sessionCount = Number(stringArg(args, 'sessions') ?? 200);
const sessionSeconds = Number(stringArg(args, 'session-seconds') ?? (quick ? 15 : 60));
const distDir = path.resolve(SERVER_DIR, stringArg(args, 'dist') ?? 'dist');
const scenarios = onlyImport ? [] : SCENARIOS.filter((s) => !only || only.includes(s.name));
const database = benchDatabaseName(scaleName);
const startedAt = performance.now();
const notes: string[] = [];
const plans: { scenario: string; sql: string; plan: string }[] = [];

function log(line: string): void {
  console.log(`[${((performance.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${line}`);
}

type UserScope = { email: string; userTypes: string[]; isAdmin: boolean; cups: string[] };

/** Every user with the CUPS their scope reaches (customer-scope.ts, in SQL). */
async function usersWithScope(client: pg.Client): Promise<UserScope[]> {
  const { rows } = await client.query<UserScope>(
    `select u.email, u.user_types as "userTypes", u.is_admin as "isAdmin",
            array(select sp.cups from customer_account a join supply_point sp on sp.account_id = a.id
                  where (a.fiscal_id = any(array_remove(array[u.personal_fiscal_id, u.company_fiscal_id], null) || u.related_fiscal_ids::varchar[])
                         or a.registered_user_id = u.id)
                    and (cardinality(u.cups_restriction) = 0 or sp.cups = any(u.cups_restriction))
                  order by sp.cups) as cups
     from app_user u where u.status = 'ACTIVE' order by u.email`,
  );
  return rows;
}

/** Who asks in each pool: a mix of small (persons) and large (companies) scopes, rotated per request. */
function pools(users: UserScope[], meta: BenchMeta): Record<Scenario['pool'], { email: string; cups?: string }[]> {
  const has = (user: UserScope, section: Section) => sectionsFor(user.userTypes.filter(isUserType)).includes(section);
  const mix = (candidates: UserScope[], count: number) => {
    const bySize = [...candidates].filter((u) => u.cups.length > 0).sort((a, b) => b.cups.length - a.cups.length || a.email.localeCompare(b.email));
    const large = bySize.slice(0, Math.ceil(count / 3));
    const small = bySize.filter((u) => u.cups.length <= 2).slice(0, count - large.length);
    return [...large, ...small];
  };
  const hourly = new Set(meta.quarterHourCups);
  const pairs = (candidates: UserScope[], keep: (cups: string) => boolean, count: number) => {
    const result: { email: string; cups: string }[] = [];
    for (let round = 0; result.length < count && round < 50; round++) {
      for (const user of candidates) {
        const cups = user.cups.filter(keep)[round];
        if (cups && result.length < count) result.push({ email: user.email, cups });
      }
    }
    return result;
  };
  const measuring = users.filter((u) => !u.isAdmin && has(u, 'MEASUREMENTS'));
  return {
    home: mix(measuring, 12).map((u) => ({ email: u.email })),
    invoices: mix(users.filter((u) => !u.isAdmin && has(u, 'INVOICES')), 12).map((u) => ({ email: u.email })),
    hourlyCups: pairs(measuring, (c) => !hourly.has(c), 16),
    quarterHourCups: pairs(measuring, (c) => hourly.has(c), 16),
    forecastCups: pairs(users.filter((u) => !u.isAdmin && has(u, 'DEVIATIONS')), (c) => !hourly.has(c), 16),
    admin: users.filter((u) => u.isAdmin).map((u) => ({ email: u.email })),
  };
}

useSecretKey(BENCH_SECRET_KEY);

/** A signed-in session made directly (session.service.ts stores the token's keyed hash); its token. */
async function insertSession(client: pg.Client, email: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await client.query(
    `insert into session (id, token_hash, user_id, created_at, last_seen_at, absolute_expires_at, ip, user_agent)
     select gen_random_uuid(), $1, id, now(), now(), now() + interval '12 hours', '127.0.0.1', 'pnpm bench' from app_user where email = $2`,
    [tokenHash(token), email],
  );
  return token;
}

/** One session per user of the pools. */
async function createSessions(client: pg.Client, emails: string[]): Promise<Map<string, string>> {
  await client.query(`delete from session where user_agent = 'pnpm bench'`);
  const tokens = new Map<string, string>();
  for (const email of new Set(emails)) tokens.set(email, await insertSession(client, email));
  return tokens;
}

/**
 * `count` more sessions for the mixed load, over the customers who see invoices and measurements
 * (several sessions per user when there are fewer users), each with an hourly CUPS of its scope.
 */
async function mixedLoadSessions(client: pg.Client, users: UserScope[], meta: BenchMeta, count: number) {
  const quarterHourly = new Set(meta.quarterHourCups);
  const sections = (u: UserScope) => sectionsFor(u.userTypes.filter(isUserType));
  const eligible = users
    .filter((u) => !u.isAdmin && sections(u).includes('INVOICES') && sections(u).includes('MEASUREMENTS'))
    .map((u) => ({ email: u.email, cups: u.cups.find((c) => !quarterHourly.has(c)) }))
    .filter((u): u is { email: string; cups: string } => u.cups !== undefined);
  if (eligible.length === 0) throw new Error('no customer sees both invoices and measurements');
  const sessions: { email: string; token: string; cups: string }[] = [];
  for (let i = 0; i < count; i++) {
    const user = eligible[i % eligible.length]!;
    sessions.push({ ...user, token: await insertSession(client, user.email) });
  }
  return sessions;
}

async function ensureServerBuild(): Promise<void> {
  const main = path.join(distDir, 'main.js');
  const wantBuild = args.has('build') || !existsSync(main);
  if (wantBuild) {
    log(`building the server into ${path.relative(SERVER_DIR, distDir)}/ …`);
    const started = performance.now();
    if (path.basename(distDir) === 'dist') await run('pnpm', ['--filter', '@portal/server', 'build'], { cwd: REPO_DIR });
    else await run('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', distDir], { cwd: SERVER_DIR });
    log(`built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
}

function distHasShieldSwitch(): boolean {
  const config = path.join(distDir, 'config.js');
  return existsSync(config) && readFileSync(config, 'utf8').includes('BENCH_DISABLE_PERMISSIONS');
}

async function startServer(url: string, variant: 'graphql' | 'noShield'): Promise<Started> {
  const shield = variant === 'graphql';
  const port = portOf(variant);
  const env: NodeJS.ProcessEnv = {
    ...productionServerEnv({ databaseUrl: url, port, dataDir: path.join(DATA_DIR, 'server-data') }),
    CLIENT_DIST: path.join(DATA_DIR, 'client-dist'),
    ...(shield ? {} : { BENCH_DISABLE_PERMISSIONS: '1' }),
  };
  // --cpu-prof: V8 CPU profiles of both servers (written when they stop) to find what a request pays for.
  const profile = args.has('cpu-prof') ? ['--cpu-prof', '--cpu-prof-dir', path.join(DATA_DIR, 'profiles', variant)] : [];
  // process.execPath, not `node`: node_modules/.bin/node is a shell shim whose pid is not the server's (CPU from /proc).
  const server = await startProcess(process.execPath, [...profile, path.join(distDir, 'main.js')], { cwd: SERVER_DIR, env, ready: /is running at/ });
  if (!shield && !/graphql-shield is OFF/.test(server.output())) {
    await server.stop();
    throw new Error('the server did not confirm BENCH_DISABLE_PERMISSIONS');
  }
  return server;
}

/** One request per item before loading: both answers must exist, carry no errors and agree. */
async function preflight(scenario: Scenario, items: RequestItem[]): Promise<void> {
  for (const item of items.slice(0, 4)) {
    const headers = { 'content-type': 'application/json', cookie: `${COOKIE}=${item.token}` };
    const gql = (await (
      await fetch(`http://127.0.0.1:${SERVER_PORT}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: scenario.query, variables: item.variables }) })
    ).json()) as any;
    if (gql.errors) throw new Error(`${scenario.name} (${item.email}): GraphQL errors ${JSON.stringify(gql.errors).slice(0, 500)}`);
    const raw = (await (await fetch(`http://127.0.0.1:${RAW_PORT}/raw/${scenario.name}`, { method: 'POST', headers, body: JSON.stringify(item.variables) })).json()) as any;
    if (!raw.data) throw new Error(`${scenario.name} (${item.email}): raw floor failed ${JSON.stringify(raw).slice(0, 500)}`);
    const [a, b] = [scenario.checkGraphql(gql.data), scenario.checkRaw(raw.data)];
    if (a !== b) notes.push(`${scenario.name} (${item.email}): GraphQL and raw SQL disagree: ${a.slice(0, 120)} vs ${b.slice(0, 120)}`);
  }
}

/**
 * Waits until the database has no active statement (but ours): autocannon closes its sockets at
 * the end of a run, yet the server still works through what it had accepted, and that backlog
 * must not be timed as the next run's latency.
 */
async function waitForIdle(client: pg.Client): Promise<void> {
  const deadline = Date.now() + 60_000;
  let quiet = 0;
  while (quiet < 3 && Date.now() < deadline) {
    const { rows } = await client.query<{ active: number }>(
      `select count(*)::int as active from pg_stat_activity where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`,
    );
    quiet = rows[0]!.active === 0 ? quiet + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** autocannon's target and request bodies for one scenario and variant. */
function targetOf(scenario: Scenario, variant: Variant, items: RequestItem[]) {
  const target =
    variant === 'raw'
      ? { url: `http://127.0.0.1:${RAW_PORT}/raw/${scenario.name}`, body: (item: RequestItem) => JSON.stringify(item.variables) }
      : { url: `http://127.0.0.1:${portOf(variant)}/graphql`, body: (item: RequestItem) => JSON.stringify({ query: scenario.query, variables: item.variables }) };
  // Bodies are made once per item, not per request: the load generator shares the 2 cores.
  const bodies = new Map(items.map((item) => [item, target.body(item)]));
  return { url: target.url, items, body: (item: RequestItem) => bodies.get(item)!, cookieName: COOKIE };
}

/**
 * One scenario, every variant: a warm-up each, then per connection level `rounds` short runs of
 * each variant, in alternating order (raw, shield on, shield off, then the reverse), pooled per
 * variant. The machine's other load drifts within a minute; interleaving spreads that drift over
 * all variants instead of charging it to whichever ran last.
 */
async function loadScenario(client: pg.Client, scenario: Scenario, variants: Variant[], items: RequestItem[]): Promise<Row[]> {
  const targets = new Map(variants.map((variant) => [variant, targetOf(scenario, variant, items)]));
  for (const target of targets.values()) await load({ ...target, connections: 8, seconds: warmupSeconds });
  const rows: Row[] = [];
  for (const connections of connectionLevels) {
    const runs = new Map<Variant, LoadResult[]>(variants.map((variant) => [variant, []]));
    for (let round = 0; round < rounds; round++) {
      for (const variant of round % 2 === 0 ? variants : [...variants].reverse()) {
        await waitForIdle(client);
        runs.get(variant)!.push(await load({ ...targets.get(variant)!, connections, seconds: seconds / rounds }));
      }
    }
    for (const [variant, results] of runs) rows.push({ scenario: scenario.name, variant, result: mergeLoads(results) });
  }
  await waitForIdle(client);
  return rows;
}

async function spaSizes(): Promise<{ route: string; gzipBytes: number }[] | string> {
  const clientDir = path.join(REPO_DIR, 'client');
  const outDir = path.join(DATA_DIR, 'client-dist');
  try {
    if (!quick || !existsSync(path.join(outDir, '.vite', 'manifest.json'))) {
      log('building the SPA (vite build) into bench/data/client-dist …');
      await run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], { cwd: clientDir });
    } else {
      notes.push('SPA sizes: --quick reused the existing build in bench/data/client-dist (a full run rebuilds it).');
    }
    const output = await run('node', ['scripts/bundle-size.mjs', '--json'], { cwd: clientDir, env: { ...process.env, CLIENT_DIST: outDir } }).catch(
      (error: Error) => error.message.split('\n').find((line) => line.startsWith('{')) ?? Promise.reject(error),
    );
    return (JSON.parse(output.split('\n').find((line) => line.startsWith('{'))!) as { routes: { route: string; gzipBytes: number }[] }).routes;
  } catch (error) {
    return `SPA build or measurement failed: ${String(error).slice(0, 300)}`;
  }
}

const ms = (value: number) => (Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(2) : value.toFixed(1));
const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a) && Number.isFinite(b) ? `${(a / b).toFixed(2)}×` : '–');
const enough = (r: LoadResult | undefined) => (r && r.answers >= 5 ? r : undefined);

/** A scenario's result for one variant and connection level. */
const finder = (rows: Row[]) => (scenario: ScenarioName, variant: Variant, connections: number) =>
  rows.find((r) => r.scenario === scenario && r.variant === variant && r.result.connections === connections)?.result;

type SavedRun = {
  scale: ScaleName;
  measurements: number;
  rows: { scenario: ScenarioName; variant: Variant; connections: number; p95: number; answers: number }[];
  targets: Target[];
  /** The previous values this run was compared with (targets.ts previousTargets). */
  previous: Record<string, number | null>;
};

const FLATNESS_SCENARIOS: ScenarioName[] = ['measYearByDay', 'measMonthByHour', 'measQuarterHourYearByDay'];

/**
 * Measurement query time small → large: this run against the latest saved run of the other
 * scale (p95 large / small per scenario, variant and connection level). Lines of the report.
 */
function flatness(current: SavedRun): string[] {
  const other = current.scale === 'large' ? 'small' : current.scale === 'small' ? 'large' : null;
  if (!other) return [];
  const suffix = other === 'small' ? '' : `-${other}`;
  const candidates = existsSync(RESULTS_DIR) ? readdirSync(RESULTS_DIR).filter((f) => resultsFilePattern(suffix).test(f)).sort() : [];
  if (candidates.length === 0) return [`No saved ${other} run in bench/results/ to compare with: run pnpm bench --scale ${other}.`];
  const previous = JSON.parse(readFileSync(path.join(RESULTS_DIR, candidates.at(-1)!), 'utf8')) as SavedRun;
  const [small, large] = current.scale === 'small' ? [current, previous] : [previous, current];
  const lines = [
    `Against ${candidates.at(-1)} (${formatCount(small.measurements)} → ${formatCount(large.measurements)} measurements); p95 large / small.`,
    '',
    '| scenario | variant | conns | small p95 | large p95 | large / small |',
    '|---|---|---:|---:|---:|---:|',
  ];
  for (const scenario of FLATNESS_SCENARIOS) {
    for (const variant of ['graphql', 'raw'] as Variant[]) {
      for (const s of small.rows.filter((r) => r.scenario === scenario && r.variant === variant)) {
        const l = large.rows.find((r) => r.scenario === scenario && r.variant === variant && r.connections === s.connections);
        if (!l || s.answers < 5 || l.answers < 5) continue;
        lines.push(`| ${scenario} | ${VARIANT_TITLE[variant]} | ${s.connections} | ${ms(s.p95)} | ${ms(l.p95)} | ${ratio(l.p95, s.p95)} |`);
      }
    }
  }
  return lines;
}

function report(
  meta: BenchMeta,
  rows: Row[],
  imported: (ImportResult & { phases?: ImportPhases }) | string,
  hostile: HostileResult[] | string,
  spa: { route: string; gzipBytes: number }[] | string,
  context: string[],
  flat: string[],
  targets: string[],
): string {
  const find = finder(rows);
  const lines: string[] = [];
  lines.push(`# pnpm bench${quick ? ' --quick' : ''}: scale ${meta.scale}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`, '');
  lines.push(...context.map((line) => `- ${line}`), '');
  lines.push('## Latency and throughput', '');
  lines.push(
    'Milliseconds; req/s counts answers without errors; errors = non-2xx, socket errors, timeouts and GraphQL `errors`; n = answers the percentiles are taken from (ratios need n ≥ 5).',
    '',
  );
  lines.push('| scenario | conns | variant | req/s | p50 | p95 | p99 | errors | n |', '|---|---:|---|---:|---:|---:|---:|---:|---:|');
  for (const scenario of scenarios) {
    for (const connections of connectionLevels) {
      for (const variant of ['graphql', 'noShield', 'raw'] as Variant[]) {
        const r = find(scenario.name, variant, connections);
        if (!r) continue;
        lines.push(`| ${scenario.name} | ${connections} | ${VARIANT_TITLE[variant]} | ${r.throughput.toFixed(1)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.errors} | ${r.answers} |`);
      }
    }
  }
  lines.push('', '## Ratios (p95 latency; throughput in brackets)', '');
  lines.push('| scenario | conns | GraphQL / raw SQL | shield on / off |', '|---|---:|---:|---:|');
  for (const scenario of scenarios) {
    for (const connections of connectionLevels) {
      const g = enough(find(scenario.name, 'graphql', connections));
      const n = enough(find(scenario.name, 'noShield', connections));
      const r = enough(find(scenario.name, 'raw', connections));
      if (!g) {
        lines.push(`| ${scenario.name} | ${connections} | too few answers | |`);
        continue;
      }
      const gr = r ? `${ratio(g.p95, r.p95)} (${ratio(r.throughput, g.throughput)})` : '–';
      const gn = n ? `${ratio(g.p95, n.p95)} (${ratio(n.throughput, g.throughput)})` : '–';
      lines.push(`| ${scenario.name} | ${connections} | ${gr} | ${gn} |`);
    }
  }

  if (flat.length > 0) lines.push('', '## Small → large: measurement query time', '', ...flat);
  lines.push('', '## Curve import (real path: POST /uploads/imports/cnmc)', '');
  if (typeof imported === 'string') lines.push(imported);
  else {
    lines.push(
      `${formatCount(imported.rows)} rows (${(imported.bytes / 1e6).toFixed(1)} MB CSV) in ${imported.seconds.toFixed(2)} s: **${formatCount(imported.rowsPerSecond)} rows/s** (answer ${imported.status}).`,
    );
    if (imported.phases) lines.push('', ...phasesReport(imported.phases));
  }
  lines.push(...hostileReport(hostile));
  lines.push('', '## SPA: initial JavaScript per route (gzipped)', '');
  if (typeof spa === 'string') lines.push(spa);
  else {
    lines.push('| route | KB |', '|---|---:|');
    for (const route of spa) lines.push(`| ${route.route} | ${(route.gzipBytes / 1000).toFixed(1)} |`);
  }
  lines.push('', '## Data (pnpm bench:data)', '');
  lines.push(`Generated ${meta.today} in ${meta.generation.seconds.toFixed(1)} s, ${formatCount(meta.generation.rowsPerSecond)} rows/s overall (migrations, indexes and vacuum included).`, '');
  lines.push('| table | rows | s | rows/s |', '|---|---:|---:|---:|');
  for (const t of meta.generation.byTable) lines.push(`| ${t.name} | ${formatCount(t.rows)} | ${t.seconds.toFixed(1)} | ${formatCount(t.rows / Math.max(t.seconds, 0.001))} |`);
  if (notes.length > 0) lines.push('', '## Notes', '', ...notes.map((note) => `- ${note}`));
  if (plans.length > 0) {
    lines.push('', '## Query plans (--explain: the raw floor SQL of each scenario, first request)', '');
    for (const plan of plans) lines.push(`### ${plan.scenario}`, '', '```', plan.sql.replace(/\s+/g, ' ').trim().slice(0, 600), '', plan.plan, '```', '');
  }
  // Last, so the console ends with it.
  lines.push('', '## Targets (issue 15)', '', ...targets);
  lines.push('', 'Not timings here: measurement time flat small → large (≤ 1.5×, "Small → large" above, from a small or large run), no N+1 (`server/test/statement-count.test.ts`).');
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  log(`pnpm bench${quick ? ' --quick' : ''}: scale ${scaleName}, ${seconds} s per run, connections ${connectionLevels.join('/')}, ${scenarios.length} scenarios`);
  const loadAverage = os.loadavg().map((l) => l.toFixed(1)).join(' / ');
  const cluster = await startBenchCluster(() => {});
  const servers: Started[] = [];
  try {
    if (!(await databaseExists(cluster.url, database))) throw new Error(`${database} does not exist: run pnpm bench:data --scale ${scaleName} first`);
    const url = databaseUrl(cluster.url, database);
    const client = new pg.Client({ connectionString: url });
    // The cluster stops in `finally`: an idle client's "terminating connection" must not hide why.
    client.on('error', () => undefined);
    await client.connect();
    const meta = (await client.query<{ value: BenchMeta }>('select value from app_meta where key = $1', [BENCH_META_KEY])).rows[0]?.value;
    if (!meta) throw new Error(`${database} has no ${BENCH_META_KEY} marker: run pnpm bench:data --scale ${scaleName} again`);
    const pgVersion = (await client.query<{ server_version: string }>('show server_version')).rows[0]!.server_version;
    const users = await usersWithScope(client);
    const pool = pools(users, meta);
    const tokens = await createSessions(client, Object.values(pool).flatMap((p) => p.map((u) => u.email)));
    const dates = { today: meta.today, measuredFrom: meta.measuredFrom };
    // Every scenario's requests: the CPU measurement sends home and invoices even when --only leaves them out.
    const items = new Map<ScenarioName, RequestItem[]>();
    for (const scenario of SCENARIOS) {
      const subjects = pool[scenario.pool];
      if (subjects.length === 0 && scenarios.includes(scenario)) throw new Error(`no users for ${scenario.name} (${scenario.pool}) in ${database}`);
      items.set(
        scenario.name,
        subjects.map((subject, index) => ({ email: subject.email, token: tokens.get(subject.email)!, variables: scenario.variables(dates, { cups: subject.cups, index }) })),
      );
    }
    const counts = (await client.query<{ measurements: string; invoices: string; cups: string; users: string }>(
      `select (select reltuples::bigint from pg_class where relname = 'measurement') as measurements, (select count(*) from invoice) as invoices,
              (select count(*) from supply_point) as cups, (select count(*) from app_user) as users`,
    )).rows[0]!;

    if (args.has('explain')) {
      for (const scenario of scenarios) {
        const item = items.get(scenario.name)![0]!;
        const viewer = (await client.query(VIEWER_SQL, [tokenHash(item.token)])).rows[0] as Viewer;
        // Each statement runs twice: EXPLAIN ANALYZE for the plan, then for real (the handler reads its rows).
        // One client: statements the handler runs side by side are queued here one after another.
        let queue: Promise<unknown> = Promise.resolve();
        const explaining = (sql: string, params: unknown[]) => {
          const done = queue.then(async () => {
            const explained = await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers, costs off) ${sql}`, params);
            plans.push({ scenario: scenario.name, sql, plan: explained.rows.map((r) => r['QUERY PLAN']).join('\n') });
            return client.query(sql, params);
          });
          queue = done.catch(() => undefined);
          return done;
        };
        await RAW[scenario.name](explaining, viewer, item.variables);
      }
      log(`explained ${plans.length} statements`);
    }

    // Before the servers start: they serve this build (CLIENT_DIST) to Lighthouse.
    const spa = args.has('skip-spa') || onlyImport ? 'skipped (--skip-spa)' : await spaSizes();
    await ensureServerBuild();
    const shieldSwitch = distHasShieldSwitch();
    if (!shieldSwitch) notes.push(`${path.relative(SERVER_DIR, distDir)}/ predates BENCH_DISABLE_PERMISSIONS: shield-off runs skipped (run with --build).`);

    // Node itself with tsx's loader, not the .bin/tsx shim: the shim's own child outlived stop() and its pipes kept the bench from exiting.
    const raw = await startProcess(process.execPath, ['--import', 'tsx', '--conditions', 'source', path.join('bench', 'raw-server.ts')], {
      cwd: SERVER_DIR,
      env: { ...process.env, DATABASE_URL: url, PORT: String(RAW_PORT), SESSION_COOKIE: COOKIE, NODE_ENV: 'production', SECRET_KEY: BENCH_SECRET_KEY },
      ready: /listening on/,
    });
    servers.push(raw);
    const rows: Row[] = [];
    const variants: Variant[] = shieldSwitch ? ['graphql', 'noShield'] : ['graphql'];
    let imported: (ImportResult & { phases?: ImportPhases }) | string = 'skipped (--skip-import)';
    // Both servers run side by side and each scenario loads its variants back to back, so a
    // change in the machine's other load shifts all three alike.
    for (const variant of variants) {
      servers.push(await startServer(url, variant as 'graphql' | 'noShield'));
      log(`server up (${VARIANT_TITLE[variant]}, port ${portOf(variant)})`);
    }
    for (const scenario of scenarios) {
      const list = items.get(scenario.name)!;
      await preflight(scenario, list);
      const loaded = await loadScenario(client, scenario, ['raw', ...variants], list);
      rows.push(...loaded);
      for (const variant of ['raw', ...variants] as Variant[]) {
        const results = loaded.filter((row) => row.variant === variant).map((row) => row.result);
        log(`${scenario.name.padEnd(26)} ${VARIANT_TITLE[variant].padEnd(20)} ${results.map((r) => `${r.connections}c ${r.throughput.toFixed(0)} req/s p95 ${ms(r.p95)} ms${r.errors ? ` ${r.errors} errors` : ''}`).join(' | ')}`);
      }
    }
    const shieldOn = servers[1]!;
    const graphqlUrl = `http://127.0.0.1:${SERVER_PORT}/graphql`;
    const cpu: Record<'invoices' | 'home', number | null> = { invoices: null, home: null };
    if (!onlyImport && !args.has('skip-cpu')) {
      for (const name of ['invoices', 'home'] as const) {
        const scenario = SCENARIOS.find((s) => s.name === name)!;
        const requests = items.get(name)!.map((item) => ({ body: JSON.stringify({ query: scenario.query, variables: item.variables }), cookie: `${COOKIE}=${item.token}` }));
        await waitForIdle(client);
        cpu[name] = await serverCpuPerRequest({ pid: shieldOn.child.pid!, url: graphqlUrl, requests, count: cpuRequests, warmup: cpuRequests / 4 });
        log(`server CPU per request, ${name}: ${ms(cpu[name])} ms`);
      }
    }
    let mixed: SessionsLoadResult | null = null;
    if (!onlyImport && !args.has('skip-sessions')) {
      await waitForIdle(client);
      const sessions = await mixedLoadSessions(client, users, meta, sessionCount);
      mixed = await sessionsLoad({ url: graphqlUrl, cookieName: COOKIE, dates, sessions, seconds: sessionSeconds });
      log(`${sessionCount} sessions, mixed load: ${mixed.throughput.toFixed(0)} req/s, p95 ${ms(mixed.p95)} ms, ${mixed.errors} errors`);
    }
    const cupsForImport = (
      await client.query<{ cups: string }>(`select cups from supply_point where cups <> all($1) order by cups limit $2`, [
        meta.quarterHourCups,
        Math.ceil(Math.max(SCALE[scaleName].importRows, CR_ONLY_ROWS) / 8_760),
      ])
    ).rows.map((r) => r.cups);
    const adminCookie = `${COOKIE}=${tokens.get(pool.admin[0]!.email)}`;
    let hostile: HostileResult[] | string = 'skipped (--skip-hostile)';
    if (!args.has('skip-hostile') && !onlyImport) {
      await waitForIdle(client);
      hostile = await hostileScenarios({
        baseUrl: `http://127.0.0.1:${SERVER_PORT}`,
        pid: shieldOn.child.pid!,
        seconds: quick ? 5 : 10,
        adminCookie,
        databaseUrl: url,
        cups: cupsForImport,
        before: meta.measuredFrom,
        log,
      });
    }
    if (!args.has('skip-import')) {
      try {
        const importCups = cupsForImport.slice(0, Math.ceil(SCALE[scaleName].importRows / 8_760));
        const file = await writeCnmcFile(importCups, meta.measuredFrom, SCALE[scaleName].importRows);
        await clearImportRange(url, importCups, meta.measuredFrom);
        await waitForIdle(client);
        const phases = await importPhases(url, file);
        for (const [part, timing] of Object.entries(phases)) log(`import ${part}: ${formatCount(timing.rows / timing.seconds)} rows/s, ${formatCount(timing.rows / timing.cpuSeconds)} rows per CPU-second`);
        await waitForIdle(client);
        imported = {
          ...(await importThroughApi({
            baseUrl: `http://127.0.0.1:${SERVER_PORT}`,
            cookie: adminCookie,
            databaseUrl: url,
            cups: importCups,
            before: meta.measuredFrom,
            rows: SCALE[scaleName].importRows,
          })),
          phases,
        };
        log(`import: ${formatCount(imported.rows)} rows in ${imported.seconds.toFixed(2)} s = ${formatCount(imported.rowsPerSecond)} rows/s (${imported.status})`);
      } catch (error) {
        imported = `failed: ${String(error).slice(0, 300)}`;
      }
    }
    let lighthouse: LighthouseResult[] | null = null;
    if (!onlyImport && !args.has('skip-lighthouse')) {
      try {
        // A customer with a small scope: the home page most customers see.
        lighthouse = await lighthouseAudits(`http://127.0.0.1:${SERVER_PORT}`, `${COOKIE}=${tokens.get(pool.home.at(-1)!.email)}`);
        log(`Lighthouse: ${lighthouse.map((r) => `${r.page} ${r.score}`).join(', ')}`);
      } catch (error) {
        notes.push(`Lighthouse failed: ${String(error).slice(0, 300)}`);
      }
    }
    for (const server of servers.splice(1).reverse()) await server.stop();
    await client.end();
    const context = [
      `Machine: ${os.cpus().length} CPU cores (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB; load average at start ${loadAverage} (other work shares these cores: compare ratios, not absolute numbers, across runs).`,
      `Node ${process.version}, PostgreSQL ${pgVersion} (embedded, bench/data/postgres, settings in bench/README.md); server: node ${path.relative(SERVER_DIR, distDir)}/main.js, NODE_ENV=production.`,
      `Database ${database}: ${formatCount(Number(counts.measurements))} measurements, ${formatCount(Number(counts.invoices))} invoices, ${formatCount(Number(counts.cups))} CUPS, ${formatCount(Number(counts.users))} users; data of ${meta.today}.`,
      `autocannon on loopback, ${seconds} s per level and variant in ${rounds} interleaved runs, after a ${warmupSeconds} s warm-up at 8 connections; requests rotate over ${[...new Set([...items.values()].flat().map((i) => i.email))].length} signed-in users (see pools in bench.ts).`,
      `Total bench time ${((performance.now() - startedAt) / 1000).toFixed(0)} s.`,
    ];
    mkdirSync(RESULTS_DIR, { recursive: true });
    const suffix = quick ? '-quick' : scaleName === 'small' ? '' : `-${scaleName}`;
    const base = path.join(RESULTS_DIR, `${new Date().toISOString().slice(0, 10)}${suffix}`);
    const targets: Target[] = [
      ...cpuTargets(cpu, cpuRequests),
      ...loadTargets(finder(rows), scenarios.map((s) => s.name), connectionLevels, scaleName),
      ...sessionsTargets(mixed, sessionCount, sessionSeconds),
      ...(typeof imported === 'string' ? importTargets(null, null) : importTargets(imported, imported.phases ?? null)),
      ...lighthouseTargets(lighthouse),
    ];
    const previous = previousTargets(suffix);
    // The rows as JSON beside the table: the other scale's run compares against them (flatness).
    const saved: SavedRun = {
      scale: scaleName,
      measurements: Number(counts.measurements),
      rows: rows.map(({ scenario, variant, result }) => ({ scenario, variant, connections: result.connections, p95: result.p95, answers: result.answers })),
      targets,
      previous: previous?.values ?? {},
    };
    writeFileSync(`${base}.json`, `${JSON.stringify(saved, null, 1)}\n`);
    const text = report(meta, rows, imported, hostile, spa, context, flatness(saved), targetsTable(targets, previous));
    const file = `${base}.md`;
    writeFileSync(file, text);
    console.log(`\n${text}`);
    log(`written to ${path.relative(REPO_DIR, file)}`);
  } finally {
    for (const server of servers.reverse()) await server.stop().catch(() => undefined);
    await cluster.stop();
  }
}

await main();
