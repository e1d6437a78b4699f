import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../config.js';
import { resolveSecretKey, seal, tokenHash, unseal, useSecretKey } from './secrets.js';

// A crash between creating a file and writing it: the file exists, empty, and the write fails.
const crash = vi.hoisted(() => ({ nextWrite: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const writeFileSync: typeof fs.writeFileSync = (file, data, options) => {
    if (!crash.nextWrite) return fs.writeFileSync(file, data, options);
    crash.nextWrite = false;
    fs.writeFileSync(file, '', options);
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  };
  return { ...fs, default: { ...fs, writeFileSync }, writeFileSync };
});

// Issue 13, finding 6: one server secret keys every stored token hash and seals e-mails with codes.

describe('SECRET_KEY', () => {
  const production = { NODE_ENV: 'production', PUBLIC_URL: 'https://portal.example' };

  it('is required in production, at least 32 characters', () => {
    expect(() => loadConfig(production)).toThrow(/SECRET_KEY: required with NODE_ENV=production/);
    expect(() => loadConfig({ ...production, SECRET_KEY: 'too-short' })).toThrow(/SECRET_KEY/);
    expect(loadConfig({ ...production, SECRET_KEY: 'x'.repeat(32) }).secretKey).toBe('x'.repeat(32));
  });

  it('unset outside production: made once per data directory and kept, so a restart keeps sessions valid', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'portal-secret-'));
    try {
      const first = resolveSecretKey(undefined, dataDir);
      const second = resolveSecretKey(undefined, dataDir);
      expect(second.key).toBe(first.key);
      expect(first.key.length).toBeGreaterThanOrEqual(32);
      expect(first.source).toBe(path.join(dataDir, 'secret-key'));
      expect((await stat(first.source)).mode & 0o077).toBe(0); // readable by the server's user only
      expect((await readFile(first.source, 'utf8')).trim()).toBe(first.key);
      expect(resolveSecretKey('y'.repeat(32), dataDir)).toEqual({ key: 'y'.repeat(32), source: 'SECRET_KEY' });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('a crash while writing the new key leaves no empty key file: the next start makes a good one', async () => {
    // A fresh copy of the module, on the node:fs above (the setup file loaded it on the real one).
    vi.resetModules();
    const { resolveSecretKey: resolveOnFaultyDisk } = await import('./secrets.js');
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'portal-secret-'));
    try {
      crash.nextWrite = true;
      expect(() => resolveOnFaultyDisk(undefined, dataDir)).toThrow(/ENOSPC/);
      const next = resolveOnFaultyDisk(undefined, dataDir);
      expect(next.key.length).toBeGreaterThanOrEqual(32);
      expect(() => useSecretKey(next.key)).not.toThrow();
      expect(await readdir(dataDir)).toEqual(['secret-key']); // no temp file left behind
    } finally {
      crash.nextWrite = false;
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('with the key', () => {
  it('hashes tokens with it: another key gives another hash, and no plain SHA-256', async () => {
    const { createHash } = await import('node:crypto');
    useSecretKey('a'.repeat(32));
    const withA = tokenHash('123456');
    expect(withA).toMatch(/^[0-9a-f]{64}$/);
    expect(withA).not.toBe(createHash('sha256').update('123456').digest('hex'));
    useSecretKey('b'.repeat(32));
    expect(tokenHash('123456')).not.toBe(withA);
  });

  it('seals and opens; an altered value or another key is refused', () => {
    useSecretKey('a'.repeat(32));
    const sealed = seal('Tu código: 482913');
    expect(sealed).not.toContain('482913');
    expect(seal('Tu código: 482913')).not.toBe(sealed); // a fresh IV each time
    expect(unseal(sealed)).toBe('Tu código: 482913');
    const bytes = Buffer.from(sealed.slice('sealed:v1:'.length), 'base64url');
    bytes[bytes.length - 1]! ^= 1;
    expect(() => unseal(`sealed:v1:${bytes.toString('base64url')}`)).toThrow();
    useSecretKey('b'.repeat(32));
    expect(() => unseal(sealed)).toThrow();
  });
});
