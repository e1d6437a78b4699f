import type { MikroORM } from '@mikro-orm/postgresql';
import type { Context, Viewer } from '../src/core/context.js';
import { loadConfig } from '../src/config.js';
import { systemClock, type Clock } from '../src/core/clock.js';
import { ALL_ROWS, scopedEntityManager, type RowScope } from '../src/core/permissions/row-scope.js';

export const testConfig = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/tmp/portal-test-unused' });

/**
 * A resolver context for in-process execution. Defaults to the explicit unrestricted scope;
 * pass a customer scope (and viewer) to test what a customer sees.
 */
export function testContext(
  orm: MikroORM,
  options: { scope?: RowScope; viewer?: Viewer | null; clock?: Clock } = {},
): Context {
  const scope = options.scope ?? ALL_ROWS;
  return {
    em: scopedEntityManager(orm.em, scope),
    viewer: options.viewer ?? null,
    scope,
    clock: options.clock ?? systemClock,
    config: testConfig,
    request: { ip: '127.0.0.1', userAgent: 'vitest', requestId: 'vitest-request' },
    sessionCookie: { set: () => {}, clear: () => {} },
    noteWrite: () => {},
  };
}
