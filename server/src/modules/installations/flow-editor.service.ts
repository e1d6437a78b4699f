import { ForeignKeyConstraintViolationException, LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, invalidInput, notFound } from '../../core/errors.js';
import { translationsOf } from '../../core/i18n/translations.js';
import { Flow, FlowState, FlowSubstate, PortalView, type LocalizedText } from './flow.entity.js';
import type { FlowInput, FlowStateInput, FlowSubstateInput } from './flow-editor.inputs.js';
import { Installation, InstallationTransition } from './installation.entity.js';

// The flow editor (admin). Flows are configuration read live by every installation's progress
// (loadFlowTree on each request), so an edit shows in the customer portal on the next request.
// Every change locks the flow row first, so concurrent edits of one flow run one after the other
// and positions stay 0..n-1 without gaps or duplicates.

export const FlowEditorErrorCode = {
  /** Installations are in the substate (or in a substate of the state): move them first. */
  FLOW_STEP_IN_USE: 'FLOW_STEP_IN_USE',
  /** Installations went through it: their history needs it; hide it instead. */
  FLOW_STEP_IN_HISTORY: 'FLOW_STEP_IN_HISTORY',
} as const;

export function flowStepInUse(installations: number, kind: 'substate' | 'state'): DomainError {
  const where = kind === 'substate' ? 'this substate' : "this state's substates";
  return new DomainError(
    FlowEditorErrorCode.FLOW_STEP_IN_USE,
    `${installations} installation${installations === 1 ? ' is' : 's are'} in ${where}; move ${installations === 1 ? 'it' : 'them'} before deleting it.`,
    { installations, kind },
  );
}

/** `installations` null: some other record refers to the step. */
export function flowStepInHistory(installations: number | null, kind: 'substate' | 'state'): DomainError {
  const who = installations === null ? 'Other records refer' : `${installations} installation${installations === 1 ? ' went' : 's went'} through it and their history refers`;
  return new DomainError(FlowEditorErrorCode.FLOW_STEP_IN_HISTORY, `${who} to this ${kind}; hide it from the portal instead of deleting it.`, {
    installations,
    kind,
  });
}

const MAX_INTERNAL_NAME = 255;
const MAX_PORTAL_NAME = 120;
const MAX_DESCRIPTION = 2000;

function requiredText(argument: string, value: string, max: number): string {
  const text = value.trim();
  if (!text) throw invalidInput(argument, 'REQUIRED', 'is required');
  if (text.length > max) throw invalidInput(argument, 'TOO_LONG', `is longer than ${max} characters`);
  return text;
}

function optionalText(argument: string, value: string | null | undefined, max: number): string {
  const text = (value ?? '').trim();
  if (text.length > max) throw invalidInput(argument, 'TOO_LONG', `is longer than ${max} characters`);
  return text;
}

type StepFields = { internalName: string; portalName: LocalizedText; portalDescription: LocalizedText; portalVisible: boolean };

function parseStep(input: FlowStateInput): StepFields {
  const es = requiredText('input.portalName.es', input.portalName.es, MAX_PORTAL_NAME);
  const en = optionalText('input.portalName.en', input.portalName.en, MAX_PORTAL_NAME) || es;
  const description = input.portalDescription ?? { es: '', en: '' };
  const descriptionEs = optionalText('input.portalDescription.es', description.es, MAX_DESCRIPTION);
  const descriptionEn = optionalText('input.portalDescription.en', description.en, MAX_DESCRIPTION) || descriptionEs;
  return {
    internalName: requiredText('input.internalName', input.internalName, MAX_INTERNAL_NAME),
    portalName: { es, en },
    portalDescription: { es: descriptionEs, en: descriptionEn },
    portalVisible: input.portalVisible ?? true,
  };
}

function parseSubstate(input: FlowSubstateInput): StepFields & Pick<FlowSubstate, 'view' | 'action'> {
  const fields = parseStep(input);
  const action = input.action ?? null;
  if (input.view === PortalView.GENERAL && action !== null) {
    throw invalidInput('input.action', 'NOT_ALLOWED_FOR_GENERAL', 'a GENERAL view has no action; choose PARTICULAR or no action');
  }
  if (input.view === PortalView.PARTICULAR && action === null) {
    throw invalidInput('input.action', 'REQUIRED', 'a PARTICULAR view needs an action');
  }
  return { ...fields, view: input.view, action };
}

function parsePosition(argument: string, position: number, size: number): number {
  if (!Number.isInteger(position) || position < 0 || position >= size) {
    throw invalidInput(argument, 'OUT_OF_RANGE', `must be between 0 and ${size - 1}`);
  }
  return position;
}

/** Positions 0..n-1 in the list's order. */
function renumber(steps: { position: number }[]): void {
  steps.forEach((step, index) => {
    if (step.position !== index) step.position = index;
  });
}

/** `list` with `item` taken out and put back at `position`. */
function placed<T>(list: T[], item: T, position: number): T[] {
  const rest = list.filter((entry) => entry !== item);
  rest.splice(position, 0, item);
  return rest;
}

