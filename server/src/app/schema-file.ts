import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../config.js';
import { createSchema, printSortedSchema } from './schema.js';

export const SCHEMA_FILE = path.join(REPO_ROOT, 'schema.graphql');

/** Null when `committed` equals the schema the classes emit; otherwise why not. */
export async function staleSchemaReason(committed: string | null): Promise<string | null> {
  const current = printSortedSchema(await createSchema());
  if (committed === null) return `${SCHEMA_FILE} is missing`;
  if (committed === current) return null;
  return `${SCHEMA_FILE} is stale: run \`pnpm schema:emit\` and commit it`;
}

async function main(mode: string | undefined): Promise<void> {
  if (mode === 'write') {
    await writeFile(SCHEMA_FILE, printSortedSchema(await createSchema()));
    console.log(`Wrote ${SCHEMA_FILE}`);
    return;
  }
  const committed = await readFile(SCHEMA_FILE, 'utf8').catch(() => null);
  const reason = await staleSchemaReason(committed);
  if (reason) {
    console.error(reason);
    process.exitCode = 1;
  } else {
    console.log('schema.graphql is up to date.');
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv[2]);
