import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ALL_ROWS, scopedEntityManager } from '../../core/permissions/row-scope.js';
import { createTestDatabase, type TestDatabase } from '../../../test/database.js';
import { createAccount, createUser, defaultFlowSubstate } from '../../../test/factories.js';
import { CustomerAccount } from '../customers/customer-account.entity.js';
import { SignInToken } from '../auth/sign-in-token.entity.js';
import { redeemMagicLink } from '../auth/index.js';
import { EmailTemplate } from '../notifications/email-template.entity.js';
import { OutboxEmail } from '../notifications/outbox-email.entity.js';
import { outboxBody, AutomaticTrigger } from '../notifications/index.js';
import { UserStatus } from '../users/user.entity.js';
import { AutomaticAction } from './automatic-action.entity.js';
import { runAutomaticActions } from './automatic-action.service.js';

const now = new Date('2026-11-22T10:00:00Z');
const publicUrl = 'https://portal.example';
let db: TestDatabase;
const em = (): EntityManager => scopedEntityManager(db.orm.em, ALL_ROWS);

beforeAll(async () => {
  db = await createTestDatabase();
  const fork = em();
  fork.create(EmailTemplate, { key: 'step-entered', language: 'es', subject: 'Tu instalación |installation_code|', body: 'Hola |client_name|: ahora en |substate_name|. Entra: |portal_link|' });
  fork.create(EmailTemplate, { key: 'step-entered', language: 'en', subject: 'Your installation |installation_code|', body: 'Hi |client_name|: now at |substate_name|. Enter: |portal_link|' });
  fork.create(EmailTemplate, { key: 'broken', language: 'es', subject: 'x', body: 'Hola |offer_title|' });
  await fork.flush();
});
afterAll(() => db.drop());
beforeEach(async () => {
  await em().nativeDelete(AutomaticAction, {});
  await em().nativeDelete(OutboxEmail, {});
});

async function run(account: CustomerAccount, substateId: string) {
  const fork = em();
  const queued = await runAutomaticActions(fork, AutomaticTrigger.INSTALLATION_ENTERED_SUBSTATE, {
    account: await fork.findOneOrFail(CustomerAccount, { id: account.id }),
    now,
    publicUrl,
    substateId,
    variables: { installation_code: 'FV-1', substate_name: 'Visita técnica' },
  });
  await fork.flush();
  return queued;
}

describe('runAutomaticActions', () => {
  it('e-mails the account user in their language, with a magic link that signs them in', async () => {
    const fork = em();
    const account = await createAccount(fork);
    const user = await createUser(fork, { email: account.billingEmail, name: 'Ana', language: 'en' });
    const visit = await defaultFlowSubstate(fork, 'Visita técnica');
    fork.create(AutomaticAction, { trigger: AutomaticTrigger.INSTALLATION_ENTERED_SUBSTATE, substate: visit, templateKey: 'step-entered' });
    await fork.flush();

    const [email] = await run(account, visit.id);
    expect(email).toMatchObject({ to: user.email, subject: 'Your installation FV-1', carriesSecret: true });
    expect(outboxBody(email!).text).toMatch(/^Hi Ana: now at Visita técnica\. Enter: https:\/\/portal\.example\/auth\/link#token=\S+$/);
    const token = outboxBody(email!).text.split('#token=')[1]!;
    expect((await redeemMagicLink(em(), token, now)).id).toBe(user.id);
  });

  it('runs only the enabled actions of that substate (or of any substate)', async () => {
    const fork = em();
    const account = await createAccount(fork);
    const user = await createUser(fork, { email: account.billingEmail });
    const visit = await defaultFlowSubstate(fork, 'Visita técnica');
    const offer = await defaultFlowSubstate(fork, 'Oferta compartida');
    fork.create(AutomaticAction, { trigger: AutomaticTrigger.INSTALLATION_ENTERED_SUBSTATE, substate: offer, templateKey: 'step-entered' });
    fork.create(AutomaticAction, { trigger: AutomaticTrigger.INSTALLATION_ENTERED_SUBSTATE, substate: visit, templateKey: 'step-entered', enabled: false });
    fork.create(AutomaticAction, { trigger: AutomaticTrigger.INSTALLATION_ENTERED_SUBSTATE, templateKey: 'step-entered' });
    fork.create(AutomaticAction, { trigger: AutomaticTrigger.OFFER_SHARED, templateKey: 'step-entered' });
    await fork.flush();

    expect(await run(account, visit.id)).toHaveLength(1);
    const both = await run(account, offer.id);
    expect(both).toHaveLength(2);
    // Both e-mails of one event carry the same link: a second token would have superseded the first.
    expect(outboxBody(both[0]!).text).toBe(outboxBody(both[1]!).text);
    expect(await em().count(SignInToken, { user: user.id, supersededAt: null })).toBe(1);
  });

  it('without a portal user, writes to the billing e-mail in Spanish with the sign-in page as link', async () => {
    const fork = em();
    const account = await createAccount(fork, { name: 'Sol SL' });
    await createUser(fork, { email: 'someone-else@example.com', status: UserStatus.ACTIVE });
    fork.create(AutomaticAction, { trigger: AutomaticTrigger.INSTALLATION_ENTERED_SUBSTATE, templateKey: 'step-entered' });
    await fork.flush();

    const [email] = await run(account, (await defaultFlowSubstate(fork, 'Visita técnica')).id);
    expect(email).toMatchObject({ to: account.billingEmail, subject: 'Tu instalación FV-1' });
    expect(outboxBody(email!).text).toBe(`Hola Sol SL: ahora en Visita técnica. Entra: ${publicUrl}/auth/sign-in`);
  });

  it('refuses, naming the action, a template with variables the trigger does not give; nothing is queued', async () => {
    const fork = em();
    const account = await createAccount(fork);
    const action = fork.create(AutomaticAction, { trigger: AutomaticTrigger.INSTALLATION_ENTERED_SUBSTATE, templateKey: 'broken' });
    await fork.flush();

    await expect(run(account, (await defaultFlowSubstate(fork, 'Visita técnica')).id)).rejects.toMatchObject({
      code: 'AUTOMATIC_ACTION_MISCONFIGURED',
      details: { actionId: action.id },
      message: expect.stringContaining('|offer_title|'),
    });
    expect(await em().count(OutboxEmail, {})).toBe(0);
  });
});