/**
 * A new step among `siblings`: `create` makes it last (at the position it is given), then it is
 * moved to `position` (default: last; checked before anything is created).
 */
function addedAt<Step extends { position: number }>(siblings: Step[], position: number | null | undefined, create: (last: number) => Step): Step {
  const at = position == null ? siblings.length : parsePosition('position', position, siblings.length + 1);
  const step = create(siblings.length);
  renumber(placed([...siblings, step], step, at));
  return step;
}

async function lockFlow(tx: EntityManager, flowId: string): Promise<Flow> {
  return tx.findOneOrFail(Flow, { id: flowId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

async function statesOf(tx: EntityManager, flowId: string): Promise<FlowState[]> {
  return tx.find(FlowState, { flow: flowId }, { orderBy: { position: 'asc', id: 'asc' }, refresh: true });
}

async function substatesOf(tx: EntityManager, stateId: string): Promise<FlowSubstate[]> {
  return tx.find(FlowSubstate, { state: stateId }, { orderBy: { position: 'asc', id: 'asc' }, refresh: true });
}

/** The state `id` names and its flow, locked; NOT_FOUND at `argument` otherwise. */
async function lockedState(tx: EntityManager, argument: string, id: string): Promise<FlowState> {
  const found = await tx.findOne(FlowState, { id });
  if (!found) throw notFound(argument, 'No such flow state.');
  await lockFlow(tx, found.flow.id);
  return tx.findOneOrFail(FlowState, { id }, { refresh: true });
}

async function lockedSubstate(tx: EntityManager, argument: string, id: string): Promise<FlowSubstate> {
  const found = await tx.findOne(FlowSubstate, { id }, { populate: ['state'] });
  if (!found) throw notFound(argument, 'No such flow substate.');
  await lockFlow(tx, found.state.getEntity().flow.id);
  return tx.findOneOrFail(FlowSubstate, { id }, { populate: ['state'], refresh: true });
}

/** Installations sitting in these substates now, and transitions into them (their history). */
async function usage(tx: EntityManager, substateIds: string[]): Promise<{ current: number; history: number }> {
  if (substateIds.length === 0) return { current: 0, history: 0 };
  const current = await tx.count(Installation, { substate: { $in: substateIds } });
  const throughThem = await tx.find(InstallationTransition, { toSubstate: { $in: substateIds } }, { fields: ['installation'] });
  return { current, history: new Set(throughThem.map((transition) => transition.installation.id)).size };
}

async function flushOrInUse(tx: EntityManager, kind: 'substate' | 'state'): Promise<void> {
  try {
    await tx.flush();
  } catch (error) {
    // Another table refers to the step (a row this module does not know about): refuse, as in use.
    if (error instanceof ForeignKeyConstraintViolationException) throw flowStepInHistory(null, kind);
    throw error;
  }
}

export async function findFlow(em: EntityManager, argument: string, id: string): Promise<Flow> {
  const flow = await em.findOne(Flow, { id });
  if (!flow) throw notFound(argument, 'No such flow.');
  return flow;
}

/** Renames the flow and sets whether failed installations may restart. */
export async function updateFlow(em: EntityManager, id: string, input: FlowInput): Promise<Flow> {
  const name = requiredText('input.name', input.name, 255);
  const nameTranslations = translationsOf(optionalText('input.nameEn', input.nameEn, 255));
  try {
    return await em.transactional(async (tx) => {
      await findFlow(tx, 'id', id);
      const flow = await lockFlow(tx, id);
      const taken = await tx.count(Flow, { name, id: { $ne: id } });
      if (taken > 0) throw invalidInput('input.name', 'TAKEN', 'another flow has this name');
      flow.name = name;
      flow.nameTranslations = nameTranslations;
      flow.restartAllowed = input.restartAllowed;
      return flow;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw invalidInput('input.name', 'TAKEN', 'another flow has this name');
    throw error;
  }
}

/** A new state at `position` (default: last). */
export async function createFlowState(em: EntityManager, flowId: string, input: FlowStateInput, position?: number | null): Promise<FlowState> {
  const fields = parseStep(input);
  return em.transactional(async (tx) => {
    await findFlow(tx, 'flowId', flowId);
    const flow = await lockFlow(tx, flowId);
    const states = await statesOf(tx, flowId);
    return addedAt(states, position, (last) => tx.create(FlowState, { ...fields, flow, position: last }));
  });
}

export async function updateFlowState(em: EntityManager, id: string, input: FlowStateInput): Promise<FlowState> {
  const fields = parseStep(input);
  return em.transactional(async (tx) => {
    const state = await lockedState(tx, 'id', id);
    tx.assign(state, fields);
    return state;
  });
}

/** Moves a state to `position` among its flow's states. Returns the flow. */
export async function moveFlowState(em: EntityManager, id: string, position: number): Promise<Flow> {
  return em.transactional(async (tx) => {
    const state = await lockedState(tx, 'id', id);
    const states = await statesOf(tx, state.flow.id);
    renumber(placed(states, state, parsePosition('position', position, states.length)));
    return tx.findOneOrFail(Flow, { id: state.flow.id });
  });
}

/**
 * Deletes a state and its substates, refused while installations are in any of them or their
 * history went through them. The flow keeps at least one substate. Returns the flow.
 */
export async function deleteFlowState(em: EntityManager, id: string): Promise<Flow> {
  return em.transactional(async (tx) => {
    const state = await lockedState(tx, 'id', id);
    const flowId = state.flow.id;
    const substates = await substatesOf(tx, state.id);
    const used = await usage(tx, substates.map((substate) => substate.id));
    if (used.current > 0) throw flowStepInUse(used.current, 'state');
    if (used.history > 0) throw flowStepInHistory(used.history, 'state');
    const left = await tx.count(FlowSubstate, { state: { flow: flowId, id: { $ne: state.id } } });
    if (left === 0 && substates.length > 0) throw invalidInput('id', 'LAST_SUBSTATE', 'a flow needs at least one substate');
    const others = (await statesOf(tx, flowId)).filter((other) => other !== state);
    substates.forEach((substate) => tx.remove(substate));
    tx.remove(state);
    renumber(others);
    await flushOrInUse(tx, 'state');
    return tx.findOneOrFail(Flow, { id: flowId });
  });
}

/** A new substate of `stateId` at `position` (default: last). */
export async function createFlowSubstate(
  em: EntityManager,
  stateId: string,
  input: FlowSubstateInput,
  position?: number | null,
): Promise<FlowSubstate> {
  const fields = parseSubstate(input);
  return em.transactional(async (tx) => {
    const state = await lockedState(tx, 'stateId', stateId);
    const substates = await substatesOf(tx, state.id);
    return addedAt(substates, position, (last) => tx.create(FlowSubstate, { ...fields, state, position: last }));
  });
}

export async function updateFlowSubstate(em: EntityManager, id: string, input: FlowSubstateInput): Promise<FlowSubstate> {
  const fields = parseSubstate(input);
  return em.transactional(async (tx) => {
    const substate = await lockedSubstate(tx, 'id', id);
    tx.assign(substate, fields);
    return substate;
  });
}

/**
 * Moves a substate to `position` inside `stateId` (default: its own state; another state of the
 * same flow moves it there). Installations in it stay in it. Returns the flow.
 */
export async function moveFlowSubstate(em: EntityManager, id: string, stateId: string | null, position: number): Promise<Flow> {
  return em.transactional(async (tx) => {
    const substate = await lockedSubstate(tx, 'id', id);
    const from = substate.state.getEntity();
    const flowId = from.flow.id;
    let to = from;
    if (stateId && stateId !== from.id) {
      const target = await tx.findOne(FlowState, { id: stateId, flow: flowId });
      if (!target) throw invalidInput('stateId', 'NOT_IN_FLOW', "is not a state of this substate's flow");
      to = target;
    }
    if (to === from) {
      const siblings = await substatesOf(tx, from.id);
      renumber(placed(siblings, substate, parsePosition('position', position, siblings.length)));
    } else {
      const left = (await substatesOf(tx, from.id)).filter((other) => other !== substate);
      const target = await substatesOf(tx, to.id);
      const at = parsePosition('position', position, target.length + 1);
      substate.state = tx.getReference(FlowState, to.id, { wrapped: true });
      renumber(left);
      renumber(placed([...target, substate], substate, at));
    }
    return tx.findOneOrFail(Flow, { id: flowId });
  });
}

/** Deletes a substate nobody is in nor went through; the flow keeps at least one. Returns the flow. */
export async function deleteFlowSubstate(em: EntityManager, id: string): Promise<Flow> {
  return em.transactional(async (tx) => {
    const substate = await lockedSubstate(tx, 'id', id);
    const state = substate.state.getEntity();
    const flowId = state.flow.id;
    const used = await usage(tx, [substate.id]);
    if (used.current > 0) throw flowStepInUse(used.current, 'substate');
    if (used.history > 0) throw flowStepInHistory(used.history, 'substate');
    const left = await tx.count(FlowSubstate, { state: { flow: flowId }, id: { $ne: substate.id } });
    if (left === 0) throw invalidInput('id', 'LAST_SUBSTATE', 'a flow needs at least one substate');
    const siblings = (await substatesOf(tx, state.id)).filter((other) => other !== substate);
    tx.remove(substate);
    renumber(siblings);
    await flushOrInUse(tx, 'substate');
    return tx.findOneOrFail(Flow, { id: flowId });
  });
}

/**
 * How many installations are in each substate of the flow `substateId` belongs to, in one
 * grouped query (the editor shows a count on every substate). Admin only: every installation.
 */
export async function installationCountsOfFlow(em: EntityManager, substateId: string): Promise<Map<string, number>> {
  const rows = await em.execute<{ id: string; count: number }[]>(
    `select s.id, count(i.id)::int as count
     from flow_substate s
     join flow_state st on st.id = s.state_id
     left join installation i on i.substate_id = s.id
     where st.flow_id = (select st2.flow_id from flow_substate s2 join flow_state st2 on st2.id = s2.state_id where s2.id = ?)
     group by s.id`,
    [substateId],
  );
  return new Map(rows.map((row) => [row.id, row.count]));
}
