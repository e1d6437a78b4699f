import { describe, expect, it } from 'vitest';
import { createInstallation, defaultFlowSubstate } from '../../../test/factories.js';
import { useSolarWorld } from '../../../test/solar-world.js';
import { Flow } from './flow.entity.js';
import { Installation, InstallationTransition, TransitionKind } from './installation.entity.js';

const world = useSolarWorld();

const PROGRESS = /* GraphQL */ `
  query ($id: ID!) {
    installation(id: $id) {
      code
      restartAllowed
      progress {
        previousState { name { es } }
        currentState { name { es en } }
        nextState { name { es } }
        currentStep { id view action status name { es } }
        steps { name { es } status action }
        standing
      }
      history { kind from { es } to { es } by }
    }
  }
`;
const MOVE = /* GraphQL */ `mutation ($id: ID!, $to: ID!) { moveInstallation(id: $id, substateId: $to) { id } }`;
const RESTART = /* GraphQL */ `mutation ($id: ID!) { restartInstallation(id: $id) { id progress { currentStep { name { es } } } } }`;

describe('installation progress as the customer sees it', () => {
  it('shows previous, current and next visible states and skips hidden ones', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Oferta compartida');
    const body = await world.api.graphql<any>(PROGRESS, { id: installation.id }, { cookie: world.cookies.solar });
    const progress = body.data.installation.progress;
    expect(progress.previousState.name.es).toBe('Estudio técnico');
    expect(progress.currentState.name).toEqual({ es: 'Oferta', en: 'Offer' });
    expect(progress.nextState.name.es).toBe('Firma del contrato');
    expect(progress.currentStep).toMatchObject({ view: 'PARTICULAR', action: 'OFFER', status: 'CURRENT' });
    const names = progress.steps.map((step: { name: { es: string } }) => step.name.es);
    // Hidden substates (internal review, quality check) and the failure branch are not steps.
    expect(names).not.toContain('Revisión del estudio');
    expect(names).not.toContain('Control de calidad');
    expect(names).not.toContain('No se ha podido completar');
    expect(progress.steps.filter((s: { status: string }) => s.status === 'DONE').map((s: { name: { es: string } }) => s.name.es)).toEqual([
      'Solicitud recibida',
      'Documentación',
      'Dibuja tu tejado',
      'Visita técnica',
    ]);
  });

  it('in a hidden substate, shows the state it belongs to when that state is visible', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Revisión interna del estudio');
    const body = await world.api.graphql<any>(PROGRESS, { id: installation.id }, { cookie: world.cookies.solar });
    expect(body.data.installation.progress.currentState.name.es).toBe('Estudio técnico');
  });

  it('is out of scope for another customer and refused to a WEB_CLIENT-only user', async () => {
    const installation = await createInstallation(world.em(), world.account);
    const other = await world.api.graphql<any>(PROGRESS, { id: installation.id }, { cookie: world.cookies.otherSolar });
    expect(other.data.installation).toBeNull();
    expect(other.errors).toBeUndefined();
    const list = await world.api.graphql<any>('{ installations { id } }', undefined, { cookie: world.cookies.otherSolar });
    expect(list.data.installations.map((i: { id: string }) => i.id)).not.toContain(installation.id);

    const refused = await world.api.graphql<any>(PROGRESS, { id: installation.id }, { cookie: world.cookies.webClient });
    expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('where it came from, and whether it is finished', () => {
  const moveTo = async (installationId: string, substate: string) => {
    const target = await defaultFlowSubstate(world.em(), substate);
    const moved = await world.api.graphql<any>(MOVE, { id: installationId, to: target.id }, { cookie: world.cookies.admin });
    expect(moved.errors).toBeUndefined();
  };

  it('"previous step" is the state it was moved from (1 → 4 → 2 says 4), not the one before in the flow', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Registro recibido');
    await moveTo(installation.id, 'Firma de contrato'); // state 4: Firma del contrato
    await moveTo(installation.id, 'Dibujo de cubierta'); // state 2: Estudio técnico
    await moveTo(installation.id, 'Visita técnica'); // a move inside state 2 does not change where it came from
    const body = await world.api.graphql<any>(PROGRESS, { id: installation.id }, { cookie: world.cookies.solar });
    expect(body.data.installation.progress.currentState.name.es).toBe('Estudio técnico');
    expect(body.data.installation.progress.previousState.name.es).toBe('Firma del contrato');
  });

  it('moved straight to the failed ending, it came from the first state; after a restart, from the ending', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Registro recibido');
    await moveTo(installation.id, 'No completada');
    const failed = await world.api.graphql<any>(PROGRESS, { id: installation.id }, { cookie: world.cookies.solar });
    expect(failed.data.installation.progress.previousState.name.es).toBe('Alta del cliente');
    await world.api.graphql<any>(RESTART, { id: installation.id }, { cookie: world.cookies.solar });
    const restarted = await world.api.graphql<any>(PROGRESS, { id: installation.id }, { cookie: world.cookies.solar });
    expect(restarted.data.installation.progress.previousState.name.es).toBe('Finalizada');
  });

  it('an installation that started where it is has no previous step', async () => {
    const em = world.em();
    const installation = await createInstallation(em, world.account, 'Registro recibido');
    const first = await defaultFlowSubstate(em, 'Registro recibido');
    em.create(InstallationTransition, { installation: installation.id, toSubstate: first.id, kind: TransitionKind.CREATED, at: new Date() });
    await em.flush();
    await moveTo(installation.id, 'Documentación del cliente');
    const body = await world.api.graphql<any>(PROGRESS, { id: installation.id }, { cookie: world.cookies.solar });
    expect(body.data.installation.progress.previousState).toBeNull();
  });

  it('says a finished installation is finished, not the customer’s turn', async () => {
    const standing = async (substate: string) => {
      const installation = await createInstallation(world.em(), world.account, substate);
      const body = await world.api.graphql<any>(PROGRESS, { id: installation.id }, { cookie: world.cookies.solar });
      return body.data.installation.progress.standing;
    };
    expect(await standing('Finalizada con éxito')).toBe('COMPLETED');
    expect(await standing('No completada')).toBe('FAILED');
    expect(await standing('Oferta compartida')).toBe('CUSTOMER_TURN');
    expect(await standing('Instalando')).toBe('IN_PROGRESS');
  });
});

