import { describe, expect, it } from 'vitest';
import { createInstallation, defaultFlowSubstate } from '../../../test/factories.js';
import { useSolarWorld } from '../../../test/solar-world.js';
import { Flow, FlowState, FlowSubstate, PortalView } from './flow.entity.js';
import { Installation, InstallationTransition, TransitionKind } from './installation.entity.js';

const world = useSolarWorld();

const FLOW_TREE = /* GraphQL */ `
  query ($id: ID!) {
    flow(id: $id) {
      id name restartAllowed
      states { id position internalName substates { id position internalName installationCount } }
    }
  }
`;
const UPDATE_SUBSTATE = /* GraphQL */ `
  mutation ($id: ID!, $input: FlowSubstateInput!) {
    updateFlowSubstate(id: $id, input: $input) { id internalName portalName { es en } portalDescription { es en } portalVisible view action }
  }
`;
const CREATE_SUBSTATE = /* GraphQL */ `
  mutation ($stateId: ID!, $input: FlowSubstateInput!, $position: Int) {
    createFlowSubstate(stateId: $stateId, input: $input, position: $position) { id position }
  }
`;
const CREATE_STATE = /* GraphQL */ `
  mutation ($flowId: ID!, $input: FlowStateInput!, $position: Int) {
    createFlowState(flowId: $flowId, input: $input, position: $position) { id position }
  }
`;
const MOVE_STATE = /* GraphQL */ `mutation ($id: ID!, $position: Int!) { moveFlowState(id: $id, position: $position) { id } }`;
const MOVE_SUBSTATE = /* GraphQL */ `mutation ($id: ID!, $stateId: ID, $position: Int!) { moveFlowSubstate(id: $id, stateId: $stateId, position: $position) { id } }`;
const DELETE_SUBSTATE = /* GraphQL */ `mutation ($id: ID!) { deleteFlowSubstate(id: $id) { id } }`;
const DELETE_STATE = /* GraphQL */ `mutation ($id: ID!) { deleteFlowState(id: $id) { id } }`;
const UPDATE_FLOW = /* GraphQL */ `mutation ($id: ID!, $input: FlowInput!) { updateFlow(id: $id, input: $input) { name restartAllowed } }`;
const PROGRESS = /* GraphQL */ `
  query ($id: ID!) { installation(id: $id) { progress { currentStep { name { es en } description { es } action } steps { name { es } } } } }
`;

type Tree = { id: string; name: string; restartAllowed: boolean; states: { id: string; position: number; internalName: string; substates: { id: string; position: number; internalName: string; installationCount: number }[] }[] };

const substateInput = (fields: Record<string, unknown> = {}) => ({
  internalName: 'Paso nuevo',
  portalName: { es: 'Paso nuevo', en: 'New step' },
  portalDescription: { es: 'Descripción', en: 'Description' },
  portalVisible: true,
  view: 'GENERAL',
  action: null,
  ...fields,
});

let flowCount = 0;
/** A flow of its own (states A, B, C with substates A1 A2 / B1 B2 B3 / C1), so tests do not disturb each other. */
async function newFlow(): Promise<Flow> {
  const em = world.em();
  const flow = em.create(Flow, { name: `Flujo de prueba ${++flowCount}`, restartAllowed: true });
  const shape: [string, number][] = [['A', 2], ['B', 3], ['C', 1]];
  shape.forEach(([name, count], position) => {
    const state = em.create(FlowState, { flow, position, internalName: name, portalName: { es: name, en: name }, portalDescription: { es: '', en: '' } });
    for (let i = 0; i < count; i++) {
      const label = `${name}${i + 1}`;
      em.create(FlowSubstate, { state, position: i, internalName: label, portalName: { es: label, en: label }, portalDescription: { es: '', en: '' }, view: PortalView.GENERAL });
    }
  });
  await em.flush();
  return flow;
}

async function tree(flowId: string): Promise<Tree> {
  const body = await world.api.graphql<any>(FLOW_TREE, { id: flowId }, { cookie: world.cookies.admin });
  expect(body.errors).toBeUndefined();
  return body.data.flow;
}

