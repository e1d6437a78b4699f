import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { AutomaticTrigger } from '../notifications/index.js';

@InputType({ description: 'Admin: "when `trigger` happens, e-mail template `templateKey`".' })
export class AutomaticActionInput {
  @Field(() => AutomaticTrigger) trigger!: AutomaticTrigger;

  @Field(() => ID, { nullable: true, description: 'INSTALLATION_ENTERED_SUBSTATE only: the substate entered (null: any).' })
  substateId?: string | null;

  @Field(() => String) templateKey!: string;
  @Field(() => Boolean, { defaultValue: true }) enabled!: boolean;
}

@ObjectType({ description: 'Admin: a trigger and the |variables| it gives its templates.' })
export class AutomaticTriggerInfo {
  @Field(() => AutomaticTrigger) trigger!: AutomaticTrigger;
  @Field(() => [String]) variables!: string[];
}
