import { Field, InputType } from 'type-graphql';
import { PortalAction, PortalView } from './flow.entity.js';

@InputType({ description: 'A text shown to customers; Spanish is required where the field says so, a blank English falls back to it.' })
export class LocalizedTextInput {
  @Field(() => String) es!: string;
  @Field(() => String, { defaultValue: '' }) en!: string;
}

@InputType({ description: "A flow's own settings." })
export class FlowInput {
  @Field(() => String, { description: 'The Spanish original; unique among flows.' }) name!: string;

  @Field(() => String, { defaultValue: '', description: 'The English name; blank: none (English readers get the Spanish).' })
  nameEn!: string;

  @Field(() => Boolean, { description: 'A failed installation may be restarted by the customer.' })
  restartAllowed!: boolean;
}

@InputType({ description: 'Everything an admin sets on a state; the whole state is replaced on each save.' })
export class FlowStateInput {
  @Field(() => String, { description: 'The name staff use; required.' }) internalName!: string;

  @Field(() => LocalizedTextInput, { description: 'Spanish required; a blank English uses the Spanish text.' })
  portalName!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Optional in both languages.' })
  portalDescription?: LocalizedTextInput | null;

  @Field(() => Boolean, { defaultValue: true }) portalVisible!: boolean;
}

@InputType({ description: 'Everything an admin sets on a substate; the whole substate is replaced on each save.' })
export class FlowSubstateInput extends FlowStateInput {
  @Field(() => PortalView) view!: PortalView;

  @Field(() => PortalAction, { nullable: true, description: 'Required for a PARTICULAR view; must be null for GENERAL.' })
  action?: PortalAction | null;
}