const shape = (flow: Tree) => flow.states.map((state) => `${state.internalName}:${state.substates.map((s) => s.internalName).join(',')}`);
const positionsOk = (flow: Tree) =>
  flow.states.every((state, i) => state.position === i && state.substates.every((substate, j) => substate.position === j));

async function admin(query: string, variables: Record<string, unknown>) {
  return world.api.graphql<any>(query, variables, { cookie: world.cookies.admin });
}

function substateId(flow: Tree, internalName: string): string {
  return flow.states.flatMap((s) => s.substates).find((s) => s.internalName === internalName)!.id;
}

async function putInstallation(flowId: string, substateName: string): Promise<Installation> {
  const em = world.em();
  const substate = await em.findOneOrFail(FlowSubstate, { internalName: substateName, state: { flow: flowId } });
  const installation = em.create(Installation, { code: `FV-EDIT-${++flowCount}`, account: world.account, flow: flowId, substate, address: 'Calle Mayor 1' });
  await em.flush();
  return installation;
}

describe('editing substates applies to installations at once', () => {
  it("renaming a substate's portal name shows in the customer's progress on the next request", async () => {
    const installation = await createInstallation(world.em(), world.account, 'Documentación del cliente');
    const substate = await defaultFlowSubstate(world.em(), 'Documentación del cliente');
    const saved = await admin(UPDATE_SUBSTATE, {
      id: substate.id,
      input: substateInput({
        internalName: 'Documentación del cliente',
        portalName: { es: '  Sube tus documentos ', en: '' },
        portalDescription: { es: 'DNI y factura.', en: 'ID and a bill.' },
        view: 'PARTICULAR',
        action: 'DOCUMENTS',
      }),
    });
    expect(saved.errors).toBeUndefined();
    // Trimmed; a blank English name falls back to the Spanish one.
    expect(saved.data.updateFlowSubstate.portalName).toEqual({ es: 'Sube tus documentos', en: 'Sube tus documentos' });

    const body = await world.api.graphql<any>(PROGRESS, { id: installation.id }, { cookie: world.cookies.solar });
    expect(body.data.installation.progress.currentStep).toEqual({
      name: { es: 'Sube tus documentos', en: 'Sube tus documentos' },
      description: { es: 'DNI y factura.' },
      action: 'DOCUMENTS',
    });
  });

  it('refuses bad input naming the field', async () => {
    const flow = await tree((await newFlow()).id);
    const id = substateId(flow, 'A1');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ internalName: '   ' }, 'input.internalName', 'REQUIRED'],
      [{ portalName: { es: '', en: 'Only English' } }, 'input.portalName.es', 'REQUIRED'],
      [{ portalName: { es: 'x'.repeat(121), en: '' } }, 'input.portalName.es', 'TOO_LONG'],
      [{ view: 'GENERAL', action: 'OFFER' }, 'input.action', 'NOT_ALLOWED_FOR_GENERAL'],
      [{ view: 'PARTICULAR', action: null }, 'input.action', 'REQUIRED'],
    ];
    for (const [fields, argument, reason] of cases) {
      const body = await admin(UPDATE_SUBSTATE, { id, input: substateInput(fields) });
      expect(body.errors?.[0]?.extensions, argument).toMatchObject({ code: 'BAD_USER_INPUT', argument, reason });
    }
    const unknownAction = await admin(UPDATE_SUBSTATE, { id, input: substateInput({ view: 'PARTICULAR', action: 'DANCE' }) });
    expect(unknownAction.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Nothing was saved.
    const stored = await world.em().findOneOrFail(FlowSubstate, { id });
    expect(stored.internalName).toBe('A1');

    const state = await admin(CREATE_STATE, { flowId: flow.id, input: { internalName: '', portalName: { es: 'Nuevo' } } });
    expect(state.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.internalName' });
  });
});

