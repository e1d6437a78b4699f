import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SECRET_KEY_MIN_LENGTH } from './core/secrets.js';
import type { S3StorageSettings } from './core/storage/s3-storage.js';

/** The repository root: this file lives in server/src or server/dist. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z.string().url().optional(),
  /** A streaming replica of DATABASE_URL's database: series and list reads go there (core/db/read-routing.ts). */
  DATABASE_REPLICA_URL: z.string().url().optional(),
  /** After a viewer's write, their reads stay on the primary this long (the replica's lag must stay below it). */
  READ_YOUR_WRITES_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  /** Connections per server to the primary (and as many to a replica): a customer request holds one while it runs. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(2).max(1000).default(10),
  DATA_DIR: z.string().default(path.join(REPO_ROOT, '.data')),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  CLIENT_DIST: z.string().default(path.join(REPO_ROOT, 'client', 'dist')),
  SEED_DEMO_DATA: flag.optional(),
  LOG_SQL: flag.default(false),
  PUBLIC_URL: z.string().url().optional(),
  SMTP_URL: z.string().url().optional(),
  /** Keys the stored hashes of tokens and codes and seals e-mails that carry them (core/secrets.ts). */
  SECRET_KEY: z.string().min(SECRET_KEY_MIN_LENGTH).optional(),
  MAIL_FROM: z.string().default('Portal de clientes <no-reply@portal.example>'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(60),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  TRUST_PROXY: z.string().default('loopback'),
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(1).default(20 * 1024 * 1024),
  UPLOAD_QUOTA_BYTES: z.coerce.number().int().min(1).default(200 * 1024 * 1024),
  UPLOAD_QUOTA_FILES: z.coerce.number().int().min(1).default(100),
  MAP_TILE_URL: z.string().default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  MAP_GEOCODER_URL: z.string().default('https://nominatim.openstreetmap.org/search'),
  /** Where uploaded and generated files live: file:///absolute/dir or s3://bucket/prefix (default: DATA_DIR/files). */
  STORAGE_URL: z.string().optional(),
  /** With an s3:// STORAGE_URL only: the service (unset: AWS), its region, keys (unset: the SDK's chain), path-style URLs. */
  S3_ENDPOINT: z
    .string()
    .url()
    .refine((value) => /^https?:$/.test(new URL(value).protocol) && new URL(value).username === '', 'an http:// or https:// URL without credentials (e.g. https://s3.example.com)')
    .optional(),
  S3_REGION: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: flag.optional(),
  /** Bearer token of GET /metrics; unset: /metrics is off in production (404), open elsewhere. */
  METRICS_TOKEN: z.string().min(16).regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces').optional(),
  /** One JSON log line per answered request; default on in production only. */
  LOG_REQUESTS: flag.optional(),
  /** pnpm bench only: serve the API without graphql-shield, to measure what the shield costs. */
  BENCH_DISABLE_PERMISSIONS: flag.default(false),
})
  // Demo users have a published password; links in real e-mails must point at the real site.
  .refine((e) => e.NODE_ENV !== 'production' || e.SEED_DEMO_DATA !== true, {
    path: ['SEED_DEMO_DATA'],
    message: 'demo data (and its demo users) cannot be seeded with NODE_ENV=production',
  })
  .refine((e) => e.NODE_ENV !== 'production' || e.PUBLIC_URL !== undefined, {
    path: ['PUBLIC_URL'],
    message: 'required with NODE_ENV=production (the base of links in e-mails)',
  })
  // A key made on the fly would sign everyone out at each deploy and differ between servers.
  .refine((e) => e.NODE_ENV !== 'production' || e.SECRET_KEY !== undefined, {
    path: ['SECRET_KEY'],
    message: `required with NODE_ENV=production (at least ${SECRET_KEY_MIN_LENGTH} random characters, the same on every server)`,
  })
  .superRefine((e, context) => {
    const storage = parseStorageUrl(e.STORAGE_URL);
    if ('problem' in storage) return context.addIssue({ code: 'custom', path: ['STORAGE_URL'], message: storage.problem });
    const onS3 = storage.kind === 's3';
    if (onS3 && e.S3_REGION === undefined) context.addIssue({ code: 'custom', path: ['S3_REGION'], message: 'required with an s3:// STORAGE_URL' });
    if ((e.S3_ACCESS_KEY_ID === undefined) !== (e.S3_SECRET_ACCESS_KEY === undefined)) {
      const missing = e.S3_ACCESS_KEY_ID === undefined ? 'S3_ACCESS_KEY_ID' : 'S3_SECRET_ACCESS_KEY';
      context.addIssue({ code: 'custom', path: [missing], message: 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together (or both unset: the SDK finds credentials)' });
    }
    // S3 settings without an s3:// STORAGE_URL would silently keep files on the local disk.
    for (const name of ['S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE'] as const) {
      if (!onS3 && e[name] !== undefined) context.addIssue({ code: 'custom', path: [name], message: 'only used with STORAGE_URL=s3://bucket/prefix' });
    }
  })
  // A replica of the embedded database cannot exist: the embedded one is started by the server itself.
  .refine((e) => e.DATABASE_REPLICA_URL === undefined || e.DATABASE_URL !== undefined, {
    path: ['DATABASE_REPLICA_URL'],
    message: 'needs DATABASE_URL (the primary it replicates)',
  })
  // An API without authorisation must never reach real data: only a bench database on loopback.
  .refine((e) => !e.BENCH_DISABLE_PERMISSIONS || isBenchDatabaseUrl(e.DATABASE_URL), {
    path: ['BENCH_DISABLE_PERMISSIONS'],
    message: 'only allowed with DATABASE_URL naming a portal_bench_* database on 127.0.0.1 (pnpm bench)',
  });

type StorageLocation = { kind: 'default' } | { kind: 'file'; dir: string } | { kind: 's3'; bucket: string; prefix: string };

/** S3's bucket naming rules (3-63 characters, lower case, digits, dots, hyphens). */
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** STORAGE_URL: unset, file:///absolute/dir, or s3://bucket[/prefix]; a problem names what is wrong, never the value. */
export function parseStorageUrl(value: string | undefined): StorageLocation | { problem: string } {
  if (value === undefined || value === '') return { kind: 'default' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { problem: 'expected file:///absolute/dir or s3://bucket/prefix' };
  }
  if (url.protocol === 'file:') {
    if (url.host !== '' || url.search !== '' || url.hash !== '') return { problem: 'a file:// URL has no host, query or fragment (file:///absolute/dir)' };
    return { kind: 'file', dir: fileURLToPath(url) };
  }
  if (url.protocol !== 's3:') return { problem: `unsupported scheme ${url.protocol} (file:// or s3://)` };
  if (url.username !== '' || url.password !== '') return { problem: 'credentials go in S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, not in STORAGE_URL' };
  if (url.port !== '' || url.search !== '' || url.hash !== '') return { problem: 's3://bucket/prefix has no port, query or fragment (the service goes in S3_ENDPOINT)' };
  if (!BUCKET_NAME.test(url.hostname)) return { problem: 'the bucket name must be 3-63 lower-case letters, digits, dots or hyphens' };
  const rest = url.pathname.replace(/^\//, '').replace(/\/$/, '');
  const prefix = rest === '' ? [] : rest.split('/');
  if (prefix.some((segment) => segment === '.' || segment === '..' || !/^[A-Za-z0-9._-]+$/.test(segment))) {
    return { problem: 'the prefix is made of segments of letters, digits, dots, hyphens and underscores (not . or ..)' };
  }
  return { kind: 's3', bucket: url.hostname, prefix: prefix.map((segment) => `${segment}/`).join('') };
}

/** A database `pnpm bench:data` created: loopback host, name portal_bench_<scale>. */
export function isBenchDatabaseUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname) && /^\/portal_bench_[a-z0-9_]+$/.test(parsed.pathname);
  } catch {
    return false;
  }
}

