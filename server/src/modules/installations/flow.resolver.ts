import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Flow, FlowState, FlowSubstate } from './flow.entity.js';

// Admin views of a flow: `flows` populates states and substates in order, these only read them.

@Resolver(() => Flow)
export class FlowResolver {
  @FieldResolver(() => [FlowState])
  states(@Root() flow: Flow): Promise<FlowState[]> {
    return flow.states.loadItems();
  }
}

@Resolver(() => FlowState)
export class FlowStateResolver {
  @FieldResolver(() => [FlowSubstate])
  substates(@Root() state: FlowState): Promise<FlowSubstate[]> {
    return state.substates.loadItems();
  }
}
