import { FieldResolver, Resolver, Root } from 'type-graphql';
import { translatedTextResolver } from '../../core/i18n/translated-fields.js';
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

export const FlowNameResolver = translatedTextResolver(Flow, 'name', 'The name (the Spanish unique among flows)');
