import { PortalAction, type FlowState, type FlowSubstate } from './flow.entity.js';
import { TransitionKind } from './installation.entity.js';

/** A flow's states with their substates, both in order: what progress is computed over. */
export type FlowTree = readonly { state: FlowState; substates: readonly FlowSubstate[] }[];

export type StepStatus = 'DONE' | 'CURRENT' | 'UPCOMING';

export type InstallationProgressView = {
  currentState: FlowState;
  nextState: FlowState | null;
  currentSubstate: FlowSubstate;
  /** The portal-visible substates of portal-visible states (but failure), each with where the installation stands. */
  steps: { substate: FlowSubstate; state: FlowState; status: StepStatus }[];
};

/**
 * Where an installation stands, as the customer may see it: hidden states and substates are
 * skipped. While the installation is in a hidden state, the portal shows the last visible state
 * before it (or, at the very start, the first visible one).
 */
export function progressOf(tree: FlowTree, currentSubstateId: string): InstallationProgressView {
  const flat = tree.flatMap(({ state, substates }, stateIndex) => substates.map((substate) => ({ state, substate, stateIndex })));
  const currentIndex = flat.findIndex((entry) => entry.substate.id === currentSubstateId);
  if (currentIndex < 0) throw new Error(`Substate ${currentSubstateId} is not in this flow`);
  const current = flat[currentIndex]!;

  const visibleStates = tree.map((entry, index) => ({ ...entry, index })).filter((entry) => entry.state.portalVisible);
  const shownIndex = shownStateIndex(tree, current.stateIndex);

  return {
    currentState: tree[shownIndex]!.state,
    nextState: visibleStates.find((entry) => entry.index > shownIndex)?.state ?? null,
    currentSubstate: current.substate,
    steps: flat
      .map((entry, index) => ({ ...entry, index }))
      // A failure ending is a branch, not a step ahead: listed only once the installation is in it.
      .filter((entry) => entry.state.portalVisible && entry.substate.portalVisible)
      .filter((entry) => entry.substate.action !== PortalAction.FINALIZATION_FAILED || entry.index === currentIndex)
      .map(({ state, substate, index }) => ({
        state,
        substate,
        status: index < currentIndex ? 'DONE' : index === currentIndex ? 'CURRENT' : 'UPCOMING',
      })),
  };
}

/** The state the portal shows for the state at `stateIndex`: itself when visible, else the last visible one before it (or the first). */
function shownStateIndex(tree: FlowTree, stateIndex: number): number {
  for (let index = stateIndex; index >= 0; index--) if (tree[index]!.state.portalVisible) return index;
  const firstVisible = tree.findIndex((entry) => entry.state.portalVisible);
  return firstVisible >= 0 ? firstVisible : stateIndex;
}

/** One recorded move, as far as "where it came from" needs it. */
export type RecordedMove = { fromSubstateId: string | null; kind: TransitionKind };

/**
 * The portal state the installation actually came from: walking its moves newest first, the first
 * one that left another shown state. Null when it started where it is; with no usable record
 * (no moves stored, or the state left has been deleted since), the state before it in the flow.
 */
export function previousStateOf(tree: FlowTree, currentSubstateId: string, movesNewestFirst: readonly RecordedMove[]): FlowState | null {
  const stateIndexOf = new Map(tree.flatMap(({ substates }, index) => substates.map((substate) => [substate.id, index] as const)));
  const currentStateIndex = stateIndexOf.get(currentSubstateId);
  if (currentStateIndex === undefined) throw new Error(`Substate ${currentSubstateId} is not in this flow`);
  const current = shownStateIndex(tree, currentStateIndex);
  for (const move of movesNewestFirst) {
    if (move.kind === TransitionKind.CREATED) return null;
    const fromIndex = move.fromSubstateId ? stateIndexOf.get(move.fromSubstateId) : undefined;
    if (fromIndex === undefined) break;
    const from = shownStateIndex(tree, fromIndex);
    if (from !== current) return tree[from]!.state;
  }
  return previousInFlow(tree, current);
}

function previousInFlow(tree: FlowTree, shownIndex: number): FlowState | null {
  for (let index = shownIndex - 1; index >= 0; index--) if (tree[index]!.state.portalVisible) return tree[index]!.state;
  return null;
}

/** The substate a restart goes back to: the flow's very first. */
export function firstSubstate(tree: FlowTree): FlowSubstate {
  const first = tree.find((entry) => entry.substates.length > 0)?.substates[0];
  if (!first) throw new Error('The flow has no substates');
  return first;
}
