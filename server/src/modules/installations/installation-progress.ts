import { PortalAction, type FlowState, type FlowSubstate } from './flow.entity.js';

/** A flow's states with their substates, both in order: what progress is computed over. */
export type FlowTree = readonly { state: FlowState; substates: readonly FlowSubstate[] }[];

export type StepStatus = 'DONE' | 'CURRENT' | 'UPCOMING';

export type InstallationProgressView = {
  previousState: FlowState | null;
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
  const shown = [...visibleStates].reverse().find((entry) => entry.index <= current.stateIndex) ??
    visibleStates[0] ?? { state: current.state, index: current.stateIndex };
  const shownIndex = shown.index;

  return {
    previousState: [...visibleStates].reverse().find((entry) => entry.index < shownIndex)?.state ?? null,
    currentState: shown.state,
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

/** The substate a restart goes back to: the flow's very first. */
export function firstSubstate(tree: FlowTree): FlowSubstate {
  const first = tree.find((entry) => entry.substates.length > 0)?.substates[0];
  if (!first) throw new Error('The flow has no substates');
  return first;
}
