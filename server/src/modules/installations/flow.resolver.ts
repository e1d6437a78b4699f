import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { inLanguage, TranslatedText, translatedText } from '../../core/i18n/translations.js';
import { viewerLanguage } from '../users/index.js';
import { Flow, FlowState, FlowSubstate } from './flow.entity.js';

// Admin views of a flow: `flows` populates states and substates in order, these only read them.

@Resolver(() => Flow)
export class FlowResolver {
  @FieldResolver(() => String, { description: "In the viewer's language; the Spanish original where it has no translation." })
  name(@Root() flow: Flow, @Ctx() { viewer }: Context): string {
    return inLanguage(flow.name, flow.nameTranslations, viewerLanguage(viewer));
  }

  @FieldResolver(() => TranslatedText, { description: 'The name in both languages, as staff wrote it; the Spanish is unique among flows.' })
  nameTranslations(@Root() flow: Flow): TranslatedText {
    return translatedText(flow.name, flow.nameTranslations);
  }

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
