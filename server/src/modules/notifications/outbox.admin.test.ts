import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../../test/context.js';
import { startSmtpPeer, type SmtpPeer } from '../../../test/smtp.js';
import { useSolarWorld } from '../../../test/solar-world.js';
import { EmailTemplate } from './email-template.entity.js';
import { smtpTransport } from './mail-transport.js';
import { OutboxEmail, OutboxStatus } from './outbox-email.entity.js';
import { MAX_ATTEMPTS, OutboxWorker } from './outbox-worker.js';
import { enqueueTemplateEmail } from './outbox.service.js';

const world = useSolarWorld();
let peer: SmtpPeer;

beforeAll(async () => {
  peer = await startSmtpPeer();
});
afterAll(async () => {
  await peer?.stop();
});

const gql = <T = any>(query: string, variables?: Record<string, unknown>, cookie = world.cookies.admin) =>
  world.api.graphql<T>(query, variables, { cookie });

function worker(): OutboxWorker {
  return new OutboxWorker({ orm: world.db.orm, transport: smtpTransport(peer.url, testConfig.mailFrom), log: () => {} });
}

async function enqueue(to: string, templateKey: 'magic-link' | 'welcome' = 'magic-link', now = new Date()): Promise<string> {
  const message = await world.db.orm.em.fork().transactional((em) =>
    enqueueTemplateEmail(em as EntityManager, {
      to,
      templateKey,
      language: 'es',
      variables: { client_name: 'Ana Pérez', portal_link: `https://portal.example/auth/link#token=tok-${to}`, link_valid_days: '7' },
      now,
    }),
  );
  return message.id;
}

/** A message without any link or code (a template of its own: no secret placeholder). */
async function enqueuePlain(to: string): Promise<string> {
  const message = await world.db.orm.em.fork().transactional(async (em) => {
    if (!(await em.findOne(EmailTemplate, { key: 'plain-notice' }))) {
      em.create(EmailTemplate, { key: 'plain-notice', language: 'es', subject: 'Aviso |client_name|', body: 'Hola |client_name|, sin enlaces.' });
      await em.flush();
    }
    return enqueueTemplateEmail(em as EntityManager, { to, templateKey: 'plain-notice', language: 'es', variables: { client_name: to }, now: new Date() });
  });
  return message.id;
}

const LIST = /* GraphQL */ `
  query ($filter: OutboxEmailFilter, $first: Int, $after: String) {
    outboxEmails(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id to subject templateKey status attempts lastError createdAt sentAt }
    }
  }
`;
const DETAIL = `query ($id: ID!) { outboxEmail(id: $id) { id status subject text html redacted attempts lastError sentAt } }`;
const RETRY = `mutation ($id: ID!) { retryOutboxEmail(id: $id) { id status attempts lastError nextAttemptAt } }`;

