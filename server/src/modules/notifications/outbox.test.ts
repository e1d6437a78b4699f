import { placeholdersIn } from '@portal/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { captureLog } from '../../core/log.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/database.js';
import { testClock } from '../../../test/clock.js';
import { testConfig } from '../../../test/context.js';
import { extractCode, extractLink, recipientsOf, startSmtpPeer, type SmtpPeer } from '../../../test/smtp.js';
import { EmailTemplate } from './email-template.entity.js';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import {
  createMailTransport,
  developmentFileTransport,
  smtpTransport,
  type MailTransport,
} from './mail-transport.js';
import { OutboxEmail, OutboxStatus } from './outbox-email.entity.js';
import { MAX_ATTEMPTS, OutboxWorker, outboxMessageId, retryDelayMs } from './outbox-worker.js';
import { enqueueTemplateEmail, outboxBody, SEALED_TEXT, type TemplateEmail } from './outbox.service.js';
import { enqueuePortalEventEmail, PortalEventMisconfigured } from './portal-event.service.js';
import { PortalEventAction } from './portal-event-action.entity.js';
import { TEMPLATE_VARIABLES, unknownPlaceholders, type TemplateKey } from './template-render.js';
import type { Language } from '@portal/shared';

const T0 = new Date('2026-03-02T09:00:00.000Z');
const clock = testClock(T0);

const db = useTestDatabase();
let peer: SmtpPeer;

beforeAll(async () => {
  peer = await startSmtpPeer();
});

afterAll(() => peer?.stop());

beforeEach(async () => {
  clock.at = T0;
  await db.orm.em.fork().nativeDelete(OutboxEmail, {});
  await peer.start();
  peer.clear();
});

function worker(options: { transport?: MailTransport; log?: (line: string) => void } = {}): OutboxWorker {
  return new OutboxWorker({
    orm: db.orm,
    transport: options.transport ?? smtpTransport(peer.url, testConfig.mailFrom),
    clock,
    log: options.log ?? (() => {}),
  });
}

function magicLinkEmail(to: string, overrides: Partial<TemplateEmail> = {}): TemplateEmail {
  return {
    to,
    templateKey: 'magic-link',
    language: 'es',
    variables: { client_name: 'Ana Pérez', portal_link: `https://portal.example/auth/magic-link?token=tok-${to}` },
    now: clock.now(),
    ...overrides,
  };
}

/** Enqueues in one committed transaction, as a service would. */
async function enqueueCommitted(...emails: TemplateEmail[]): Promise<OutboxEmail[]> {
  return db.orm.em.fork().transactional(async (em) => {
    const rows: OutboxEmail[] = [];
    for (const email of emails) rows.push(await enqueueTemplateEmail(em as EntityManager, email));
    return rows;
  });
}

async function row(id: string): Promise<OutboxEmail> {
  return db.orm.em.fork().findOneOrFail(OutboxEmail, { id });
}

/** The whole stored row as PostgreSQL renders it: what anyone reading the database sees. */
async function storedRow(id: string): Promise<string> {
  const [stored] = await db.orm.em.fork().getConnection().execute<{ json: string }[]>(
    `select row_to_json(o)::text as json from outbox_email o where id = ?`,
    [id],
  );
  return stored!.json;
}

/** Delivered, given up on or expired: nothing of the secret is left, sealed or not. */
async function expectErased(id: string): Promise<void> {
  const done = await row(id);
  expect(done.text).toBe(SEALED_TEXT);
  expect(done.html).toBeNull();
  expect(done.sealedBody).toBeNull();
}

describe('the default templates', () => {
  it('exist in es and en for every catalogue key, using exactly the catalogue variables', async () => {
    const templates = await db.orm.em.fork().find(EmailTemplate, {});
    for (const key of Object.keys(TEMPLATE_VARIABLES) as TemplateKey[]) {
      for (const language of ['es', 'en']) {
        const template = templates.find((t) => t.key === key && t.language === language);
        expect(template, `${key}/${language}`).toBeDefined();
        expect(unknownPlaceholders(key, `${template!.subject} ${template!.body}`)).toEqual([]);
        expect(placeholdersIn(template!.body).sort()).toEqual([...TEMPLATE_VARIABLES[key]].sort());
      }
    }
  });
});

