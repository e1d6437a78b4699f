import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type TestApi } from '../../../test/api.js';
import { testConfig } from '../../../test/context.js';
import { createUser } from '../../../test/factories.js';
import { startMailApi, type MailApi } from '../../../test/mail-api.js';
import { extractCode, extractLink, recipientsOf, type ParsedMail, type SmtpPeer } from '../../../test/smtp.js';
import { sessionCookieName } from '../../app/context.js';
import type { OutboxWorker } from '../notifications/index.js';
import { UserStatus } from '../users/user.entity.js';
import { cookiePair, postGraphql, type HttpAnswer } from '../../../test/http.js';
import { sendMagicLink } from './magic-link.service.js';
import { issueRequestedSignInCodes } from './sign-in-code.service.js';
import { sendWelcome } from './welcome.service.js';

// End to end: the e-mails go through the outbox and the worker to a real SMTP peer; the test
// reads them as a customer would and signs in with what they carry.

const COOKIE = sessionCookieName(testConfig);
const clock = { at: new Date('2026-03-02T09:00:00.000Z'), now: () => clock.at };

let mail: MailApi;
let orm: MikroORM;
let api: TestApi;
let peer: SmtpPeer;
let worker: OutboxWorker;

beforeAll(async () => {
  mail = await startMailApi(clock, { beforeDelivery: [issueRequestedSignInCodes] });
  ({ api, peer, worker } = mail);
  orm = mail.db.orm;
});

afterAll(() => mail?.stop());

beforeEach(() => {
  clock.at = new Date(clock.at.getTime() + 24 * 3_600_000);
  peer.clear();
});

