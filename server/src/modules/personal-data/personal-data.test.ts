import type { UserType } from '@portal/shared';
import { describe, expect, it } from 'vitest';
import { useSolarWorld } from '../../../test/solar-world.js';
import { hashPassword, issueRequestedSignInCodes, sendMagicLink } from '../auth/index.js';
import { CustomerAccount } from '../customers/customer-account.entity.js';
import { OutboxEmail } from '../notifications/outbox-email.entity.js';
import { outboxBody } from '../notifications/index.js';
import { User } from '../users/user.entity.js';
import { EmailChangeToken } from './email-change-token.entity.js';
import { normalizePhone } from './personal-data.service.js';

const world = useSolarWorld();
const PASSWORD = 'girasol-tejado-2026';

/** A customer of their own account, who can also sign in with PASSWORD: each test changes its own. */
async function solarUser(userTypes: UserType[] = ['SOLAR_CLIENT']) {
  return world.newCustomer({ userTypes, user: { passwordHash: await hashPassword(PASSWORD) } });
}

const READ = '{ myPersonalData { name phone address email } }';
const UPDATE = `mutation ($input: PersonalDataInput!) { updateMyPersonalData(input: $input) { name phone address email } }`;
const REQUEST = `mutation ($e: String!) { requestEmailChange(newEmail: $e) }`;
const CONFIRM = `mutation ($t: String!) { confirmEmailChange(token: $t) { email } }`;
const REQUEST_CODE = `mutation ($e: String!) { requestSignInCode(email: $e) { retryAfterSeconds } }`;
const SIGN_IN_CODE = `mutation ($e: String!, $c: String!) { signInWithCode(email: $e, code: $c) { email } }`;
const REDEEM = `mutation ($t: String!) { redeemMagicLink(token: $t) { email } }`;
const SIGN_IN = `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { email } }`;