describe('enqueueing', () => {
  it('never sends a message whose transaction rolled back', async () => {
    await expect(
      db.orm.em.fork().transactional(async (em) => {
        await enqueueTemplateEmail(em as EntityManager, magicLinkEmail('rollback@example.com'));
        await em.flush();
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');

    expect(await worker().runOnce()).toMatchObject({ sent: 0, failed: 0 });
    expect(await db.orm.em.fork().count(OutboxEmail, {})).toBe(0);
    expect(peer.messages).toHaveLength(0);
  });

  it('delivers a committed message with its rendered subject and bodies, then redacts it', async () => {
    const [queued] = await enqueueCommitted(
      magicLinkEmail(' ana@example.com', { variables: { client_name: 'Ana <Pérez>', portal_link: 'https://portal.example/auth/magic-link?token=abc&x=1' } }),
    );
    clock.advance(5_000);
    expect(await worker().runOnce()).toMatchObject({ sent: 1, failed: 0 });

    const mail = await peer.waitForMessage();
    expect(recipientsOf(mail)).toEqual(['ana@example.com']);
    expect(mail.from?.value[0]?.address).toBe('no-reply@portal.example');
    expect(mail.messageId).toBe(outboxMessageId(queued!.id));
    expect(mail.subject).toBe('Tu enlace de acceso al Portal de clientes');
    expect(mail.text).toContain('Hola Ana <Pérez>:');
    expect(extractLink(mail.text!, '/auth/magic-link')).toBe('https://portal.example/auth/magic-link?token=abc&x=1');
    expect(mail.html).toContain('Hola Ana &lt;Pérez&gt;:');
    expect(mail.html).toContain(
      '<a href="https://portal.example/auth/magic-link?token=abc&amp;x=1">https://portal.example/auth/magic-link?token=abc&amp;x=1</a>',
    );
    expect(mail.text).not.toMatch(/\|\w+\|/);

    const sent = await row(queued!.id);
    expect(sent.status).toBe(OutboxStatus.SENT);
    expect(sent.sentAt).toEqual(clock.now());
    expect(sent.attempts).toBe(0);
    await expectErased(queued!.id);
    expect(sent.subject).toBe('Tu enlace de acceso al Portal de clientes');

    // Delivered once: nothing is left to send.
    expect(await worker().runOnce()).toMatchObject({ sent: 0, failed: 0 });
    expect(peer.messages).toHaveLength(1);
  });

  it('renders in the recipient language and falls back to Spanish', async () => {
    const em = db.orm.em.fork();
    em.create(EmailTemplate, { key: 'only-spanish', language: 'es', subject: 'Hola |client_name|', body: 'Cuerpo |unknown_thing|' });
    await em.flush();

    const [english, spanish, fallback] = await enqueueCommitted(
      magicLinkEmail('en@example.com', { language: 'en' }),
      magicLinkEmail('es@example.com', { language: 'es' }),
      { to: 'fb@example.com', templateKey: 'only-spanish', language: 'en', variables: { client_name: 'Bea' }, now: clock.now() },
    );
    expect(english!.subject).toBe('Your link to the Customer Portal');
    expect(outboxBody(english!).text).toMatch(/^Hello Ana Pérez,/);
    expect(spanish!.subject).toBe('Tu enlace de acceso al Portal de clientes');
    expect(fallback!.subject).toBe('Hola Bea');
    // A placeholder the template was never given stays visible instead of vanishing.
    expect(fallback!.text).toBe('Cuerpo |unknown_thing|');

    await worker().runOnce();
    expect(peer.messages.map((m) => m.subject).sort()).toEqual(
      ['Hola Bea', 'Tu enlace de acceso al Portal de clientes', 'Your link to the Customer Portal'].sort(),
    );
    // Not a secret-carrying template: its body is kept.
    expect((await row(fallback!.id)).text).toBe('Cuerpo |unknown_thing|');
  });

  it('refuses a message without a catalogue variable, and a template that does not exist', async () => {
    const em = db.orm.em.fork();
    await expect(
      enqueueTemplateEmail(em, magicLinkEmail('x@example.com', { variables: { client_name: 'Ana' } })),
    ).rejects.toThrow(/portal_link/);
    await expect(enqueueTemplateEmail(em, magicLinkEmail('x@example.com', { templateKey: 'nope' }))).rejects.toThrow(
      /'nope' does not exist/,
    );
  });
});

describe('delivery with the SMTP peer down, then up', () => {
  it('records attempts and backoff, then delivers every message exactly once', async () => {
    const log: string[] = [];
    const queued = await enqueueCommitted(
      magicLinkEmail('one@example.com'),
      magicLinkEmail('two@example.com'),
      magicLinkEmail('three@example.com'),
    );
    const ids = queued.map((q) => q.id);
    const outbox = worker({ log: (line) => log.push(line) });
    await peer.stop();

    expect(await outbox.runOnce()).toMatchObject({ sent: 0, failed: 3 });
    for (const id of ids) {
      const failed = await row(id);
      expect(failed.status).toBe(OutboxStatus.PENDING);
      expect(failed.attempts).toBe(1);
      expect(failed.nextAttemptAt).toEqual(new Date(T0.getTime() + 10_000));
      expect(failed.lastError).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
      // Kept until delivered, sealed: only the worker can open it.
      expect(outboxBody(failed).text).toContain('tok-');
      expect(await storedRow(id)).not.toContain('tok-');
    }
    // Not due yet: nothing is attempted.
    clock.advance(9_999);
    expect(await outbox.runOnce()).toMatchObject({ sent: 0, failed: 0 });

    clock.advance(1);
    expect(await outbox.runOnce()).toMatchObject({ sent: 0, failed: 3 });
    const second = await row(ids[0]!);
    expect(second.attempts).toBe(2);
    expect(second.nextAttemptAt).toEqual(new Date(clock.now().getTime() + 20_000));

    await peer.start();
    clock.advance(19_999);
    expect(await outbox.runOnce()).toMatchObject({ sent: 0, failed: 0 });
    expect(peer.messages).toHaveLength(0);

    clock.advance(1);
    expect(await outbox.runOnce()).toMatchObject({ sent: 3, failed: 0 });
    clock.advance(3_600_000);
    expect(await outbox.runOnce()).toMatchObject({ sent: 0, failed: 0 });

    const byMessageId = new Map<string, number>();
    for (const mail of peer.messages) byMessageId.set(mail.messageId!, (byMessageId.get(mail.messageId!) ?? 0) + 1);
    expect([...byMessageId.keys()].sort()).toEqual(ids.map(outboxMessageId).sort());
    expect([...byMessageId.values()]).toEqual([1, 1, 1]);
    for (const id of ids) expect((await row(id)).status).toBe(OutboxStatus.SENT);
    // The failure log says what failed, never the link.
    expect(log.length).toBeGreaterThan(0);
    expect(log.join('\n')).not.toContain('tok-');
  });

  it('gives up after 10 failed attempts, with exponential backoff capped at an hour', async () => {
    const [queued] = await enqueueCommitted(magicLinkEmail('never@example.com'));
    const outbox = worker();
    await peer.stop();
    const delays: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await outbox.runOnce()).toMatchObject({ sent: 0, failed: 1 });
      const current = await row(queued!.id);
      expect(current.attempts).toBe(attempt);
      if (attempt < MAX_ATTEMPTS) {
        expect(current.status).toBe(OutboxStatus.PENDING);
        delays.push(current.nextAttemptAt.getTime() - clock.now().getTime());
        clock.at = current.nextAttemptAt;
      } else {
        expect(current.status).toBe(OutboxStatus.FAILED);
        await expectErased(queued!.id);
      }
    }
    expect(delays).toEqual([10, 20, 40, 80, 160, 320, 640, 1280, 2560].map((s) => s * 1000));
    expect(retryDelayMs(20)).toBe(3_600_000);

    await peer.start();
    clock.advance(24 * 3_600_000);
    expect(await outbox.runOnce()).toMatchObject({ sent: 0, failed: 0 });
    expect(peer.messages).toHaveLength(0);
  });
});

/** A transport whose every delivery is `send`: a test holds a worker mid-delivery by awaiting in it. */
const sendingThrough = (send: MailTransport['send']): MailTransport => ({ delivers: true, send, close: () => {} });

describe('concurrent workers', () => {
  it('deliver each message once: a worker skips the rows another one holds', async () => {
    const queued = await enqueueCommitted(
      ...Array.from({ length: 12 }, (_, i) => magicLinkEmail(`c${i}@example.com`)),
    );
    const smtp = smtpTransport(peer.url, testConfig.mailFrom);
    let aClaimed!: () => void;
    let bDelivered!: () => void;
    const aHasClaimed = new Promise<void>((resolve) => (aClaimed = resolve));
    const bHasDelivered = new Promise<void>((resolve) => (bDelivered = resolve));
    // A holds its first row (locked) until B has delivered one: B must skip it, not wait for it.
    const transportA = sendingThrough(async (message) => {
      aClaimed();
      await bHasDelivered;
      await smtp.send(message);
    });
    const transportB = sendingThrough(async (message) => {
      await smtp.send(message);
      bDelivered();
    });

    const runA = worker({ transport: transportA }).runOnce();
    await aHasClaimed;
    const [a, b] = await Promise.all([runA, worker({ transport: transportB }).runOnce()]);

    expect(a.failed + b.failed).toBe(0);
    expect(a.sent).toBeGreaterThanOrEqual(1);
    expect(b.sent).toBeGreaterThanOrEqual(1);
    expect(a.sent + b.sent).toBe(12);
    const messageIds = peer.messages.map((m) => m.messageId);
    expect(messageIds).toHaveLength(12);
    expect(new Set(messageIds)).toEqual(new Set(queued.map((q) => outboxMessageId(q.id))));
  });
});

describe('a claimer gone silent', () => {
  it('loses its claim after the lease: another worker delivers the message, once', async () => {
    const [queued] = await enqueueCommitted(magicLinkEmail('silent@example.com'));
    let claimed!: () => void;
    let wakeUp!: () => void;
    const hasClaimed = new Promise<void>((resolve) => (claimed = resolve));
    const woken = new Promise<void>((resolve) => (wakeUp = resolve));
    // A's host stops answering mid-send: its transaction idles with the row locked.
    const silent = sendingThrough(async () => {
      claimed();
      await woken;
    });
    const runA = new OutboxWorker({ orm: db.orm, transport: silent, clock, log: () => {}, claimLeaseMs: 300 }).runOnce();
    await hasClaimed;
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    const b = await worker().runOnce();
    expect(b.sent).toBe(1);
    wakeUp();
    // A's claim ended with its connection: it cannot mark the message any more.
    await expect(runA).rejects.toThrow();
    expect(peer.messages.map((m) => m.messageId)).toEqual([outboxMessageId(queued!.id)]);
    const row = await db.orm.em.fork().findOneOrFail(OutboxEmail, { id: queued!.id });
    expect(row.status).toBe(OutboxStatus.SENT);
  });
});

describe('the login-code portal event', () => {
  const codeEmail = (language: Language) => ({
    to: 'code@example.com',
    language,
    variables: { client_name: 'Ana', client_code_verification: '482913', code_valid_minutes: '5' },
    now: clock.now(),
  });

  async function setAction(values: Partial<PortalEventAction> | null): Promise<void> {
    const em = db.orm.em.fork();
    if (values === null) await em.nativeDelete(PortalEventAction, { event: 'login-code' });
    else await em.upsert(PortalEventAction, { event: 'login-code', templateKey: 'login-code', enabled: true, ...values });
  }

  it('resolves to its template and delivers the code', async () => {
    const message = await db.orm.em.fork().transactional((em) => enqueuePortalEventEmail(em as EntityManager, 'login-code', codeEmail('en')));
    expect(message.templateKey).toBe('login-code');
    await worker().runOnce();
    const mail = await peer.waitForMessage((m) => recipientsOf(m).includes('code@example.com'));
    expect(mail.subject).toBe('Your Customer Portal sign-in code');
    expect(extractCode(mail.text!)).toBe('482913');
    expect(mail.text).toContain('expires in 5 minutes');
    await expectErased(message.id);
  });

  it('refuses a missing, disabled or template-less action, and a template without the code', async () => {
    const enqueue = () => enqueuePortalEventEmail(db.orm.em.fork(), 'login-code', codeEmail('es'));
    try {
      await setAction({ enabled: false });
      await expect(enqueue()).rejects.toThrow(/disabled/);
      await setAction({ templateKey: null });
      await expect(enqueue()).rejects.toThrow(/names no template/);
      await setAction({ templateKey: 'magic-link' });
      await expect(enqueue()).rejects.toThrow(/lacks \|client_code_verification\|/);
      await setAction({ templateKey: 'does-not-exist' });
      await expect(enqueue()).rejects.toThrow(/does not exist/);
      await setAction(null);
      await expect(enqueue()).rejects.toBeInstanceOf(PortalEventMisconfigured);
      await expect(
        enqueuePortalEventEmail(db.orm.em.fork(), 'document-uploaded', codeEmail('es')),
      ).rejects.toThrow(/no action is configured/);
    } finally {
      await setAction({});
    }
    expect(await db.orm.em.fork().count(OutboxEmail, {})).toBe(0);
  });
});

describe('messages that carry a link or a code (issue 13, finding 6)', () => {
  const loginCode = (to: string, code: string, overrides: Partial<TemplateEmail> = {}): TemplateEmail => ({
    to,
    templateKey: 'login-code',
    language: 'es',
    variables: { client_name: 'Ana', client_code_verification: code, code_valid_minutes: '5' },
    now: clock.now(),
    secretExpiresAt: new Date(clock.now().getTime() + 5 * 60_000),
    ...overrides,
  });

  it('are never stored in clear while they wait, and the worker still delivers them whole', async () => {
    const [link, code] = await enqueueCommitted(magicLinkEmail('sealed@example.com'), loginCode('sealed@example.com', '731904'));
    expect(await storedRow(link!.id)).not.toContain('tok-sealed@example.com');
    expect(await storedRow(code!.id)).not.toContain('731904');
    expect((await row(code!.id)).text).toBe(SEALED_TEXT);

    expect(await worker().runOnce()).toMatchObject({ sent: 2, failed: 0 });
    const texts = peer.messages.map((mail) => mail.text ?? '').join('\n');
    expect(texts).toContain('tok-sealed@example.com');
    expect(texts).toContain('731904');
  });

  it('are not delivered after their code expired: EXPIRED, body erased, even when nothing delivers', async () => {
    const [late] = await enqueueCommitted(loginCode('late@example.com', '555001'));
    await peer.stop();
    const outbox = worker();
    expect(await outbox.runOnce()).toMatchObject({ sent: 0, failed: 1, expired: 0 });
    await peer.start();
    clock.advance(5 * 60_000); // the code's last moment has passed
    expect(await outbox.runOnce()).toMatchObject({ sent: 0, failed: 0, expired: 1 });
    expect((await row(late!.id)).status).toBe(OutboxStatus.EXPIRED);
    await expectErased(late!.id);
    expect(peer.messages).toHaveLength(0);

    // Production without SMTP_URL: mail is held, but a held code still expires and is erased.
    const [held] = await enqueueCommitted(loginCode('held-code@example.com', '555002', { now: clock.now() }));
    clock.at = new Date(clock.now().getTime() + 5 * 60_000);
    const heldWorker = worker({ transport: createMailTransport({ smtpUrl: undefined, mailFrom: 'x@example.com', isProduction: true, dataDir: testConfig.dataDir }, () => {}) });
    expect(await heldWorker.runOnce()).toMatchObject({ sent: 0, failed: 0, expired: 1 });
    await expectErased(held!.id);
  });

  it('are delivered while their code is still valid', async () => {
    await enqueueCommitted(loginCode('in-time@example.com', '555003'));
    clock.advance(5 * 60_000 - 1);
    expect(await worker().runOnce()).toMatchObject({ sent: 1, failed: 0, expired: 0 });
  });
});

describe('transports', () => {
  it('without SMTP in development, writes each message to a file and logs only where, never a link or code', async () => {
    const dir = path.join(testConfig.dataDir, `mail-${process.pid}-${Date.now()}`);
    const lines: string[] = [];
    const [link, code] = await enqueueCommitted(
      magicLinkEmail('dev@example.com', {
        variables: { client_name: 'Ana', portal_link: 'https://portal.example/auth/link#token=AB_123456' },
      }),
      {
        to: 'dev@example.com',
        templateKey: 'login-code',
        language: 'es',
        variables: { client_name: 'Ana', client_code_verification: '055123', code_valid_minutes: '5' },
        now: clock.now(),
      },
    );
    try {
      const transport = developmentFileTransport(dir, testConfig.mailFrom, (line) => lines.push(line));
      expect(await worker({ transport }).runOnce()).toMatchObject({ sent: 2, failed: 0 });
      const files = (await readdir(dir)).sort();
      expect(files).toHaveLength(2);
      for (const file of files) expect(file).toMatch(/^[\dTZ-]+-dev@example\.com-[0-9a-f]+\.eml$/);
      const mails = await Promise.all(files.map(async (file) => simpleParser(await readFile(path.join(dir, file)))));
      const texts = mails.map((mail) => mail.text ?? '').join('\n');
      expect(texts).toContain('https://portal.example/auth/link#token=AB_123456');
      expect(texts).toContain('055123');
      expect(mails.map((mail) => mail.subject).sort()).toEqual(
        ['Tu código de acceso al Portal de clientes', 'Tu enlace de acceso al Portal de clientes'].sort(),
      );
      // The log says where each message is; the secrets are only in the files.
      expect(lines).toHaveLength(2);
      for (const line of lines) expect(line).toMatch(new RegExp(`^E-mail written to ${dir}/.+\\.eml`));
      expect(lines.join('\n')).not.toMatch(/AB_123456|055123/);
      expect(peer.messages).toHaveLength(0);
      for (const id of [link!.id, code!.id]) {
        expect((await row(id)).status).toBe(OutboxStatus.SENT);
        await expectErased(id);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('the SMTP transport prints nothing', async () => {
    const lines: string[] = [];
    await enqueueCommitted(magicLinkEmail('quiet@example.com'));
    expect(await worker({ log: (line) => lines.push(line) }).runOnce()).toMatchObject({ sent: 1, failed: 0 });
    expect(lines).toEqual([]);
    expect(peer.messages).toHaveLength(1);
  });

  it('chooses SMTP when SMTP_URL is set, files locally, and holds mail in production', async () => {
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    const dataDir = testConfig.dataDir;
    expect(createMailTransport({ smtpUrl: peer.url, mailFrom: 'x@example.com', isProduction: true, dataDir }, log).delivers).toBe(true);
    expect(createMailTransport({ smtpUrl: undefined, mailFrom: 'x@example.com', isProduction: false, dataDir }, log).delivers).toBe(true);

    const held = createMailTransport({ smtpUrl: undefined, mailFrom: 'x@example.com', isProduction: true, dataDir }, log);
    const [queued] = await enqueueCommitted(magicLinkEmail('held@example.com'));
    const outbox = worker({ transport: held, log });
    expect(await outbox.runOnce()).toMatchObject({ sent: 0, failed: 0 });
    expect(await outbox.runOnce()).toMatchObject({ sent: 0, failed: 0 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/SMTP_URL is not set/);
    expect(lines[0]).not.toContain('tok-');
    const waiting = await row(queued!.id);
    expect(waiting.status).toBe(OutboxStatus.PENDING);
    expect(waiting.attempts).toBe(0);
  });
});

describe('the worker loop', () => {
  it('delivers on its own once started, and stops cleanly', async () => {
    const outbox = new OutboxWorker({
      orm: db.orm,
      transport: smtpTransport(peer.url, testConfig.mailFrom),
      clock,
      log: () => {},
      pollMs: 20,
    });
    outbox.start();
    try {
      await enqueueCommitted(magicLinkEmail('loop@example.com'));
      const mail = await peer.waitForMessage((m) => recipientsOf(m).includes('loop@example.com'));
      expect(mail.subject).toBe('Tu enlace de acceso al Portal de clientes');
    } finally {
      await outbox.stop();
    }
  });
});

describe('jobs before delivery', () => {
  it('a failing job is logged and skipped: expiry and delivery still run', async () => {
    await enqueueCommitted(magicLinkEmail('ana@example.com'));
    const logged: string[] = [];
    const stopCapture = captureLog({ write: (line: string) => void logged.push(line) });
    try {
      const failing = new OutboxWorker({
        orm: db.orm,
        transport: smtpTransport(peer.url, testConfig.mailFrom),
        clock,
        log: () => {},
        beforeDelivery: [
          async () => {
            throw new Error('one bad sign-in code request');
          },
        ],
      });
      expect(await failing.runOnce()).toEqual({ sent: 1, failed: 0, expired: 0 });
    } finally {
      stopCapture();
    }
    expect(peer.messages.flatMap(recipientsOf)).toEqual(['ana@example.com']);
    expect(logged.map((line) => JSON.parse(line))).toContainEqual(
      expect.objectContaining({ msg: 'Outbox: a job before delivery failed', err: expect.objectContaining({ message: 'one bad sign-in code request' }) }),
    );
  });
});