function call(query: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<HttpAnswer> {
  return postGraphql(api.url, query, variables, cookie);
}

/** Runs the worker once and returns the one message it delivered to `to`. */
async function deliveredTo(to: string): Promise<ParsedMail> {
  expect(await worker.runOnce()).toMatchObject({ sent: 1, failed: 0 });
  const messages = peer.messages.filter((message) => recipientsOf(message).includes(to));
  expect(messages).toHaveLength(1);
  return messages[0]!;
}

async function viewerOf(answer: HttpAnswer): Promise<unknown> {
  expect(answer.errors).toBeUndefined();
  const cookie = cookiePair(answer.setCookies, COOKIE);
  return (await call('{ viewer { email name } }', {}, cookie)).data?.viewer;
}

function tokenIn(link: string): string {
  return new URLSearchParams(new URL(link).hash.slice(1)).get('token')!;
}

describe('sign-in e-mails over SMTP', () => {
  it('delivers the code e-mail; its code signs in', async () => {
    const user = await createUser(orm.em.fork(), { email: 'codigo@example.com', name: 'Carmen Código' });
    expect((await call('mutation { requestSignInCode(email: "codigo@example.com") { retryAfterSeconds } }')).errors).toBeUndefined();
    const message = await deliveredTo(user.email);
    expect(message.text).toContain('Carmen Código');
    const code = extractCode(message.text!);
    const answer = await call('mutation ($e: String!, $c: String!) { signInWithCode(email: $e, code: $c) { email } }', {
      e: user.email,
      c: code,
    });
    expect(await viewerOf(answer)).toEqual({ email: user.email, name: 'Carmen Código' });
  });

  it('sends nothing for an unregistered e-mail', async () => {
    expect((await call('mutation { requestSignInCode(email: "nadie@example.com") { retryAfterSeconds } }')).errors).toBeUndefined();
    expect(await worker.runOnce()).toMatchObject({ sent: 0, failed: 0 });
    expect(peer.messages).toHaveLength(0);
  });

  it('delivers the magic link (token in the fragment); redeeming it signs in', async () => {
    const user = await createUser(orm.em.fork(), { email: 'enlace@example.com', name: 'Elena Enlace', language: 'en' });
    const em = orm.em.fork();
    await sendMagicLink(em, em.merge(user), { now: clock.now(), publicUrl: testConfig.publicUrl });
    await em.flush();
    const message = await deliveredTo(user.email);
    const link = extractLink(message.text!, '/auth/link');
    expect(link.startsWith(`${testConfig.publicUrl}/auth/link#token=`)).toBe(true);
    const answer = await call('mutation ($t: String!) { redeemMagicLink(token: $t) { email } }', { t: tokenIn(link) });
    expect(await viewerOf(answer)).toEqual({ email: user.email, name: 'Elena Enlace' });
  });

  it('e-mails a link asked for on the sign-in screen, in the user\'s language; it signs in once', async () => {
    const user = await createUser(orm.em.fork(), { email: 'pide-enlace@example.com', name: 'Paula Enlace', language: 'en' });
    const asked = await call('mutation { requestSignInLink(email: "pide-enlace@example.com") { retryAfterSeconds } }');
    expect(asked.errors).toBeUndefined();
    const message = await deliveredTo(user.email);
    expect(message.subject).toBe('Your link to the Customer Portal');
    const link = extractLink(message.text!, '/auth/link');
    expect(link.startsWith(`${testConfig.publicUrl}/auth/link#token=`)).toBe(true);
    const answer = await call('mutation ($t: String!) { redeemMagicLink(token: $t) { email } }', { t: tokenIn(link) });
    expect(await viewerOf(answer)).toEqual({ email: user.email, name: 'Paula Enlace' });
    const again = await call('mutation ($t: String!) { redeemMagicLink(token: $t) { email } }', { t: tokenIn(link) });
    expect(again.errors?.[0]?.extensions?.code).toBe('LINK_INVALID');
  });

  it('answers a link request for an unregistered e-mail as for a registered one, and sends nothing', async () => {
    const registered = await createUser(orm.em.fork(), { email: 'registrado-enlace@example.com' });
    const known = await call('mutation ($e: String!) { requestSignInLink(email: $e) { retryAfterSeconds } }', { e: registered.email });
    const unknown = await call('mutation { requestSignInLink(email: "nadie-enlace@example.com") { retryAfterSeconds } }');
    expect(unknown).toEqual(known);
    expect(await worker.runOnce()).toMatchObject({ sent: 1, failed: 0 });
    expect(peer.messages.flatMap(recipientsOf)).toEqual([registered.email]);
  });

  it('counts link and code requests against the same limits', async () => {
    await createUser(orm.em.fork(), { email: 'limite-enlace@example.com' });
    expect((await call('mutation { requestSignInCode(email: "limite-enlace@example.com") { retryAfterSeconds } }')).errors).toBeUndefined();
    const link = await call('mutation { requestSignInLink(email: "limite-enlace@example.com") { retryAfterSeconds } }');
    expect(link.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('delivers the welcome e-mail; its link sets the password, and the password then signs in', async () => {
    const user = await createUser(orm.em.fork(), { email: 'bienvenida@example.com', name: 'Berta Bienvenida', status: UserStatus.INVITED });
    const em = orm.em.fork();
    await sendWelcome(em, em.merge(user), { now: clock.now(), publicUrl: testConfig.publicUrl, validForDays: 7 });
    await em.flush();
    const message = await deliveredTo(user.email);
    expect(message.text).toContain('7');
    const link = extractLink(message.text!, '/auth/set-password');
    const set = await call('mutation ($t: String!, $p: String!) { setPassword(token: $t, password: $p) { email } }', {
      t: tokenIn(link),
      p: 'placas-en-el-tejado',
    });
    expect(await viewerOf(set)).toEqual({ email: user.email, name: 'Berta Bienvenida' });
    const signIn = await call('mutation { signIn(email: "bienvenida@example.com", password: "placas-en-el-tejado") { email } }');
    expect(await viewerOf(signIn)).toEqual({ email: user.email, name: 'Berta Bienvenida' });
  });
});