export type Config = {
  env: 'development' | 'production' | 'test';
  isProduction: boolean;
  host: string;
  port: number;
  /** Unset: start the embedded PostgreSQL under dataDir. */
  databaseUrl: string | undefined;
  /** Unset: every read goes to the primary. */
  databaseReplicaUrl: string | undefined;
  /** How long a viewer's reads stay on the primary after their last write, in ms. */
  readYourWritesMs: number;
  dataDir: string;
  embeddedPgPort: number;
  /** The local disk storage's root (STORAGE_URL=file://…, default DATA_DIR/files); unused when objectStorage is set. */
  storageDir: string;
  /** STORAGE_URL=s3://…: files live in this bucket instead of storageDir. */
  objectStorage: S3StorageSettings | undefined;
  clientDist: string;
  /** Demo data is never seeded in production unless asked for explicitly. */
  seedDemoData: boolean;
  logSql: boolean;
  databasePoolMax: number;
  /** One log line per answered request (method, path, status, duration). */
  logRequests: boolean;
  /** Bearer token GET /metrics requires; undefined: off in production, open elsewhere. */
  metricsToken: string | undefined;
  /** Base of links in e-mails (magic links, welcome). */
  publicUrl: string;
  /** Unset: e-mails stay in the outbox (production) or are written as files under dataDir/mail (development). */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** SECRET_KEY; unset outside production: one made once per data directory (resolveSecretKey). */
  secretKey: string | undefined;
  session: { idleMs: number; maxAgeMs: number; secureCookie: boolean };
  /** Express `trust proxy`: which proxies' X-Forwarded-For is believed (per-IP limits use it). */
  trustProxy: string;
  /** Largest accepted upload (customer documents, signed copies, incident attachments), in bytes. */
  uploadMaxBytes: number;
  /** What one customer account may keep of its own uploads, all routes together: total bytes and files. */
  uploadQuota: { bytes: number; files: number };
  /** Map tiles of the roof drawing ({z}/{x}/{y} template) and the address search (Nominatim-style); empty: none. */
  map: { tileUrl: string; geocoderUrl: string };
  /** graphql-shield off (pnpm bench, a portal_bench_* database only; see BENCH_DISABLE_PERMISSIONS). */
  benchDisablePermissions: boolean;
};