describe('sent e-mail log', () => {
  it('lists newest first, paginated, filtered by status and searched by recipient or subject', async () => {
    const older = await enqueue('older-log@example.com', 'magic-link', new Date(Date.now() - 60_000));
    const newer = await enqueue('newer-log@example.com');
    const first = await gql(LIST, { first: 1 });
    expect(first.errors).toBeUndefined();
    expect(first.data.outboxEmails.nodes[0]).toMatchObject({ id: newer, to: 'newer-log@example.com', status: 'PENDING', templateKey: 'magic-link', attempts: 0 });
    const second = await gql(LIST, { first: 1, after: first.data.outboxEmails.pageInfo.endCursor });
    expect(second.errors).toBeUndefined();
    expect(second.data.outboxEmails.nodes[0].id).toBe(older);

    const searched = await gql(LIST, { filter: { search: 'OLDER-LOG' }, first: 10 });
    expect(searched.data.outboxEmails.nodes.map((n: { id: string }) => n.id)).toEqual([older]);
    const subject: string = first.data.outboxEmails.nodes[0].subject;
    const bySubject = await gql(LIST, { filter: { search: subject.slice(2, 12).toUpperCase() }, first: 100 });
    expect(bySubject.data.outboxEmails.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining([newer, older]));
    const none = await gql(LIST, { filter: { search: '%_nothing-matches_%' }, first: 10 });
    expect(none.data.outboxEmails.totalCount).toBe(0);
    const sent = await gql(LIST, { filter: { status: 'SENT', search: 'log@example.com' }, first: 10 });
    expect(sent.data.outboxEmails.totalCount).toBe(0);
  });

  it('never shows a message carrying a link or code, pending or sent; shows any other one', async () => {
    // Pending (SMTP down, or no SMTP_URL) is when a shown code would let an admin sign in as the customer.
    const id = await enqueue('detail@example.com');
    const pending = await gql(DETAIL, { id });
    expect(pending.data.outboxEmail).toMatchObject({ status: 'PENDING', redacted: true, text: null, html: null });
    expect(JSON.stringify(await gql(LIST, { filter: { search: 'detail@example.com' }, first: 10 }))).not.toContain('tok-detail');

    const plain = await gql(DETAIL, { id: await enqueuePlain('plain-detail@example.com') });
    expect(plain.data.outboxEmail).toMatchObject({ status: 'PENDING', redacted: false, text: 'Hola plain-detail@example.com, sin enlaces.' });
    expect(plain.data.outboxEmail.html).toContain('<');

    await worker().runOnce();
    const delivered = await gql(DETAIL, { id });
    expect(delivered.data.outboxEmail).toMatchObject({ status: 'SENT', redacted: true, text: null, html: null, sentAt: expect.any(String) });
    expect(delivered.data.outboxEmail.subject).not.toBe('');
    expect((await gql(DETAIL, { id: '00000000-0000-4000-8000-000000000000' })).data.outboxEmail).toBeNull();
  });

  it('a failed delivery shows its error; retry queues it again and the worker delivers it', async () => {
    // Not carrying a secret, so its body survives the failure and it can be retried.
    const id = await enqueuePlain('retry@example.com');
    await world.em().nativeUpdate(OutboxEmail, { id }, { attempts: MAX_ATTEMPTS - 1 });
    await peer.stop();
    try {
      await worker().runOnce();
    } finally {
      await peer.start();
    }
    const failed = await gql(DETAIL, { id });
    expect(failed.data.outboxEmail).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS, redacted: false });
    expect(failed.data.outboxEmail.lastError).toMatch(/ECONNREFUSED|connect/i);
    const listed = await gql(LIST, { filter: { status: 'FAILED' }, first: 10 });
    expect(listed.data.outboxEmails.nodes.map((n: { id: string }) => n.id)).toContain(id);

    const retried = await gql(RETRY, { id });
    expect(retried.errors).toBeUndefined();
    expect(retried.data.retryOutboxEmail).toMatchObject({ status: 'PENDING', attempts: 0, lastError: failed.data.outboxEmail.lastError });

    peer.clear();
    await worker().runOnce();
    const mail = await peer.waitForMessage((m) => m.subject === failed.data.outboxEmail.subject);
    expect(mail.text).toContain('Hola retry@example.com, sin enlaces.');
    const after = await gql(DETAIL, { id });
    expect(after.data.outboxEmail).toMatchObject({ status: 'SENT', lastError: null, sentAt: expect.any(String) });

    const again = await gql(RETRY, { id });
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id', reason: 'ALREADY_SENT' });
  });

  it('refuses to retry a pending message or a failed one whose link was redacted', async () => {
    const pending = await enqueue('pending-retry@example.com', 'magic-link', new Date(Date.now() + 3_600_000));
    expect((await gql(RETRY, { id: pending })).errors![0]!.extensions).toMatchObject({ argument: 'id', reason: 'STILL_PENDING' });
    await world.em().nativeUpdate(OutboxEmail, { id: pending }, { status: OutboxStatus.FAILED, sealedBody: null });
    expect((await gql(RETRY, { id: pending })).errors![0]!.extensions).toMatchObject({ argument: 'id', reason: 'REDACTED' });
    await world.em().nativeUpdate(OutboxEmail, { id: pending }, { status: OutboxStatus.EXPIRED });
    expect((await gql(RETRY, { id: pending })).errors![0]!.extensions).toMatchObject({ argument: 'id', reason: 'EXPIRED' });
    const missing = await gql(RETRY, { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'id' });
  });

  it('is refused to customers', async () => {
    const id = await enqueue('customer-view@example.com');
    for (const cookie of [world.cookies.solar, world.cookies.webClient]) {
      expect((await gql(LIST, {}, cookie)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
      expect((await gql(DETAIL, { id }, cookie)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
      expect((await gql(RETRY, { id }, cookie)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    }
  });
});
