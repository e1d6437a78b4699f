import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, staleSchemaReason } from '../src/app/schema-file.js';

describe('schema.graphql staleness check', () => {
  it('accepts the committed file when it matches the classes', async () => {
    expect(await staleSchemaReason(await readFile(SCHEMA_FILE, 'utf8'))).toBeNull();
  });

  it('fails on a stale file and on a missing one', async () => {
    const committed = await readFile(SCHEMA_FILE, 'utf8');
    expect(await staleSchemaReason(committed.replace('type Invoice {', 'type Invoice {\n  removedLater: String'))).toMatch(/stale/);
    expect(await staleSchemaReason(committed.replace(/\n {2}totalAmount: Decimal!/, ''))).toMatch(/stale/);
    expect(await staleSchemaReason(null)).toMatch(/missing/);
  });
});
