import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import { Flow, FlowState, FlowSubstate } from './flow.entity.js';
import { FlowInput, FlowStateInput, FlowSubstateInput } from './flow-editor.inputs.js';
import {
  createFlowState,
  createFlowSubstate,
  deleteFlowState,
  deleteFlowSubstate,
  installationCountsOfFlow,
  moveFlowState,
  moveFlowSubstate,
  updateFlow,
  updateFlowState,
  updateFlowSubstate,
} from './flow-editor.service.js';

/** The flow editor (admin; every field ruled isAdmin in flow-editor.rules.ts). Changes apply to installations at once. */
@Resolver(() => Flow)
export class FlowEditorResolver {
  @Query(() => Flow, { nullable: true, description: 'Admin: one flow with its states and substates; null when no flow has this id.' })
  flow(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<Flow | null> {
    return em.findOne(Flow, { id: idArgument('id', id) });
  }

  @Mutation(() => Flow, { description: 'Admin: renames a flow and sets whether failed installations may restart.' })
  updateFlow(@Arg('id', () => ID) id: string, @Arg('input', () => FlowInput) input: FlowInput, @Ctx() { em }: Context): Promise<Flow> {
    return updateFlow(em, idArgument('id', id), input);
  }

  @Mutation(() => FlowState, { description: 'Admin: adds a state to a flow at `position` (default: last).' })
  createFlowState(
    @Arg('flowId', () => ID) flowId: string,
    @Arg('input', () => FlowStateInput) input: FlowStateInput,
    @Arg('position', () => Int, { nullable: true }) position: number | null,
    @Ctx() { em }: Context,
  ): Promise<FlowState> {
    return createFlowState(em, idArgument('flowId', flowId), input, position);
  }

  @Mutation(() => FlowState, { description: "Admin: replaces a state's names, description and visibility." })
  updateFlowState(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => FlowStateInput) input: FlowStateInput,
    @Ctx() { em }: Context,
  ): Promise<FlowState> {
    return updateFlowState(em, idArgument('id', id), input);
  }

  @Mutation(() => Flow, { description: "Admin: moves a state to `position` (from 0) among its flow's states; returns the flow." })
  moveFlowState(
    @Arg('id', () => ID) id: string,
    @Arg('position', () => Int) position: number,
    @Ctx() { em }: Context,
  ): Promise<Flow> {
    return moveFlowState(em, idArgument('id', id), position);
  }

  @Mutation(() => Flow, {
    description: 'Admin: deletes a state and its substates; refused (FLOW_STEP_IN_USE) while installations are in them. Returns the flow.',
  })
  deleteFlowState(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<Flow> {
    return deleteFlowState(em, idArgument('id', id));
  }

  @Mutation(() => FlowSubstate, { description: 'Admin: adds a substate to a state at `position` (default: last).' })
  createFlowSubstate(
    @Arg('stateId', () => ID) stateId: string,
    @Arg('input', () => FlowSubstateInput) input: FlowSubstateInput,
    @Arg('position', () => Int, { nullable: true }) position: number | null,
    @Ctx() { em }: Context,
  ): Promise<FlowSubstate> {
    return createFlowSubstate(em, idArgument('stateId', stateId), input, position);
  }

  @Mutation(() => FlowSubstate, { description: "Admin: replaces a substate's names, description, visibility, view and action." })
  updateFlowSubstate(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => FlowSubstateInput) input: FlowSubstateInput,
    @Ctx() { em }: Context,
  ): Promise<FlowSubstate> {
    return updateFlowSubstate(em, idArgument('id', id), input);
  }

  @Mutation(() => Flow, {
    description: 'Admin: moves a substate to `position` (from 0) in `stateId` (default: its own state; another state of the same flow). Returns the flow.',
  })
  moveFlowSubstate(
    @Arg('id', () => ID) id: string,
    @Arg('stateId', () => ID, { nullable: true }) stateId: string | null,
    @Arg('position', () => Int) position: number,
    @Ctx() { em }: Context,
  ): Promise<Flow> {
    return moveFlowSubstate(em, idArgument('id', id), stateId ? idArgument('stateId', stateId) : null, position);
  }

  @Mutation(() => Flow, {
    description: 'Admin: deletes a substate; refused (FLOW_STEP_IN_USE) while installations are in it. Returns the flow.',
  })
  deleteFlowSubstate(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<Flow> {
    return deleteFlowSubstate(em, idArgument('id', id));
  }
}

// Per request: the counts of every substate of a flow, loaded once for the first one asked.
const countsByContext = new WeakMap<Context, Map<string, Promise<Map<string, number>>>>();

@Resolver(() => FlowSubstate)
export class FlowSubstateEditorResolver {
  @FieldResolver(() => Int, { description: 'Admin: how many installations are in this substate now.' })
  async installationCount(@Root() substate: FlowSubstate, @Ctx() ctx: Context): Promise<number> {
    let loaded = countsByContext.get(ctx);
    if (!loaded) countsByContext.set(ctx, (loaded = new Map()));
    const known = [...loaded.values()];
    for (const counts of known) {
      const count = (await counts).get(substate.id);
      if (count !== undefined) return count;
    }
    const counts = installationCountsOfFlow(ctx.em, substate.id);
    loaded.set(substate.id, counts);
    return (await counts).get(substate.id) ?? 0;
  }
}