/** Parses the environment once; a bad value stops the process with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  const dataDir = path.resolve(e.DATA_DIR);
  const storage = parseStorageUrl(e.STORAGE_URL) as StorageLocation; // checked by the schema
  return {
    env: e.NODE_ENV,
    isProduction,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    databaseReplicaUrl: e.DATABASE_REPLICA_URL,
    readYourWritesMs: e.READ_YOUR_WRITES_SECONDS * 1000,
    dataDir,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    storageDir: storage.kind === 'file' ? storage.dir : path.join(dataDir, 'files'),
    objectStorage:
      storage.kind === 's3'
        ? {
            bucket: storage.bucket,
            prefix: storage.prefix,
            region: e.S3_REGION!,
            endpoint: e.S3_ENDPOINT,
            forcePathStyle: e.S3_FORCE_PATH_STYLE ?? false,
            credentials: e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY } : undefined,
          }
        : undefined,
    clientDist: path.resolve(e.CLIENT_DIST),
    seedDemoData: e.SEED_DEMO_DATA ?? !isProduction,
    logSql: e.LOG_SQL,
    databasePoolMax: e.DATABASE_POOL_MAX,
    logRequests: e.LOG_REQUESTS ?? isProduction,
    metricsToken: e.METRICS_TOKEN,
    publicUrl: (e.PUBLIC_URL ?? `http://${displayHost(e.HOST)}:${e.PORT}`).replace(/\/$/, ''),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    secretKey: e.SECRET_KEY,
    session: {
      idleMs: e.SESSION_IDLE_MINUTES * 60_000,
      maxAgeMs: e.SESSION_MAX_HOURS * 3_600_000,
      secureCookie: isProduction,
    },
    trustProxy: e.TRUST_PROXY,
    uploadMaxBytes: e.UPLOAD_MAX_BYTES,
    uploadQuota: { bytes: e.UPLOAD_QUOTA_BYTES, files: e.UPLOAD_QUOTA_FILES },
    map: { tileUrl: e.MAP_TILE_URL, geocoderUrl: e.MAP_GEOCODER_URL },
    benchDisablePermissions: e.BENCH_DISABLE_PERMISSIONS,
  };
}

/** How a person reaches HOST from this machine. */
export function displayHost(host: string): string {
  return host === '0.0.0.0' ? 'localhost' : host;
}
