import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../../core/errors.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import { runAutomaticActions } from '../automatic-actions/index.js';
import { AutomaticTrigger } from '../notifications/index.js';
import { CustomerAccount } from '../customers/customer-account.entity.js';
import { User } from '../users/user.entity.js';
import { Flow, FlowState, FlowSubstate, PortalAction } from './flow.entity.js';
import { restartNotAllowed } from './installation-errors.js';
import { Installation, InstallationTransition, TransitionKind } from './installation.entity.js';
import { firstSubstate, type FlowTree } from './installation-progress.js';

/** A flow's states and substates in order (flows are configuration: few rows, not row-scoped). */
export async function loadFlowTree(em: EntityManager, flowId: string): Promise<FlowTree> {
  const states = await em.find(FlowState, { flow: flowId }, { populate: ['substates'], orderBy: { position: 'asc' } });
  return states.map((state) => ({ state, substates: state.substates.getItems() }));
}

type Move = {
  /** Who moves it: a reference by id is enough (the viewer's user is plain data, not an entity). */
  by: Pick<User, 'id'> | null;
  at: Date;
  note?: string | null;
  /** Given by staff moves: the INSTALLATION_ENTERED_SUBSTATE automatic actions run (their links start here). */
  publicUrl?: string;
};

/**
 * The installation `id` (the value of argument `argument`) names, read through the caller's
 * row-scoped `em`: another customer's installation is NOT_FOUND like a missing one.
 */
export async function findInstallation(em: EntityManager, argument: string, id: string): Promise<Installation> {
  const installation = await em.findOne(Installation, { id: idArgument(argument, id) });
  if (!installation) throw notFound(argument, 'No such installation.');
  return installation;
}

/**
 * Puts the installation in `substateId` (of its own flow) and records the transition (with `note`;
 * moving into FINALIZATION_FAILED makes the note the failure reason shown to the customer). The caller's
 * `em` decides who may see the installation; this only checks that the target belongs to the flow.
 */
export async function moveInstallation(
  em: EntityManager,
  installation: Installation,
  substateId: string,
  move: Move,
): Promise<Installation> {
  const tree = await loadFlowTree(em, installation.flow.id);
  const target = tree.flatMap((entry) => entry.substates).find((substate) => substate.id === substateId);
  if (!target) throw badInput('substateId', "is not a substate of this installation's flow");
  // Into a failed ending, the note is the reason the customer reads; anywhere else there is none.
  installation.failureReason = target.action === PortalAction.FINALIZATION_FAILED ? (move.note?.trim() || null) : null;
  if (move.publicUrl !== undefined) {
    // Queued in the unit of work: written by recordMove's flush, with the move itself.
    await runAutomaticActions(em, AutomaticTrigger.INSTALLATION_ENTERED_SUBSTATE, {
      account: await em.findOneOrFail(CustomerAccount, { id: installation.account.id }),
      now: move.at,
      publicUrl: move.publicUrl,
      substateId: target.id,
      substateVisible: tree.some((entry) => entry.state.portalVisible && entry.substates.includes(target)) && target.portalVisible,
      variables: { installation_code: installation.code, substate_name: target.portalName },
    });
  }
  return recordMove(em, installation, target, TransitionKind.MOVED, move);
}

/**
 * The customer's "restart" after a failed installation: back to the flow's first substate,
 * only where the flow allows it and only from a FINALIZATION_FAILED substate.
 */
export async function restartInstallation(em: EntityManager, installation: Installation, move: Move): Promise<Installation> {
  if (!(await canRestart(em, installation))) throw restartNotAllowed();
  const first = firstSubstate(await loadFlowTree(em, installation.flow.id));
  installation.failureReason = null;
  return recordMove(em, installation, first, TransitionKind.RESTARTED, move);
}

async function recordMove(
  em: EntityManager,
  installation: Installation,
  target: FlowSubstate,
  kind: TransitionKind,
  move: Move,
): Promise<Installation> {
  em.create(InstallationTransition, {
    installation,
    fromSubstate: installation.substate,
    toSubstate: target,
    kind,
    at: move.at,
    byUser: move.by ? em.getReference(User, move.by.id) : null,
    note: move.note ?? null,
  });
  installation.substate = em.getReference(FlowSubstate, target.id, { wrapped: true });
  await em.flush();
  return installation;
}

/** Whether the customer may restart it now (what the SPA shows the button for). */
export async function canRestart(em: EntityManager, installation: Installation): Promise<boolean> {
  const [flow, current] = await Promise.all([
    em.findOneOrFail(Flow, { id: installation.flow.id }),
    em.findOneOrFail(FlowSubstate, { id: installation.substate.id }),
  ]);
  return flow.restartAllowed && current.action === PortalAction.FINALIZATION_FAILED;
}