async function lastLinkTokenTo(email: string): Promise<string> {
  const mails = await world.em().find(OutboxEmail, { to: email, templateKey: 'email-change' }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  const token = /\/profile\/confirm-email#token=([A-Za-z0-9_-]+)/.exec(mails[0] ? outboxBody(mails[0]).text : '')?.[1];
  if (!token) throw new Error(`no email-change link sent to ${email}`);
  return token;
}

describe('personal data', () => {
  it('reads and updates name, phone and address on both the user and the account', async () => {
    const { account, user, cookie } = await solarUser();
    const read = await world.api.graphql<any>(READ, undefined, { cookie });
    expect(read.data.myPersonalData).toEqual({ name: user.name, phone: null, address: account.address, email: user.email });

    const updated = await world.api.graphql<any>(
      UPDATE,
      { input: { name: '  Lucía   Pérez ', phone: '+34 612 34 56 78', address: 'Calle del Sol 3, Sevilla' } },
      { cookie },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateMyPersonalData).toMatchObject({ name: 'Lucía Pérez', phone: '612345678', address: 'Calle del Sol 3, Sevilla' });
    const fresh = world.em();
    expect((await fresh.findOneOrFail(User, { id: user.id })).name).toBe('Lucía Pérez');
    expect(await fresh.findOneOrFail(CustomerAccount, { id: account.id })).toMatchObject({
      name: 'Lucía Pérez',
      phone: '612345678',
      address: 'Calle del Sol 3, Sevilla',
    });
  });

  it('names the field that is wrong', async () => {
    const { cookie } = await solarUser();
    const good = { name: 'Ana Ruiz', phone: '912345678', address: 'Calle Luna 1, Madrid' };
    for (const [input, argument] of [
      [{ ...good, name: 'A' }, 'input.name'],
      [{ ...good, phone: '12345' }, 'input.phone'],
      [{ ...good, address: 'C/1' }, 'input.address'],
    ] as const) {
      const body = await world.api.graphql<any>(UPDATE, { input }, { cookie });
      expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });

  it('accepts plausible phone numbers only', () => {
    expect(normalizePhone('612 345 678')).toBe('612345678');
    expect(normalizePhone('0034 912-345-678')).toBe('912345678');
    expect(normalizePhone('+44 20 7946 0958')).toBe('+442079460958');
    expect(normalizePhone('512345678')).toBeNull();
    expect(normalizePhone('+34 12345')).toBeNull();
    expect(normalizePhone('llámame')).toBeNull();
  });

  it('is refused to a WEB_CLIENT-only user', async () => {
    const { cookie } = await solarUser(['WEB_CLIENT']);
    const body = await world.api.graphql<any>(READ, undefined, { cookie });
    expect(body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('contact e-mail change', () => {
  it('sends a link to the new address; it works once, moves user and billing e-mail, and the old e-mail no longer signs in', async () => {
    const { account, user, cookie } = await solarUser();
    const newEmail = `nueva-${user.id.slice(0, 8)}@example.com`;
    const requested = await world.api.graphql<any>(REQUEST, { e: `  ${newEmail.toUpperCase()} ` }, { cookie });
    expect(requested).toEqual({ data: { requestEmailChange: true } });
    const token = await lastLinkTokenTo(newEmail);
    // Only the hash is stored.
    expect(await world.em().count(EmailChangeToken, { tokenHash: token })).toBe(0);

    const confirmed = await world.api.graphql<any>(CONFIRM, { t: token }, { cookie });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data.confirmEmailChange.email).toBe(newEmail);
    expect((await world.em().findOneOrFail(CustomerAccount, { id: account.id })).billingEmail).toBe(newEmail);

    const again = await world.api.graphql<any>(CONFIRM, { t: token }, { cookie });
    expect(again.errors![0]!.extensions!.code).toBe('EMAIL_CHANGE_LINK_INVALID');

    const oldSignIn = await world.api.graphql<any>(SIGN_IN, { e: user.email, p: PASSWORD });
    expect(oldSignIn.errors![0]!.extensions!.code).toBe('INVALID_CREDENTIALS');
    const newSignIn = await world.api.graphql<any>(SIGN_IN, { e: newEmail, p: PASSWORD });
    expect(newSignIn.data.signIn.email).toBe(newEmail);
  });

  it('expires after 24 hours, and only the newest request counts', async () => {
    const { user, cookie } = await solarUser();
    await world.api.graphql<any>(REQUEST, { e: 'primera@example.com' }, { cookie });
    const first = await lastLinkTokenTo('primera@example.com');
    await world.api.graphql<any>(REQUEST, { e: 'segunda@example.com' }, { cookie });
    const second = await lastLinkTokenTo('segunda@example.com');
    const superseded = await world.api.graphql<any>(CONFIRM, { t: first }, { cookie });
    expect(superseded.errors![0]!.extensions!.code).toBe('EMAIL_CHANGE_LINK_INVALID');

    await world.em().nativeUpdate(EmailChangeToken, { user: user.id, usedAt: null, supersededAt: null }, { expiresAt: new Date(Date.now() - 1000) });
    const expired = await world.api.graphql<any>(CONFIRM, { t: second }, { cookie });
    expect(expired.errors![0]!.extensions!.code).toBe('EMAIL_CHANGE_LINK_INVALID');
    expect((await world.em().findOneOrFail(User, { id: user.id })).email).toBe(user.email);
  });

  it('answers the same for an address another user has, and refuses it at confirmation', async () => {
    const { user: other } = await solarUser();
    const { user, cookie } = await solarUser();
    const requested = await world.api.graphql<any>(REQUEST, { e: other.email }, { cookie });
    expect(requested).toEqual({ data: { requestEmailChange: true } });
    const refused = await world.api.graphql<any>(CONFIRM, { t: await lastLinkTokenTo(other.email) }, { cookie });
    expect(refused.errors![0]!.extensions!.code).toBe('EMAIL_TAKEN');
    expect((await world.em().findOneOrFail(User, { id: user.id })).email).toBe(user.email);

    const malformed = await world.api.graphql<any>(REQUEST, { e: 'no-arroba' }, { cookie });
    expect(malformed.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'newEmail' });
  });

  it('is limited to 5 requests an hour per user: the 6th is TOO_MANY_ATTEMPTS and sends nothing (issue 13, finding 11)', async () => {
    const { cookie } = await solarUser();
    for (let i = 0; i < 5; i++) {
      expect(await world.api.graphql<any>(REQUEST, { e: `limite-${i}@example.com` }, { cookie })).toEqual({ data: { requestEmailChange: true } });
    }
    const refused = await world.api.graphql<any>(REQUEST, { e: 'limite-5@example.com' }, { cookie });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: expect.any(Number) });
    expect(await world.em().count(OutboxEmail, { to: 'limite-5@example.com' })).toBe(0);
  });

  it('ends every link and code sent to the old address (issue 13, finding 11)', async () => {
    const { user, cookie } = await solarUser();
    const fork = world.em();
    const owner = await fork.findOneOrFail(User, { id: user.id });
    await sendMagicLink(fork, owner, { now: new Date(), publicUrl: 'https://portal.example' });
    await fork.flush();
    const magicMail = await world.em().findOneOrFail(OutboxEmail, { to: user.email, templateKey: 'magic-link' });
    const magicToken = /#token=([A-Za-z0-9_-]+)/.exec(outboxBody(magicMail).text)![1]!;
    expect((await world.api.graphql<any>(REQUEST_CODE, { e: user.email })).errors).toBeUndefined();
    await issueRequestedSignInCodes(world.em(), new Date()); // what the outbox worker does first
    const codeMail = await world.em().findOneOrFail(OutboxEmail, { to: user.email, templateKey: 'login-code' });
    const code = /\b(\d{6})\b/.exec(outboxBody(codeMail).text)![1]!;

    const newEmail = `cambiada-${user.id.slice(0, 8)}@example.com`;
    await world.api.graphql<any>(REQUEST, { e: newEmail }, { cookie });
    expect((await world.api.graphql<any>(CONFIRM, { t: await lastLinkTokenTo(newEmail) }, { cookie })).errors).toBeUndefined();

    const link = await world.api.graphql<any>(REDEEM, { t: magicToken });
    expect(link.errors![0]!.extensions!.code).toBe('LINK_INVALID');
    const byCode = await world.api.graphql<any>(SIGN_IN_CODE, { e: newEmail, c: code });
    expect(byCode.errors![0]!.extensions!.code).toBe('CODE_INVALID');
  });

  it('a link confirms only for the user who asked', async () => {
    const { cookie } = await solarUser();
    const { cookie: intruder } = await solarUser();
    await world.api.graphql<any>(REQUEST, { e: 'propia@example.com' }, { cookie });
    const stolen = await world.api.graphql<any>(CONFIRM, { t: await lastLinkTokenTo('propia@example.com') }, { cookie: intruder });
    expect(stolen.errors![0]!.extensions!.code).toBe('EMAIL_CHANGE_LINK_INVALID');
  });
});
