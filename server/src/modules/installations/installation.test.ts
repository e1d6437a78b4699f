import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInCookie, startTestApi, type TestApi } from '../../../test/api.js';
import { createTestDatabase, type TestDatabase } from '../../../test/database.js';
import { createAccount, createAdmin, createInstallation, createUser, defaultFlowSubstate } from '../../../test/factories.js';
import { ALL_ROWS, scopedEntityManager } from '../../core/permissions/row-scope.js';
import { FiscalIdKind, type CustomerAccount } from '../customers/customer-account.entity.js';
import { Flow } from './flow.entity.js';
import { Installation, InstallationTransition } from './installation.entity.js';

let db: TestDatabase;
let api: TestApi;
let account: CustomerAccount;
let solarCookie: string;
let otherSolarCookie: string;
let webClientCookie: string;
let adminCookie: string;
const em = () => scopedEntityManager(db.orm.em, ALL_ROWS);

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startTestApi(db.orm);
  const fork = em();
  account = await createAccount(fork);
  const other = await createAccount(fork);
  const solar = (a: CustomerAccount, userTypes: ('SOLAR_CLIENT' | 'WEB_CLIENT')[]) =>
    createUser(fork, { userTypes, personalFiscalId: a.fiscalId, personalFiscalIdKind: FiscalIdKind.DNI });
  solarCookie = await signInCookie(db.orm, await solar(account, ['SOLAR_CLIENT']));
  otherSolarCookie = await signInCookie(db.orm, await solar(other, ['SOLAR_CLIENT']));
  webClientCookie = await signInCookie(db.orm, await solar(account, ['WEB_CLIENT']));
  adminCookie = await signInCookie(db.orm, await createAdmin(fork));
});

afterAll(async () => {
  await api?.stop();
  await db?.drop();
});

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
      }
      history { kind from { es } to { es } by }
    }
  }
`;
const MOVE = /* GraphQL */ `mutation ($id: ID!, $to: ID!) { moveInstallation(id: $id, substateId: $to) { id } }`;
const RESTART = /* GraphQL */ `mutation ($id: ID!) { restartInstallation(id: $id) { id progress { currentStep { name { es } } } } }`;

describe('installation progress as the customer sees it', () => {
  it('shows previous, current and next visible states and skips hidden ones', async () => {
    const installation = await createInstallation(em(), account, 'Oferta compartida');
    const body = await api.graphql<any>(PROGRESS, { id: installation.id }, { cookie: solarCookie });
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
    const installation = await createInstallation(em(), account, 'Revisión interna del estudio');
    const body = await api.graphql<any>(PROGRESS, { id: installation.id }, { cookie: solarCookie });
    expect(body.data.installation.progress.currentState.name.es).toBe('Estudio técnico');
  });

  it('is out of scope for another customer and refused to a WEB_CLIENT-only user', async () => {
    const installation = await createInstallation(em(), account);
    const other = await api.graphql<any>(PROGRESS, { id: installation.id }, { cookie: otherSolarCookie });
    expect(other.data.installation).toBeNull();
    expect(other.errors).toBeUndefined();
    const list = await api.graphql<any>('{ installations { id } }', undefined, { cookie: otherSolarCookie });
    expect(list.data.installations.map((i: { id: string }) => i.id)).not.toContain(installation.id);

    const refused = await api.graphql<any>(PROGRESS, { id: installation.id }, { cookie: webClientCookie });
    expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('moves and restarts', () => {
  it('an admin moves an installation within its flow, recorded in the history; a foreign substate is refused', async () => {
    const installation = await createInstallation(em(), account, 'Registro recibido');
    const documents = await defaultFlowSubstate(em(), 'Documentación del cliente');
    const moved = await api.graphql<any>(MOVE, { id: installation.id, to: documents.id }, { cookie: adminCookie });
    expect(moved.errors).toBeUndefined();

    const body = await api.graphql<any>(PROGRESS, { id: installation.id }, { cookie: solarCookie });
    expect(body.data.installation.progress.currentStep.action).toBe('DOCUMENTS');
    expect(body.data.installation.history).toEqual([
      { kind: 'MOVED', from: { es: 'Solicitud recibida' }, to: { es: 'Documentación' }, by: expect.any(String) },
    ]);

    const foreign = await api.graphql<any>(MOVE, { id: installation.id, to: installation.id }, { cookie: adminCookie });
    expect(foreign.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'substateId' });
    const byCustomer = await api.graphql<any>(MOVE, { id: installation.id, to: documents.id }, { cookie: solarCookie });
    expect(byCustomer.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('a failed installation restarts at the first substate when the flow allows it, and only then', async () => {
    const installation = await createInstallation(em(), account, 'No completada');
    const before = await api.graphql<any>(PROGRESS, { id: installation.id }, { cookie: solarCookie });
    expect(before.data.installation.restartAllowed).toBe(true);

    const restarted = await api.graphql<any>(RESTART, { id: installation.id }, { cookie: solarCookie });
    expect(restarted.data.restartInstallation.progress.currentStep.name.es).toBe('Solicitud recibida');
    const transitions = await em().find(InstallationTransition, { installation: installation.id });
    expect(transitions.map((t) => t.kind)).toEqual(['RESTARTED']);

    // Not failed any more: a second restart is refused and changes nothing.
    const again = await api.graphql<any>(RESTART, { id: installation.id }, { cookie: solarCookie });
    expect(again.errors![0]!.extensions!.code).toBe('RESTART_NOT_ALLOWED');
    expect(await em().count(InstallationTransition, { installation: installation.id })).toBe(1);
  });

  it('the flow setting forbids restarts', async () => {
    const installation = await createInstallation(em(), account, 'No completada');
    const fork = em();
    const flow = await fork.findOneOrFail(Flow, { id: (await fork.findOneOrFail(Installation, installation.id)).flow.id });
    flow.restartAllowed = false;
    await fork.flush();
    try {
      const refused = await api.graphql<any>(RESTART, { id: installation.id }, { cookie: solarCookie });
      expect(refused.errors![0]!.extensions!.code).toBe('RESTART_NOT_ALLOWED');
      const body = await api.graphql<any>(PROGRESS, { id: installation.id }, { cookie: solarCookie });
      expect(body.data.installation.restartAllowed).toBe(false);
      expect(body.data.installation.progress.currentStep.action).toBe('FINALIZATION_FAILED');
    } finally {
      flow.restartAllowed = true;
      await fork.flush();
    }
  });
});
