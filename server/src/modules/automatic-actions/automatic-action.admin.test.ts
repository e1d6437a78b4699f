import type { EntityManager } from '@mikro-orm/postgresql';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAdminOnly, signInCookie, useTestApi, type AdminOperation, type GraphQLResponse } from '../../../test/api.js';
import { createAccount, createAdmin, createUser, defaultFlowSubstate } from '../../../test/factories.js';
import { OutboxEmail } from '../notifications/outbox-email.entity.js';
import { outboxBody, AutomaticTrigger } from '../notifications/index.js';
import { AutomaticAction } from './automatic-action.entity.js';
import { runAutomaticActions } from './automatic-action.service.js';

// The admin automatic action operations through the real HTTP API, and what the engine then sends.

const { db, api } = useTestApi();
let adminCookie: string;
let customerCookie: string;
let visitSubstateId: string;

beforeAll(async () => {
  const em = db.orm.em.fork();
  adminCookie = await signInCookie(db.orm, await createAdmin(em, { email: 'admin-acciones@company.example' }));
  customerCookie = await signInCookie(db.orm, await createUser(em, { email: 'curioso-acciones@example.com', userTypes: ['WEB_CLIENT'] }));
  visitSubstateId = (await defaultFlowSubstate(em, 'Visita técnica')).id;
  const save = 'mutation ($input: EmailTemplateInput!) { saveEmailTemplate(input: $input) { key } }';
  for (const input of [
    { key: 'visita-tecnica', language: 'ES', subject: 'Visita |installation_code|', body: 'Hola |client_name|, tu instalación está en «|substate_name|». |portal_link|' },
    { key: 'contrato-activo', language: 'ES', subject: 'Contrato |contract_code|', body: 'Tu suministro |cups| ya está activo.' },
  ]) {
    const res = await api.graphql(save, { input }, { cookie: adminCookie });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
});

const asAdmin = <T = any>(query: string, variables?: Record<string, unknown>) => api.graphql<T>(query, variables, { cookie: adminCookie });

function firstError(res: GraphQLResponse): Record<string, unknown> & { message: string } {
  const error = res.errors?.[0];
  return { ...(error?.extensions ?? {}), message: error?.message ?? '' };
}

const FIELDS = 'id trigger templateKey enabled createdAt substate { id internalName }';
const CREATE = `mutation ($input: AutomaticActionInput!) { createAutomaticAction(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: AutomaticActionInput!) { updateAutomaticAction(id: $id, input: $input) { ${FIELDS} } }`;
const ENABLE = `mutation ($id: ID!, $enabled: Boolean!) { setAutomaticActionEnabled(id: $id, enabled: $enabled) { ${FIELDS} } }`;
const DELETE = 'mutation ($id: ID!) { deleteAutomaticAction(id: $id) }';

const actionCount = () => db.orm.em.fork().count(AutomaticAction, {});

describe('admin-only operations', () => {
  const someId = '00000000-0000-4000-8000-000000000000';
  const input = { trigger: 'OFFER_SHARED', templateKey: 'magic-link', enabled: true };
  const operations: AdminOperation[] = [
    ['automaticActions', '{ automaticActions { id } }'],
    ['automaticTriggers', '{ automaticTriggers { trigger } }'],
    ['createAutomaticAction', CREATE, { input }],
    ['updateAutomaticAction', UPDATE, { id: someId, input }],
    ['setAutomaticActionEnabled', ENABLE, { id: someId, enabled: false }],
    ['deleteAutomaticAction', DELETE, { id: someId }],
  ];

  it.each(operations)('%s: UNAUTHENTICATED signed out, FORBIDDEN to a customer, nothing written', (...operation) =>
    expectAdminOnly(api, customerCookie, operation, actionCount),
  );
});

describe('automatic actions', () => {
  it('lists the triggers with their variables, and the shipped client-registered action', async () => {
    const triggers = await asAdmin('{ automaticTriggers { trigger variables } }');
    expect(triggers.data!.automaticTriggers).toContainEqual({
      trigger: 'INSTALLATION_ENTERED_SUBSTATE',
      variables: ['client_name', 'portal_link', 'installation_code', 'substate_name'],
    });
    const list = await asAdmin(`{ automaticActions { ${FIELDS} } }`);
    expect(list.data!.automaticActions).toContainEqual(
      expect.objectContaining({ trigger: 'CLIENT_REGISTERED', templateKey: 'client-registered', enabled: true, substate: null }),
    );
  });

  it('creates, updates, disables and deletes an action on entering a substate', async () => {
    const created = await asAdmin(CREATE, {
      input: { trigger: 'INSTALLATION_ENTERED_SUBSTATE', substateId: visitSubstateId, templateKey: 'visita-tecnica' },
    });
    expect(created.errors).toBeUndefined();
    const action = created.data!.createAutomaticAction;
    expect(action).toMatchObject({
      trigger: 'INSTALLATION_ENTERED_SUBSTATE',
      templateKey: 'visita-tecnica',
      enabled: true,
      substate: { id: visitSubstateId, internalName: 'Visita técnica' },
    });

    const anySubstate = await asAdmin(UPDATE, {
      id: action.id,
      input: { trigger: 'INSTALLATION_ENTERED_SUBSTATE', substateId: null, templateKey: 'visita-tecnica', enabled: true },
    });
    expect(anySubstate.data!.updateAutomaticAction).toMatchObject({ id: action.id, substate: null });
    const off = await asAdmin(ENABLE, { id: action.id, enabled: false });
    expect(off.data!.setAutomaticActionEnabled).toMatchObject({ enabled: false });
    expect((await asAdmin(DELETE, { id: action.id })).data).toEqual({ deleteAutomaticAction: true });
    expect(firstError(await asAdmin(DELETE, { id: action.id })).code).toBe('NOT_FOUND');
  });

  it('refuses a template using variables the trigger does not give, and other bad input, writing nothing', async () => {
    const before = await actionCount();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ trigger: 'OFFER_SHARED', templateKey: 'contrato-activo' }, 'input.templateKey', 'UNSUPPORTED_VARIABLES'],
      [{ trigger: 'CLIENT_REGISTERED', templateKey: 'welcome' }, 'input.templateKey', 'UNSUPPORTED_VARIABLES'],
      [{ trigger: 'VISIT_SCHEDULED', templateKey: 'login-code' }, 'input.templateKey', 'UNSUPPORTED_VARIABLES'],
      [{ trigger: 'OFFER_SHARED', templateKey: 'no-existe' }, 'input.templateKey', 'TEMPLATE_NOT_FOUND'],
      [{ trigger: 'OFFER_SHARED', substateId: visitSubstateId, templateKey: 'magic-link' }, 'input.substateId', 'NOT_APPLICABLE'],
      [
        { trigger: 'INSTALLATION_ENTERED_SUBSTATE', substateId: '00000000-0000-4000-8000-000000000000', templateKey: 'magic-link' },
        'input.substateId',
        'NOT_FOUND',
      ],
    ];
    for (const [input, argument, reason] of cases) {
      const res = await asAdmin(CREATE, { input });
      expect(firstError(res), JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', argument, reason });
    }
    const unsupported = await asAdmin(CREATE, { input: { trigger: 'OFFER_SHARED', templateKey: 'contrato-activo' } });
    expect(firstError(unsupported).message).toContain('|contract_code|, |cups|');
    expect(firstError(unsupported).message).toContain('OFFER_SHARED does not give');
    expect(await actionCount()).toBe(before);
  });

  it('binds the template to its trigger’s variables, and the engine sends it filled in', async () => {
    const created = await asAdmin(CREATE, {
      input: { trigger: 'INSTALLATION_ENTERED_SUBSTATE', substateId: visitSubstateId, templateKey: 'visita-tecnica' },
    });
    expect(created.errors).toBeUndefined();

    const detail = await asAdmin('{ emailTemplate(key: "visita-tecnica") { variables usedBy { kind name } } }');
    expect(detail.data!.emailTemplate).toEqual({
      variables: ['client_name', 'portal_link', 'installation_code', 'substate_name'],
      usedBy: [{ kind: 'AUTOMATIC_ACTION', name: 'INSTALLATION_ENTERED_SUBSTATE' }],
    });
    const save = await asAdmin('mutation ($input: EmailTemplateInput!) { saveEmailTemplate(input: $input) { key } }', {
      input: { key: 'visita-tecnica', language: 'ES', subject: 'Visita', body: 'Oferta |offer_title|' },
    });
    expect(firstError(save)).toMatchObject({ argument: 'input.body', reason: 'UNKNOWN_VARIABLES', variables: ['offer_title'] });
    const remove = await asAdmin('mutation { deleteEmailTemplate(key: "visita-tecnica") }');
    expect(firstError(remove)).toMatchObject({ argument: 'key', reason: 'IN_USE' });

    const em = db.orm.em.fork() as EntityManager;
    const account = await createAccount(em, { name: 'Lucía Pérez', billingEmail: 'lucia.acciones@example.com' });
    await em.transactional(async (tx) => {
      await runAutomaticActions(tx as EntityManager, AutomaticTrigger.INSTALLATION_ENTERED_SUBSTATE, {
        account,
        now: new Date(),
        publicUrl: 'https://portal.example',
        variables: { installation_code: 'FV-2026-0099', substate_name: 'Visita técnica' },
        substateId: visitSubstateId,
      });
    });
    const message = await db.orm.em.fork().findOneOrFail(OutboxEmail, { to: 'lucia.acciones@example.com', templateKey: 'visita-tecnica' });
    expect(message.subject).toBe('Visita FV-2026-0099');
    expect(outboxBody(message).text).toContain('Hola Lucía Pérez, tu instalación está en «Visita técnica».');
  });
});
