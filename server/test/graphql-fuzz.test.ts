import { readFileSync } from 'node:fs';
import { USER_TYPES } from '@portal/shared';
import fc from 'fast-check';
import { buildSchema, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { changedTables, fingerprint } from './database-fingerprint.js';
import { requiredArguments, rootOperation, type ArgumentMode } from './graphql-arguments.js';
import { hostileTargets, withValueAt } from './hostile-values.js';
import { createInstallation, createUser } from './factories.js';
import { buildWorld } from './scope-world.js';
import { useSolarWorld } from './solar-world.js';

/**
 * The GraphQL fuzz suite: every query and mutation of schema.graphql, as anonymous, as a
 * customer and as an admin, with hostile values in each argument (and each input field),
 * sent as variables or as literals. Whatever the answer, it must be a 4xx or an error with a
 * code: no HTTP 5xx, no INTERNAL_SERVER_ERROR, no SQL or stack in what the caller reads, and
 * nothing written by a request that failed. Failures are grouped by class (field, argument,
 * kind of value, problem, message) so one bug reads as one line, not as hundreds of cases.
 *
 * Replay a run with FUZZ_SEED=<the seed it printed>.
 */

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);

const MIN_CASES = 2_000;
/** SQL as Postgres or the ORM words it: a statement (an insert has no `from`), or a server error. */
const SQL = /\b(select|delete)\b.*\bfrom\b|\binsert into\b|\bupdate\b.*\bset\b|syntax error at|violates|relation "/i;
const STACK = /\n?\s{4}at |^\s*at .+:\d+:\d+\)?$/m;
const ROLES = ['anonymous', 'customer', 'admin'] as const;
type Role = (typeof ROLES)[number];
type RootKind = 'query' | 'mutation';

type FuzzCase = {
  root: RootKind;
  field: GraphQLField<unknown, unknown>;
  /** `input.name`, or `(none)` for a field without arguments. */
  argument: string;
  valueKind: string;
  role: Role;
  mode: ArgumentMode;
  args: Record<string, unknown>;
};

type Answer = { status: number; body: unknown; text: string };

/** The schema the client sees: the committed file (schema-file.test.ts keeps it current). */
const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));

/**
 * Each place a hostile value can go (argument or input field) with each kind that fits it is
 * sent twice (a costly kind once), each time with its own drawn value and mode; the role
 * rotates over a field's sends, so every field is called as every role. Every send draws from
 * the seed and its own index, so a run replays exactly.
 */
const SENDS_PER_PLACE = 2;

function casesOf(root: RootKind, type: GraphQLObjectType, firstIndex: number): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const mode = fc.constantFrom<ArgumentMode>('variables', 'literals');
  for (const field of Object.values(type.getFields())) {
    if (field.args.length === 0) {
      for (const role of ROLES) cases.push({ root, field, argument: '(none)', valueKind: 'no arguments', role, mode: 'variables', args: {} });
      continue;
    }
    const baseline = requiredArguments(field);
    const places = field.args.flatMap((argument) =>
      hostileTargets(argument).flatMap((target) => target.kinds.map((kind) => ({ argument, target, kind }))),
    );
    const sends = places.flatMap((place) => Array.from({ length: place.kind.costly ? 1 : SENDS_PER_PLACE }, () => place));
    while (sends.length < ROLES.length) sends.push(sends[0]!);
    const [firstRole] = fc.sample(fc.nat(ROLES.length - 1), { seed: SEED + firstIndex + cases.length, numRuns: 1 });
    for (const [index, { argument, target, kind }] of sends.entries()) {
      const [value, sent] = fc.sample(fc.tuple(kind.value, mode), { seed: SEED + firstIndex + cases.length, numRuns: 1 })[0]!;
      cases.push({
        root,
        field,
        argument: target.path.join('.'),
        valueKind: kind.kind,
        role: ROLES[(firstRole! + index) % ROLES.length]!,
        mode: sent,
        args: withValueAt(argument, baseline, target.path, value),
      });
    }
  }
  // Signing out ends the session the later cases of that role are sent with.
  return cases.sort((a, b) => Number(a.field.name === 'signOut') - Number(b.field.name === 'signOut'));
}

const queryCases = casesOf('query', schema.getQueryType()!, 0);
const mutationCases = casesOf('mutation', schema.getMutationType()!, queryCases.length);
console.log(`graphql fuzz: seed ${SEED} (replay with FUZZ_SEED=${SEED}), ${queryCases.length} query and ${mutationCases.length} mutation cases`);

/** POST /graphql, reading any body: a 413 or a parser error is not JSON. */
async function send(url: string, query: string, variables: Record<string, unknown>, cookie: string | undefined): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: unknown = undefined;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: checked as text below
  }
  return { status: response.status, body, text };
}

