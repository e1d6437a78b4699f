import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../src/core/db/embedded-postgres.js';
import { ormConfig } from '../src/app/orm-config.js';
import { databaseUrl } from './database-url.js';
import { freePort } from './free-port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: { adminUrl: string; template: string };
  }
}


/**
 * One real PostgreSQL per test run (the embedded one, or DATABASE_URL's server), with a
 * migrated template database that every test file clones into a database of its own.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let adminUrl = process.env.DATABASE_URL;
  let cleanup = async (): Promise<void> => {};
  if (!adminUrl) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'portal-test-pg-'));
    const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'postgres' });
    adminUrl = embedded.url;
    cleanup = async () => {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }

  const template = `portal_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${template}"`);
  await admin.query(`CREATE DATABASE "${template}"`);
  const orm = await MikroORM.init({ ...ormConfig(databaseUrl(adminUrl, template)), logger: () => {} });
  await orm.getMigrator().up();
  await orm.close(true);

  project.provide('testDatabase', { adminUrl, template });
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await admin.end();
    await cleanup();
  };
}
