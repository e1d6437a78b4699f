import { describe, expect, it } from 'vitest';
import { createInstallation, defaultFlowSubstate } from '../../../test/factories.js';
import { useSolarWorld } from '../../../test/solar-world.js';
import { AutomaticAction } from '../automatic-actions/automatic-action.entity.js';
import { AutomaticTrigger, outboxBody } from '../notifications/index.js';
import { EmailTemplate } from '../notifications/email-template.entity.js';
import { OutboxEmail } from '../notifications/outbox-email.entity.js';
import { Installation } from './installation.entity.js';

const world = useSolarWorld();

const LIST = /* GraphQL */ `
  query ($filter: AdminInstallationFilter, $first: Int!, $after: String) {
    adminInstallations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id code accountName flowId substate { internalName } state { id internalName } updatedAt }
    }
  }
`;
const DETAIL = /* GraphQL */ `
  query ($id: ID!) {
    installation(id: $id) {
      code failureReason accountName substate { id internalName }
      adminHistory { kind fromSubstate toSubstate byName byEmail note }
      progress { currentStep { name { es } } }
    }
  }
`;
const MOVE = /* GraphQL */ `
  mutation ($id: ID!, $to: ID!, $note: String) { moveInstallation(id: $id, substateId: $to, note: $note) { id failureReason } }
`;

describe('adminInstallations', () => {
  it('lists every account’s installations, filtered by state, substate and code or account name, paginated', async () => {
    const em = world.em();
    const mine = await createInstallation(em, world.account, 'Oferta compartida');
    const other = await createInstallation(em, world.otherAccount, 'Documentación del cliente');
    const offerSubstate = await defaultFlowSubstate(em, 'Oferta compartida');

    const all = await world.api.graphql<any>(LIST, { first: 100 }, { cookie: world.cookies.admin });
    expect(all.errors).toBeUndefined();
    const codes = all.data.adminInstallations.nodes.map((node: { code: string }) => node.code);
    expect(codes).toEqual(expect.arrayContaining([mine.code, other.code]));

    const byState = await world.api.graphql<any>(LIST, { first: 100, filter: { stateId: offerSubstate.state.id } }, { cookie: world.cookies.admin });
    const stateNodes = byState.data.adminInstallations.nodes;
    expect(stateNodes.map((n: { code: string }) => n.code)).toContain(mine.code);
    expect(stateNodes.map((n: { code: string }) => n.code)).not.toContain(other.code);
    expect(stateNodes.find((n: { code: string }) => n.code === mine.code)).toMatchObject({
      accountName: world.account.name,
      substate: { internalName: 'Oferta compartida' },
      state: { id: offerSubstate.state.id },
    });

    const bySubstate = await world.api.graphql<any>(LIST, { first: 100, filter: { substateId: offerSubstate.id } }, { cookie: world.cookies.admin });
    expect(bySubstate.data.adminInstallations.nodes.every((n: { substate: { internalName: string } }) => n.substate.internalName === 'Oferta compartida')).toBe(true);

    const byAccount = await world.api.graphql<any>(LIST, { first: 100, filter: { search: world.otherAccount.name.toUpperCase() } }, { cookie: world.cookies.admin });
    expect(byAccount.data.adminInstallations.nodes.map((n: { code: string }) => n.code)).toEqual([other.code]);
    const byCode = await world.api.graphql<any>(LIST, { first: 100, filter: { search: mine.code.toLowerCase() } }, { cookie: world.cookies.admin });
    expect(byCode.data.adminInstallations.nodes.map((n: { code: string }) => n.code)).toEqual([mine.code]);

    // Pages follow each other without repeats.
    const first = await world.api.graphql<any>(LIST, { first: 1 }, { cookie: world.cookies.admin });
    const second = await world.api.graphql<any>(LIST, { first: 1, after: first.data.adminInstallations.pageInfo.endCursor }, { cookie: world.cookies.admin });
    expect(first.data.adminInstallations.pageInfo.hasNextPage).toBe(true);
    expect(second.errors).toBeUndefined();
    expect(second.data.adminInstallations.nodes[0].id).not.toBe(first.data.adminInstallations.nodes[0].id);
  });

  it('is FORBIDDEN to a customer, and so are the admin fields of an installation they can see', async () => {
    const installation = await createInstallation(world.em(), world.account);
    const list = await world.api.graphql<any>(LIST, { first: 10 }, { cookie: world.cookies.solar });
    expect(list.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const detail = await world.api.graphql<any>(`query ($id: ID!) { installation(id: $id) { code adminHistory { note } } }`, { id: installation.id }, { cookie: world.cookies.solar });
    expect(detail.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('moveInstallation by staff', () => {
  it('records who and the note, and e-mails the entered substate’s automatic action in the same transaction', async () => {
    const em = world.em();
    const installation = await createInstallation(em, world.account, 'Documentación del cliente');
    const visit = await defaultFlowSubstate(em, 'Visita técnica');
    em.create(EmailTemplate, {
      key: 'test-entered-substate',
      language: 'es',
      subject: 'Tu instalación |installation_code| avanza',
      body: 'Hola |client_name|: ahora está en «|substate_name|». Entra: |portal_link|',
    });
    em.create(AutomaticAction, { trigger: AutomaticTrigger.INSTALLATION_ENTERED_SUBSTATE, substate: visit.id, templateKey: 'test-entered-substate' });
    await em.flush();

    const moved = await world.api.graphql<any>(MOVE, { id: installation.id, to: visit.id, note: 'Cliente confirma por teléfono' }, { cookie: world.cookies.admin });
    expect(moved.errors).toBeUndefined();

    const outbox = await world.em().find(OutboxEmail, { templateKey: 'test-entered-substate' });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ to: world.account.billingEmail, subject: `Tu instalación ${installation.code} avanza` });
    expect(outboxBody(outbox[0]!).text).toContain('«Visita técnica»');

    const detail = await world.api.graphql<any>(DETAIL, { id: installation.id }, { cookie: world.cookies.admin });
    expect(detail.data.installation.substate.internalName).toBe('Visita técnica');
    expect(detail.data.installation.adminHistory.at(-1)).toEqual({
      kind: 'MOVED',
      fromSubstate: 'Documentación del cliente',
      toSubstate: 'Visita técnica',
      byName: world.users.admin.name,
      byEmail: world.users.admin.email,
      note: 'Cliente confirma por teléfono',
    });

    // Another substate: the action (narrowed to the visit) does not run.
    const offer = await defaultFlowSubstate(em, 'Oferta compartida');
    await world.api.graphql<any>(MOVE, { id: installation.id, to: offer.id }, { cookie: world.cookies.admin });
    expect(await world.em().count(OutboxEmail, { templateKey: 'test-entered-substate' })).toBe(1);
  });

  it('a failure needs no special call: moving into the failed ending keeps the note as the reason', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Firma de contrato');
    const failed = await defaultFlowSubstate(world.em(), 'No completada');
    const moved = await world.api.graphql<any>(MOVE, { id: installation.id, to: failed.id, note: 'La cubierta no soporta el peso' }, { cookie: world.cookies.admin });
    expect(moved.data.moveInstallation.failureReason).toBe('La cubierta no soporta el peso');
    expect((await world.em().findOneOrFail(Installation, installation.id)).failureReason).toBe('La cubierta no soporta el peso');
  });
});