type GraphQLAnswer = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

/** A message with its variable parts (quoted values, ids, numbers) blanked, so one bug is one class. */
function normalised(message: string): string {
  return message
    .replace(/^(select|insert into|update|delete)\b.* - /is, '<SQL> - ')
    .replace(/'(?:[^'\\]|\\.)*'/g, "'…'")
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>')
    .replace(/\d+/g, '<n>')
    .slice(0, 160);
}

/** What is wrong with one answer, as [problem, message] pairs; empty when it is fine. */
function problemsOf(answer: Answer): [string, string][] {
  const problems: [string, string][] = [];
  const graphql = answer.body as GraphQLAnswer | undefined;
  const firstMessage = graphql?.errors?.[0]?.message ?? answer.text.slice(0, 160);
  if (answer.status >= 500) problems.push([`HTTP ${answer.status}`, normalised(firstMessage)]);
  if (!graphql) {
    if (SQL.test(answer.text)) problems.push(['SQL in the body', normalised(answer.text)]);
    if (STACK.test(answer.text)) problems.push(['stack in the body', normalised(answer.text.split('\n')[0]!)]);
    return problems;
  }
  for (const error of graphql.errors ?? []) {
    const message = normalised(error.message);
    if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') problems.push(['INTERNAL_SERVER_ERROR', message]);
    const shown = `${error.message}\n${JSON.stringify(error.extensions ?? {})}`;
    if (SQL.test(shown)) problems.push(['SQL in an error', message]);
    const stack = error.extensions?.stacktrace;
    if (STACK.test(error.message) || (Array.isArray(stack) && stack.some((line) => STACK.test(String(line))))) {
      problems.push(['stack in an error', message]);
    }
  }
  return problems;
}

/** Answered with errors only: the field gave nothing, so the request must have left no trace. */
function failed(answer: Answer, field: string): boolean {
  const graphql = answer.body as GraphQLAnswer | undefined;
  return !graphql || (Boolean(graphql.errors?.length) && (graphql.data?.[field] ?? null) === null);
}

type FailureClass = { count: number; roles: Set<Role>; modes: Set<ArgumentMode> };

const world = useSolarWorld();

/** Rows for the hostile values to meet: accounts with CUPS, contracts, invoices, documents, series; the customer holds one. */
let fuzzWorldOnce: ReturnType<typeof buildFuzzWorld> | undefined;
const fuzzWorld = () => (fuzzWorldOnce ??= buildFuzzWorld());

async function buildFuzzWorld() {
  const built = await buildWorld(world.db.orm, 2);
  const account = built.accounts[0]!;
  const customer = await world.newCustomer({
    userTypes: [...USER_TYPES],
    user: { personalFiscalId: account.fiscalId, personalFiscalIdKind: account.kind },
  });
  const cookies: Record<Role, string | undefined> = { anonymous: undefined, customer: customer.cookie, admin: world.cookies.admin };
  // Required arguments the hostile one travels with: real ones, so a check on them does not
  // stop the request before it reaches the value under test. By argument name, or by
  // `field.argument` where the name alone does not say what an id is of.
  const anyId = async (table: string) =>
    (await world.em().getConnection().execute<{ id: string }[]>(`select id from "${table}" order by id limit 1`))[0]?.id;
  const installation = await createInstallation(world.em(), customer.account);
  const spareUser = await createUser(world.em());
  const ids: Record<string, string | undefined> = {
    flow: await anyId('flow'),
    state: (await world.em().getConnection().execute<{ id: string }[]>('select state_id as id from flow_substate where id = ?', [installation.substate.id]))[0]!.id,
    substate: installation.substate.id,
    incidentType: await anyId('incident_type'),
    automaticAction: await anyId('automatic_action'),
  };
  const realArguments: Record<string, unknown> = {
    cups: built.supplyPoints.find((supplyPoint) => supplyPoint.accountId === account.id)!.cups,
    number: built.invoices.find((invoice) => invoice.accountId === account.id)!.number,
    flowId: ids.flow,
    stateId: ids.state,
    substateId: ids.substate,
    installationId: installation.id,
    'updateFlow.id': ids.flow,
    'moveFlowState.id': ids.state,
    'updateFlowState.id': ids.state,
    'moveFlowSubstate.id': ids.substate,
    'updateFlowSubstate.id': ids.substate,
    'moveIncidentType.id': ids.incidentType,
    'updateIncidentType.id': ids.incidentType,
    'moveInstallation.id': installation.id,
    'setAutomaticActionEnabled.id': ids.automaticAction,
    'updateAutomaticAction.id': ids.automaticAction,
    'updateUser.id': spareUser.id,
  };
  return { cookies, realArguments };
}

