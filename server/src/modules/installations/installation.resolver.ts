import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context, Viewer } from '../../core/context.js';
import { CurrentViewer } from '../../core/graphql/current-viewer.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import { loadMany, loadOptional } from '../../core/graphql/relations.js';
import { Flow, FlowSubstate } from './flow.entity.js';
import { Installation, InstallationTransition } from './installation.entity.js';
import { previousStateOf, progressOf, type FlowTree } from './installation-progress.js';
import { canRestart, findInstallation, loadFlowTree, moveInstallation, restartInstallation } from './installation.service.js';
import { InstallationEvent, InstallationProgress, PortalState, PortalStep, standingOf } from './installation.types.js';

// One load of a flow's tree per request, however many installations or fields ask for it.
const flowTrees = new WeakMap<Context, Map<string, Promise<FlowTree>>>();
function flowTreeOf(ctx: Context, flowId: string): Promise<FlowTree> {
  let trees = flowTrees.get(ctx);
  if (!trees) flowTrees.set(ctx, (trees = new Map()));
  let tree = trees.get(flowId);
  if (!tree) trees.set(flowId, (tree = loadFlowTree(ctx.em, flowId)));
  return tree;
}

/** An installation's moves, oldest first: every listed installation's in one query (the dataloader), for `history` and `previousState` alike. */
async function transitionsOf(installation: Installation): Promise<InstallationTransition[]> {
  const transitions = await loadMany(installation.transitions);
  return transitions.sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id));
}

@Resolver(() => Installation)
export class InstallationResolver {
  @Query(() => [Installation], { description: "The viewer's solar installations, newest first." })
  installations(@Ctx() { em }: Context): Promise<Installation[]> {
    return em.find(Installation, {}, { orderBy: { createdAt: 'desc', id: 'asc' } });
  }

  @Query(() => [Flow], { description: 'Admin: the installation flows with their states and substates, in order.' })
  flows(@Ctx() { em }: Context): Promise<Flow[]> {
    return em.find(Flow, {}, { populate: ['states.substates'], orderBy: { name: 'asc', states: { position: 'asc', substates: { position: 'asc' } } } });
  }

  @Query(() => Installation, { nullable: true })
  installation(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<Installation | null> {
    return em.findOne(Installation, { id: idArgument('id', id) });
  }

  @FieldResolver(() => InstallationProgress)
  async progress(@Root() installation: Installation, @Ctx() ctx: Context): Promise<InstallationProgress> {
    const view = progressOf(await flowTreeOf(ctx, installation.flow.id), installation.substate.id);
    return {
      installation: { id: installation.id, flowId: installation.flow.id, substateId: installation.substate.id },
      currentState: PortalState.of(view.currentState),
      nextState: view.nextState && PortalState.of(view.nextState),
      currentStep: PortalStep.of(view.currentSubstate, 'CURRENT'),
      steps: view.steps.map((step) => PortalStep.of(step.substate, step.status)),
      standing: standingOf(view.currentSubstate),
    };
  }

  @FieldResolver(() => [InstallationEvent], { description: 'Moves into portal-visible substates, oldest first.' })
  async history(@Root() installation: Installation, @Ctx() ctx: Context): Promise<InstallationEvent[]> {
    const tree = await flowTreeOf(ctx, installation.flow.id);
    const shown = new Map<string, FlowSubstate>(
      tree.filter((entry) => entry.state.portalVisible).flatMap((entry) => entry.substates.filter((s) => s.portalVisible).map((s) => [s.id, s])),
    );
    const transitions = await transitionsOf(installation);
    const authors = await Promise.all(transitions.map((transition) => loadOptional(transition.byUser)));
    return transitions.flatMap((transition, i) => {
      const to = shown.get(transition.toSubstate.id);
      if (!to) return [];
      const from = transition.fromSubstate ? shown.get(transition.fromSubstate.id) : undefined;
      const by = authors[i];
      return [{ at: transition.at, kind: transition.kind, from: from?.portalName ?? null, to: to.portalName, by: by?.name ?? null }];
    });
  }

  @FieldResolver(() => Boolean, { description: 'The customer may restart it now (failed, and the flow allows restarts).' })
  restartAllowed(@Root() installation: Installation, @Ctx() { em }: Context): Promise<boolean> {
    return canRestart(em, installation);
  }

  @Mutation(() => Installation, { description: 'After a failed installation, where the flow allows it: back to the first step.' })
  async restartInstallation(@Arg('id', () => ID) id: string, @Ctx() { em, clock }: Context, @CurrentViewer() viewer: Viewer): Promise<Installation> {
    const installation = await findInstallation(em, 'id', id);
    return restartInstallation(em, installation, { by: viewer.user, at: clock.now() });
  }

  @Mutation(() => Installation, { description: 'Admin: moves an installation to a substate of its flow, records it and runs the INSTALLATION_ENTERED_SUBSTATE automatic actions.' })
  async moveInstallation(
    @Arg('id', () => ID) id: string,
    @Arg('substateId', () => ID) substateId: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() { em, clock, config }: Context,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Installation> {
    const installation = await findInstallation(em, 'id', id);
    const move = { by: viewer.user, at: clock.now(), note, publicUrl: config.publicUrl };
    return moveInstallation(em, installation, idArgument('substateId', substateId), move);
  }
}

@Resolver(() => InstallationProgress)
export class InstallationProgressResolver {
  @FieldResolver(() => PortalState, { nullable: true, description: 'The visible state it actually came from (its history), not the one before it in the flow.' })
  async previousState(@Root() progress: InstallationProgress, @Ctx() ctx: Context): Promise<PortalState | null> {
    const { id, flowId, substateId } = progress.installation;
    // The list query put the installation in the identity map: this is that entity.
    const transitions = await transitionsOf(ctx.em.getReference(Installation, id));
    const moves = transitions.reverse().map((transition) => ({ fromSubstateId: transition.fromSubstate?.id ?? null, kind: transition.kind }));
    const previous = previousStateOf(await flowTreeOf(ctx, flowId), substateId, moves);
    return previous && PortalState.of(previous);
  }
}
