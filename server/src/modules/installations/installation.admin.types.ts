import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../../core/graphql/pagination.js';
import { DateTimeScalar } from '../../core/graphql/scalars.js';
import { TransitionKind, Installation } from './installation.entity.js';

@InputType({ description: 'Admin installation list filter; every field is optional (absent: any).' })
export class AdminInstallationFilter {
  @Field(() => ID, { nullable: true, description: 'Installations in any substate of this state (flows).' })
  stateId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Installations in this substate.' })
  substateId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the installation code or of the account name (any case).' })
  search?: string | null;
}

export const InstallationConnection = Connection(Installation);

@ObjectType({ description: 'One move of an installation as staff see it: internal names, who and the note.' })
export class AdminInstallationEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar)
  at!: Date;

  @Field(() => TransitionKind)
  kind!: TransitionKind;

  @Field(() => String, { nullable: true, description: 'Internal name of the substate it left; null when created or that substate is gone.' })
  fromSubstate!: string | null;

  @Field(() => String, { description: 'Internal name of the substate it entered.' })
  toSubstate!: string;

  @Field(() => String, { nullable: true, description: 'Who moved it (name); null for the system.' })
  byName!: string | null;

  @Field(() => String, { nullable: true })
  byEmail!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}