describe('adding and moving steps keeps positions contiguous', () => {
  it('creates states and substates at a position or last', async () => {
    const flow = await newFlow();
    const first = await admin(CREATE_STATE, { flowId: flow.id, input: { internalName: 'Z', portalName: { es: 'Z' } }, position: 0 });
    expect(first.data.createFlowState.position).toBe(0);
    const last = await admin(CREATE_STATE, { flowId: flow.id, input: { internalName: 'Y', portalName: { es: 'Y' } } });
    expect(last.data.createFlowState.position).toBe(4);
    const bad = await admin(CREATE_STATE, { flowId: flow.id, input: { internalName: 'X', portalName: { es: 'X' } }, position: 9 });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'position' });

    const created = await admin(CREATE_SUBSTATE, {
      stateId: first.data.createFlowState.id,
      input: substateInput({ internalName: 'Z1', view: 'PARTICULAR', action: 'OFFER' }),
    });
    expect(created.errors).toBeUndefined();
    const b = (await tree(flow.id)).states.find((s) => s.internalName === 'B')!;
    await admin(CREATE_SUBSTATE, { stateId: b.id, input: substateInput({ internalName: 'B0' }), position: 0 });

    const after = await tree(flow.id);
    expect(shape(after)).toEqual(['Z:Z1', 'A:A1,A2', 'B:B0,B1,B2,B3', 'C:C1', 'Y:']);
    expect(positionsOk(after)).toBe(true);
  });

  it('moves states and substates, within a state and to another state of the same flow', async () => {
    const flow = await tree((await newFlow()).id);
    const [a, b, c] = flow.states;
    expect((await admin(MOVE_STATE, { id: c!.id, position: 0 })).errors).toBeUndefined();
    expect((await admin(MOVE_SUBSTATE, { id: substateId(flow, 'B3'), position: 0 })).errors).toBeUndefined();
    expect((await admin(MOVE_SUBSTATE, { id: substateId(flow, 'A1'), stateId: b!.id, position: 3 })).errors).toBeUndefined();
    expect((await admin(MOVE_SUBSTATE, { id: substateId(flow, 'C1'), stateId: a!.id, position: 0 })).errors).toBeUndefined();

    const after = await tree(flow.id);
    expect(shape(after)).toEqual(['C:', 'A:C1,A2', 'B:B3,B1,B2,A1']);
    expect(positionsOk(after)).toBe(true);

    const outOfRange = await admin(MOVE_STATE, { id: a!.id, position: 3 });
    expect(outOfRange.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'position' });
    const other = await tree((await newFlow()).id);
    const foreign = await admin(MOVE_SUBSTATE, { id: substateId(after, 'A2'), stateId: other.states[0]!.id, position: 0 });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'stateId' });
    expect(shape(await tree(flow.id))).toEqual(['C:', 'A:C1,A2', 'B:B3,B1,B2,A1']);
  });

  it('an installation stays in its substate when the substate moves, and its progress follows the new order', async () => {
    const flow = await tree((await newFlow()).id);
    const installation = await putInstallation(flow.id, 'B2');
    await admin(MOVE_SUBSTATE, { id: substateId(flow, 'B2'), stateId: flow.states[0]!.id, position: 0 });
    const body = await world.api.graphql<any>(PROGRESS, { id: installation.id }, { cookie: world.cookies.solar });
    expect(body.errors).toBeUndefined();
    expect(body.data.installation.progress.steps.map((s: { name: { es: string } }) => s.name.es)).toEqual(['B2', 'A1', 'A2', 'B1', 'B3', 'C1']);
    expect(body.data.installation.progress.currentStep.name.es).toBe('B2');
  });
});

