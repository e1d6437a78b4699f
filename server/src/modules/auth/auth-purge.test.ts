import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../../test/context.js';
import { createTestDatabase, type TestDatabase } from '../../../test/database.js';
import { createUser } from '../../../test/factories.js';
import { purgeExpiredRows } from '../../app/periodic-purge.js';
import { EmailChangeToken } from '../personal-data/email-change-token.entity.js';
import { AuthAttempt, AuthAttemptKind } from './auth-attempt.entity.js';
import { Session } from './session.entity.js';
import { SignInCode } from './sign-in-code.entity.js';
import { SignInToken, SignInTokenPurpose } from './sign-in-token.entity.js';

// Issue 13, finding 11: rate-limit events and expired codes, links and sessions do not pile up.

const DAY = 24 * 3_600_000;
let db: TestDatabase;
let orm: MikroORM;

beforeAll(async () => {
  db = await createTestDatabase();
  orm = db.orm;
});
afterAll(async () => {
  await db?.drop();
});

describe('the periodic purge', () => {
  it('deletes only what no longer counts, and is safe when several servers run it at once', async () => {
    const now = new Date('2026-06-01T12:00:00.000Z');
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const em = orm.em.fork();
    const user = await createUser(em);
    for (const [label, at] of [['old', ago(DAY + 1)], ['recent', ago(DAY - 60_000)]] as const) {
      em.create(AuthAttempt, { kind: AuthAttemptKind.PASSWORD_FAILURE, subject: label, createdAt: at });
      em.create(SignInCode, { user, codeHash: `code-${label}`, createdAt: ago(DAY), expiresAt: at });
      em.create(SignInToken, { user, tokenHash: `token-${label}`, purpose: SignInTokenPurpose.MAGIC_LINK, createdAt: ago(2 * DAY), expiresAt: at });
      em.create(EmailChangeToken, { user, tokenHash: `change-${label}`, newEmail: 'x@example.com', createdAt: ago(2 * DAY), expiresAt: at });
    }
    em.create(Session, { tokenHash: 'ended-long-ago', user, createdAt: ago(100 * DAY), lastSeenAt: ago(100 * DAY), absoluteExpiresAt: ago(91 * DAY) });
    em.create(Session, { tokenHash: 'ended-lately', user, createdAt: ago(10 * DAY), lastSeenAt: ago(10 * DAY), absoluteExpiresAt: ago(30 * DAY), revokedAt: ago(35 * DAY) });
    await em.flush();

    const deleted = await Promise.all([purgeExpiredRows(orm, now), purgeExpiredRows(orm, now), purgeExpiredRows(orm, now)]);
    expect(deleted.reduce((a, b) => a + b, 0)).toBe(5); // each old row once, whoever deleted it

    const left = orm.em.fork();
    expect((await left.find(AuthAttempt, {})).map((a) => a.subject)).toEqual(['recent']);
    expect((await left.find(SignInCode, { user: user.id })).map((c) => c.codeHash)).toEqual(['code-recent']);
    expect((await left.find(SignInToken, { user: user.id })).map((t) => t.tokenHash)).toEqual(['token-recent']);
    expect((await left.find(EmailChangeToken, { user: user.id })).map((t) => t.tokenHash)).toEqual(['change-recent']);
    expect((await left.find(Session, { user: user.id })).map((s) => s.tokenHash)).toEqual(['ended-lately']);
    expect(testConfig.session.maxAgeMs).toBeLessThan(90 * DAY);
  });
});