async function fuzz(cases: FuzzCase[]): Promise<string[]> {
  const { cookies, realArguments } = await fuzzWorld();
  const em = world.em();
  const classes = new Map<string, FailureClass>();
  const record = (fuzzCase: FuzzCase, problem: string, message: string) => {
    const key = `${fuzzCase.field.name}(${fuzzCase.argument}) ${fuzzCase.valueKind}: ${problem} — ${message}`;
    const known = classes.get(key) ?? { count: 0, roles: new Set(), modes: new Set() };
    known.count += 1;
    known.roles.add(fuzzCase.role);
    known.modes.add(fuzzCase.mode);
    classes.set(key, known);
  };
  let before = await fingerprint(em);

  for (const [index, fuzzCase] of cases.entries()) {
    const { root, field, role, mode } = fuzzCase;
    // The sign-in rate limit would soon answer every attempt TOO_MANY_ATTEMPTS before the
    // hostile value reaches the code under test; its rows are not part of the fingerprint.
    if (root === 'mutation') await em.getConnection().execute('delete from auth_attempt');
    const args = { ...fuzzCase.args };
    const samples = requiredArguments(field);
    for (const name of Object.keys(args)) {
      const real = realArguments[`${field.name}.${name}`] ?? realArguments[name];
      if (real !== undefined && args[name] === samples[name]) args[name] = real;
    }
    const { query, variables } = rootOperation(root, field, args, mode);
    const answer = await send(world.api.url, query, variables, cookies[role]);
    for (const [problem, message] of problemsOf(answer)) record(fuzzCase, problem, message);

    // Nothing written by a failed mutation: checked per mutation that reached execution (a
    // success moves the baseline on). Queries write nothing at all: checked per field.
    const executed = Boolean(answer.body && typeof answer.body === 'object' && 'data' in answer.body);
    const lastOfField = cases[index + 1]?.field !== field;
    if ((root === 'mutation' && executed) || (root === 'query' && lastOfField)) {
      const after = await fingerprint(em);
      const written = changedTables(before, after);
      if (written.length > 0 && (root === 'query' || failed(answer, field.name))) {
        record(fuzzCase, root === 'query' ? 'a query wrote' : 'wrote although it failed', written.join(', '));
      }
      before = after;
    }
  }

  const report = [...classes.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, { count, roles, modes }]) => `${key} [${count}× as ${[...roles].join('/')}, ${[...modes].join('/')}]`);
  if (report.length > 0) {
    const byProblem = new Map<string, number>();
    for (const key of classes.keys()) {
      const problem = key.slice(key.indexOf(': ') + 2, key.indexOf(' — '));
      byProblem.set(problem, (byProblem.get(problem) ?? 0) + 1);
    }
    const summary = [...byProblem.entries()].map(([problem, count]) => `${count} classes: ${problem}`).join('\n');
    console.log(`graphql fuzz (seed ${SEED}): ${report.length} failure classes (listed in the assertion below)\n${summary}`);
  }
  return report;
}

describe(`GraphQL fuzz (seed ${SEED})`, () => {
  it(`runs at least ${MIN_CASES} cases covering every root field as every role`, () => {
    const cases = [...queryCases, ...mutationCases];
    expect(cases.length).toBeGreaterThanOrEqual(MIN_CASES);
    const covered = new Set(cases.map((fuzzCase) => `${fuzzCase.root} ${fuzzCase.field.name} ${fuzzCase.role}`));
    const expected = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
      Object.keys(type.getFields()).flatMap((name) => ROLES.map((role) => `${type === schema.getQueryType() ? 'query' : 'mutation'} ${name} ${role}`)),
    );
    expect(expected.filter((entry) => !covered.has(entry))).toEqual([]);
  });

  it('the fingerprint sees a written row, not a session merely seen', async () => {
    const em = world.em();
    const before = await fingerprint(em);
    await em.getConnection().execute(`update session set last_seen_at = now() + interval '1 second'`);
    expect(changedTables(before, await fingerprint(em))).toEqual([]);
    await createUser(world.em());
    expect(changedTables(before, await fingerprint(em))).toEqual(['app_user']);
  });

  it('every query answers hostile arguments with coded errors, no internals, no writes', { timeout: 600_000 }, async () => {
    expect(await fuzz(queryCases)).toEqual([]);
  });

  it('every mutation answers hostile arguments with coded errors, no internals, nothing half-written', { timeout: 600_000 }, async () => {
    expect(await fuzz(mutationCases)).toEqual([]);
  });
});
