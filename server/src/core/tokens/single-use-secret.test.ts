import { describe, expect, it } from 'vitest';
import { tokenHash } from '../secrets.js';
import { liveSecretSql, newLinkToken, secretLifetime } from './single-use-secret.js';

describe('single-use secrets', () => {
  it('counts wrong tries only for kinds that limit them', () => {
    expect(liveSecretSql()).not.toContain('failed_attempts');
    expect(liveSecretSql({ maxFailures: 5 })).toContain('failed_attempts < 5');
  });

  it('stores the keyed hash of a link token, never the token, with its lifetime', () => {
    const now = new Date('2026-03-29T00:30:00Z');
    const { token, stored } = newLinkToken(now, 45 * 60_000);
    expect(stored.tokenHash).toBe(tokenHash(token));
    expect(Object.values(stored)).not.toContain(token);
    expect(stored).toMatchObject(secretLifetime(now, 45 * 60_000));
    expect(stored.expiresAt.toISOString()).toBe('2026-03-29T01:15:00.000Z');
  });

  it('issues a different token every time', () => {
    const now = new Date();
    expect(newLinkToken(now, 1000).token).not.toBe(newLinkToken(now, 1000).token);
  });
});