describe('moves and restarts', () => {
  it('an admin moves an installation within its flow, recorded in the history; a foreign substate is refused', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Registro recibido');
    const documents = await defaultFlowSubstate(world.em(), 'Documentación del cliente');
    const moved = await world.api.graphql<any>(MOVE, { id: installation.id, to: documents.id }, { cookie: world.cookies.admin });
    expect(moved.errors).toBeUndefined();

    const body = await world.api.graphql<any>(PROGRESS, { id: installation.id }, { cookie: world.cookies.solar });
    expect(body.data.installation.progress.currentStep.action).toBe('DOCUMENTS');
    expect(body.data.installation.history).toEqual([
      { kind: 'MOVED', from: { es: 'Solicitud recibida' }, to: { es: 'Documentación' }, by: expect.any(String) },
    ]);

    const foreign = await world.api.graphql<any>(MOVE, { id: installation.id, to: installation.id }, { cookie: world.cookies.admin });
    expect(foreign.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'substateId' });
    const byCustomer = await world.api.graphql<any>(MOVE, { id: installation.id, to: documents.id }, { cookie: world.cookies.solar });
    expect(byCustomer.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('a failed installation restarts at the first substate when the flow allows it, and only then', async () => {
    const installation = await createInstallation(world.em(), world.account, 'No completada');
    const before = await world.api.graphql<any>(PROGRESS, { id: installation.id }, { cookie: world.cookies.solar });
    expect(before.data.installation.restartAllowed).toBe(true);

    const restarted = await world.api.graphql<any>(RESTART, { id: installation.id }, { cookie: world.cookies.solar });
    expect(restarted.data.restartInstallation.progress.currentStep.name.es).toBe('Solicitud recibida');
    const transitions = await world.em().find(InstallationTransition, { installation: installation.id });
    expect(transitions.map((t) => t.kind)).toEqual(['RESTARTED']);

    // Not failed any more: a second restart is refused and changes nothing.
    const again = await world.api.graphql<any>(RESTART, { id: installation.id }, { cookie: world.cookies.solar });
    expect(again.errors![0]!.extensions!.code).toBe('RESTART_NOT_ALLOWED');
    expect(await world.em().count(InstallationTransition, { installation: installation.id })).toBe(1);
  });

  it('the flow setting forbids restarts', async () => {
    const installation = await createInstallation(world.em(), world.account, 'No completada');
    const fork = world.em();
    const flow = await fork.findOneOrFail(Flow, { id: (await fork.findOneOrFail(Installation, installation.id)).flow.id });
    flow.restartAllowed = false;
    await fork.flush();
    try {
      const refused = await world.api.graphql<any>(RESTART, { id: installation.id }, { cookie: world.cookies.solar });
      expect(refused.errors![0]!.extensions!.code).toBe('RESTART_NOT_ALLOWED');
      const body = await world.api.graphql<any>(PROGRESS, { id: installation.id }, { cookie: world.cookies.solar });
      expect(body.data.installation.restartAllowed).toBe(false);
      expect(body.data.installation.progress.currentStep.action).toBe('FINALIZATION_FAILED');
    } finally {
      flow.restartAllowed = true;
      await fork.flush();
    }
  });
});

describe('admin view of the flows and failure reasons', () => {
  const FLOWS = /* GraphQL */ `{ flows { name restartAllowed states { position internalName portalVisible substates { id position internalName action } } } }`;
  const MOVE_WITH_NOTE = /* GraphQL */ `mutation ($id: ID!, $to: ID!, $note: String) { moveInstallation(id: $id, substateId: $to, note: $note) { failureReason } }`;

  it('lists the flows with states and substates in order, to admins only', async () => {
    const admin = await world.api.graphql<any>(FLOWS, undefined, { cookie: world.cookies.admin });
    const flow = admin.data.flows.find((f: { name: string }) => f.name === 'Autoconsumo residencial');
    expect(flow.states.map((s: { position: number }) => s.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(flow.states[1].substates.map((s: { internalName: string }) => s.internalName)).toEqual([
      'Dibujo de cubierta',
      'Visita técnica',
      'Revisión interna del estudio',
    ]);
    const customer = await world.api.graphql<any>(FLOWS, undefined, { cookie: world.cookies.solar });
    expect(customer.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('moving into a failed ending makes the note the reason the customer reads; leaving it clears it', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Instalando');
    const failed = await defaultFlowSubstate(world.em(), 'No completada');
    const moved = await world.api.graphql<any>(MOVE_WITH_NOTE, { id: installation.id, to: failed.id, note: 'El tejado no soporta el peso.' }, { cookie: world.cookies.admin });
    expect(moved.data.moveInstallation.failureReason).toBe('El tejado no soporta el peso.');
    const seen = await world.api.graphql<any>('query ($id: ID!) { installation(id: $id) { failureReason } }', { id: installation.id }, { cookie: world.cookies.solar });
    expect(seen.data.installation.failureReason).toBe('El tejado no soporta el peso.');

    const back = await defaultFlowSubstate(world.em(), 'Instalando');
    const cleared = await world.api.graphql<any>(MOVE_WITH_NOTE, { id: installation.id, to: back.id, note: 'Reforzado' }, { cookie: world.cookies.admin });
    expect(cleared.data.moveInstallation.failureReason).toBeNull();
  });
});
