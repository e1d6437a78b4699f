import { describe, expect, it } from 'vitest';
import { isBenchDatabaseUrl, loadConfig } from '../src/config.js';

// BENCH_DISABLE_PERMISSIONS serves the API without graphql-shield (pnpm bench only): it must
// never be accepted beside a real database.
describe('BENCH_DISABLE_PERMISSIONS', () => {
  const bench = 'postgresql://portal:x@127.0.0.1:54339/portal_bench_small';

  it('is accepted only with a portal_bench_* database on loopback', () => {
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'http://127.0.0.1:4390', SECRET_KEY: 'k'.repeat(32), DATABASE_URL: bench, BENCH_DISABLE_PERMISSIONS: '1' }).benchDisablePermissions).toBe(true);
    expect(loadConfig({}).benchDisablePermissions).toBe(false);
  });

  it.each([
    ['without DATABASE_URL (the embedded demo database)', undefined],
    ['with the demo database', 'postgresql://portal:x@127.0.0.1:54329/portal'],
    ['with a bench-named database on another host', 'postgresql://portal:x@db.example.com:5432/portal_bench_small'],
    ['with a name that only contains portal_bench_', 'postgresql://portal:x@127.0.0.1:5432/prod_portal_bench_x'],
  ])('is refused %s', (_name, url) => {
    expect(() => loadConfig({ BENCH_DISABLE_PERMISSIONS: 'true', ...(url ? { DATABASE_URL: url } : {}) })).toThrow(/BENCH_DISABLE_PERMISSIONS/);
  });

  it('recognises bench URLs', () => {
    expect(isBenchDatabaseUrl(bench)).toBe(true);
    expect(isBenchDatabaseUrl('not a url')).toBe(false);
  });
});
