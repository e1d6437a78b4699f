import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The server secret (SECRET_KEY) and what is derived from it: the keyed hash of every stored
 * token (session ids, link tokens, sign-in codes, e-mail-change tokens, rate-limit subjects) and
 * the encryption of outbox bodies that carry a link or a code. Set once at startup
 * (`useSecretKey`), before any request; every use before that throws, so nothing is ever hashed
 * or sealed with a default key. Held here rather than passed around because every token kind in
 * every module needs the same one, and a hash made with another key would silently never match.
 */
export const SECRET_KEY_MIN_LENGTH = 32;

type Keys = { hash: Buffer; seal: Buffer };
let keys: Keys | undefined;

/** Separate subkeys per use (HKDF), so a hash can never be confused with an encryption key. */
function derive(secret: string, use: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.alloc(0), `portal:${use}`, 32));
}

export function useSecretKey(secret: string): void {
  if (secret.length < SECRET_KEY_MIN_LENGTH) throw new Error(`The secret key must have at least ${SECRET_KEY_MIN_LENGTH} characters`);
  keys = { hash: derive(secret, 'token-hash'), seal: derive(secret, 'outbox-seal') };
}

function currentKeys(): Keys {
  if (!keys) throw new Error('The server secret key is not set (useSecretKey at startup)');
  return keys;
}

/**
 * SECRET_KEY when set (required in production, config.ts); otherwise the key of this data
 * directory, made once and kept in `<dataDir>/secret-key` so that a restart keeps sessions and
 * links valid. Two servers starting together on one directory agree: the first write wins.
 */
export function resolveSecretKey(configured: string | undefined, dataDir: string): { key: string; source: string } {
  if (configured) return { key: configured, source: 'SECRET_KEY' };
  const file = path.join(dataDir, 'secret-key');
  mkdirSync(dataDir, { recursive: true });
  // Written whole to a private temp file, then linked into place: the key file appears complete
  // or not at all (a crash mid-write cannot leave it empty), and link never replaces a key.
  const temp = path.join(dataDir, `secret-key.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, `${randomBytes(32).toString('base64url')}\n`, { flag: 'wx', mode: 0o600, flush: true });
    linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(temp, { force: true });
  }
  return { key: readFileSync(file, 'utf8').trim(), source: file };
}

/** 256 random bits, URL-safe: session ids and link tokens. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * How a token, code or session id is stored: HMAC-SHA-256 with the server key (hex, 64
 * characters). A database leak without the key gives nothing usable, not even a 6-digit code
 * (a plain hash of one is brute-forced in a millisecond).
 */
export function tokenHash(value: string): string {
  return createHmac('sha256', currentKeys().hash).update(value).digest('hex');
}

export function equalHashes(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

const SEALED_PREFIX = 'sealed:v1:';

/** AES-256-GCM with the server key: `sealed:v1:` + base64url(iv ‖ tag ‖ ciphertext). */
export function seal(plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', currentKeys().seal, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return SEALED_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The plaintext of `seal`; throws when the value was altered or sealed with another key. */
export function unseal(sealed: string): string {
  if (!sealed.startsWith(SEALED_PREFIX)) throw new Error('Not a sealed value');
  const bytes = Buffer.from(sealed.slice(SEALED_PREFIX.length), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', currentKeys().seal, bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(12, 28));
  return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
}
