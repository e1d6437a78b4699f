import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../core/graphql/scalars.js';
import { TransitionKind } from './installation.entity.js';

@ObjectType({ description: 'One move of an installation as staff see it: internal names, who and the note.' })
export class AdminInstallationEvent {
  @Field(() => ID) id!: string;
  @Field(() => DateTimeScalar) at!: Date;
  @Field(() => TransitionKind) kind!: TransitionKind;

  @Field(() => String, { nullable: true, description: 'Internal name of the substate it left; null when created or that substate is gone.' })
  fromSubstate!: string | null;

  @Field(() => String, { description: 'Internal name of the substate it entered.' }) toSubstate!: string;

  @Field(() => String, { nullable: true, description: 'Who moved it (name); null for the system.' })
  byName!: string | null;

  @Field(() => String, { nullable: true }) byEmail!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}
