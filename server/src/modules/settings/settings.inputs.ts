import { Field, InputType, Int } from 'type-graphql';
import { UserTypeEnum } from '../../core/graphql/access-enums.js';

@InputType({ description: 'Only the fields given change.' })
export class SettingsInput {
  @Field(() => Boolean, { nullable: true })
  automaticUserCreation?: boolean | null;

  @Field(() => UserTypeEnum, { nullable: true })
  automaticUserType?: string | null;

  @Field(() => Int, { nullable: true, description: '1 to 60.' })
  welcomeLinkValidityDays?: number | null;
}