describe('deleting steps', () => {
  it('refuses to delete a substate installations are in, saying how many', async () => {
    const flow = await tree((await newFlow()).id);
    await putInstallation(flow.id, 'B1');
    await putInstallation(flow.id, 'B1');
    await putInstallation(flow.id, 'B1');
    const counted = await tree(flow.id);
    expect(counted.states[1]!.substates[0]!.installationCount).toBe(3);

    const refused = await admin(DELETE_SUBSTATE, { id: substateId(flow, 'B1') });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FLOW_STEP_IN_USE', installations: 3, kind: 'substate' });
    expect(refused.errors?.[0]?.message).toBe('3 installations are in this substate; move them before deleting it.');
    const state = await admin(DELETE_STATE, { id: flow.states[1]!.id });
    expect(state.errors?.[0]?.extensions).toMatchObject({ code: 'FLOW_STEP_IN_USE', installations: 3, kind: 'state' });
    expect(shape(await tree(flow.id))).toEqual(['A:A1,A2', 'B:B1,B2,B3', 'C:C1']);
  });

  it('refuses to delete a substate an installation went through (its history needs it)', async () => {
    const flow = await tree((await newFlow()).id);
    const installation = await putInstallation(flow.id, 'A2');
    const em = world.em();
    em.create(InstallationTransition, { installation: installation.id, fromSubstate: null, toSubstate: substateId(flow, 'A1'), kind: TransitionKind.CREATED, at: new Date(), byUser: null, note: null });
    await em.flush();
    const refused = await admin(DELETE_SUBSTATE, { id: substateId(flow, 'A1') });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FLOW_STEP_IN_HISTORY', installations: 1 });
  });

  it('deletes unused substates and states, renumbering the rest; the last substate of a flow stays', async () => {
    const flow = await tree((await newFlow()).id);
    expect((await admin(DELETE_SUBSTATE, { id: substateId(flow, 'B2') })).errors).toBeUndefined();
    expect((await admin(DELETE_STATE, { id: flow.states[0]!.id })).errors).toBeUndefined();
    const after = await tree(flow.id);
    expect(shape(after)).toEqual(['B:B1,B3', 'C:C1']);
    expect(positionsOk(after)).toBe(true);

    await admin(DELETE_STATE, { id: after.states[0]!.id });
    const last = await admin(DELETE_SUBSTATE, { id: substateId(after, 'C1') });
    expect(last.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LAST_SUBSTATE' });
    expect(shape(await tree(flow.id))).toEqual(['C:C1']);
  });
});

describe('flow settings and permissions', () => {
  it('renames a flow and sets restarts; a taken name is refused at input.name', async () => {
    const flow = await newFlow();
    const other = await newFlow();
    const saved = await admin(UPDATE_FLOW, { id: flow.id, input: { name: ' Autoconsumo industrial ', restartAllowed: false } });
    expect(saved.data.updateFlow).toEqual({ name: 'Autoconsumo industrial', restartAllowed: false });
    const taken = await admin(UPDATE_FLOW, { id: other.id, input: { name: 'Autoconsumo industrial', restartAllowed: true } });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.name', reason: 'TAKEN' });
    const empty = await admin(UPDATE_FLOW, { id: other.id, input: { name: ' ', restartAllowed: true } });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.name', reason: 'REQUIRED' });
  });

  it('refuses every flow editor operation to a customer', async () => {
    const flow = await tree((await newFlow()).id);
    const sub = substateId(flow, 'A1');
    const state = flow.states[0]!.id;
    const calls: [string, Record<string, unknown>][] = [
      [FLOW_TREE, { id: flow.id }],
      [UPDATE_FLOW, { id: flow.id, input: { name: 'x', restartAllowed: true } }],
      [CREATE_STATE, { flowId: flow.id, input: { internalName: 'x', portalName: { es: 'x' } } }],
      [`mutation ($id: ID!) { updateFlowState(id: $id, input: { internalName: "x", portalName: { es: "x" } }) { id } }`, { id: state }],
      [MOVE_STATE, { id: state, position: 1 }],
      [DELETE_STATE, { id: state }],
      [CREATE_SUBSTATE, { stateId: state, input: substateInput() }],
      [UPDATE_SUBSTATE, { id: sub, input: substateInput() }],
      [MOVE_SUBSTATE, { id: sub, position: 1 }],
      [DELETE_SUBSTATE, { id: sub }],
    ];
    for (const [query, variables] of calls) {
      const body = await world.api.graphql<any>(query, variables, { cookie: world.cookies.solar });
      expect(body.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
    }
    expect(shape(await tree(flow.id))).toEqual(['A:A1,A2', 'B:B1,B2,B3', 'C:C1']);
    expect((await world.em().findOneOrFail(Flow, flow.id)).name).toBe(flow.name);
  });
});
