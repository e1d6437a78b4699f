import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { UserType } from '@portal/shared';
import { afterAll, beforeAll } from 'vitest';
import type { Config } from '../src/config.js';
import { ALL_ROWS, scopedEntityManager } from '../src/core/permissions/row-scope.js';
import { type CustomerAccount } from '../src/modules/customers/customer-account.entity.js';
import type { User } from '../src/modules/users/user.entity.js';
import { signInCookie, startTestApi, type TestApi } from './api.js';
import { testConfig } from './context.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { createAccount, createAdmin, createUser } from './factories.js';

/** The signed-in people every solar API test needs. */
export type SolarRole =
  /** SOLAR_CLIENT of `account`. */
  | 'solar'
  /** SOLAR_CLIENT of `otherAccount`: another customer, for row scope. */
  | 'otherSolar'
  /** WEB_CLIENT only, of `account`: no INSTALLATION / INCIDENTS section. */
  | 'webClient'
  | 'admin';

export type SolarCustomer = { account: CustomerAccount; user: User; cookie: string };

export type SolarWorld = {
  db: TestDatabase;
  api: TestApi;
  /** The API's config; its `storageDir` is a temporary folder of this world's own, removed at the end. */
  config: Config;
  /** A fresh unrestricted EntityManager for setup and checks (never what the API uses). */
  em: () => EntityManager;
  account: CustomerAccount;
  otherAccount: CustomerAccount;
  users: Record<SolarRole, User>;
  /** A session cookie of each of `users`. */
  cookies: Record<SolarRole, string>;
  /** One more session of `user`, e.g. a second browser tab. */
  signIn: (user: User) => Promise<string>;
  /** A new account with one signed-in user of its own (SOLAR_CLIENT unless `userTypes` says otherwise). */
  newCustomer: (options?: { userTypes?: UserType[]; user?: Partial<User> }) => Promise<SolarCustomer>;
  /** Another API over the same database with some config changed (e.g. a small upload limit); stopped with the world. */
  startApi: (changes: Partial<Config>) => Promise<TestApi>;
  /** The names of the files stored for an installation (in any folder below its own), none before its first. */
  storedFiles: (installationId: string) => Promise<string[]>;
};

/** A user whose personal fiscal ID is `account`'s, so the account is theirs. */
function createAccountUser(em: EntityManager, account: CustomerAccount, userTypes: UserType[], fields: Partial<User> = {}): Promise<User> {
  return createUser(em, { userTypes, personalFiscalId: account.fiscalId, personalFiscalIdKind: 'DNI', ...fields });
}

/**
 * Registers beforeAll/afterAll for the test file and returns the world, filled in once
 * beforeAll has run: its own database, the real HTTP API, two customer accounts and the
 * signed-in users of SolarRole. Hooks a file registers after this call run after it.
 */
export function useSolarWorld(): SolarWorld {
  const world = {} as SolarWorld;
  const apis: TestApi[] = [];
  let db: TestDatabase | undefined;
  let storageDir: string | undefined;

  beforeAll(async () => {
    storageDir = await mkdtemp(path.join(os.tmpdir(), 'portal-solar-test-'));
    const config: Config = { ...testConfig, storageDir };
    db = await createTestDatabase();
    const orm = db.orm;
    const em = () => scopedEntityManager(orm.em, ALL_ROWS);
    const signIn = (user: User) => signInCookie(orm, user, config);
    const startApi = async (changes: Partial<Config>) => {
      const api = await startTestApi(orm, { config: { ...config, ...changes } });
      apis.push(api);
      return api;
    };
    const storedFiles = async (installationId: string) => {
      const dir = path.join(config.storageDir, 'installations', installationId);
      try {
        return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
      } catch {
        return [];
      }
    };
    const newCustomer: SolarWorld['newCustomer'] = async (options = {}) => {
      const userTypes: UserType[] = options.userTypes ?? ['SOLAR_CLIENT'];
      const fork = em();
      const account = await createAccount(fork);
      const user = await createAccountUser(fork, account, userTypes, options.user);
      return { account, user, cookie: await signIn(user) };
    };

    const fork = em();
    const account = await createAccount(fork);
    const otherAccount = await createAccount(fork);
    const users: Record<SolarRole, User> = {
      solar: await createAccountUser(fork, account, ['SOLAR_CLIENT']),
      otherSolar: await createAccountUser(fork, otherAccount, ['SOLAR_CLIENT']),
      webClient: await createAccountUser(fork, account, ['WEB_CLIENT']),
      admin: await createAdmin(fork),
    };
    const cookies = {} as Record<SolarRole, string>;
    for (const role of Object.keys(users) as SolarRole[]) cookies[role] = await signIn(users[role]);

    Object.assign(world, {
      db,
      api: await startApi({}),
      config,
      em,
      account,
      otherAccount,
      users,
      cookies,
      signIn,
      startApi,
      newCustomer,
      storedFiles,
    } satisfies SolarWorld);
  });

  afterAll(async () => {
    for (const api of apis) await api.stop();
    await db?.drop();
    if (storageDir) await rm(storageDir, { recursive: true, force: true });
  });

  return world;
}
