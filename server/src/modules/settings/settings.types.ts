import { Field, Int, ObjectType } from 'type-graphql';
import { UserTypeEnum } from '../../core/graphql/access-enums.js';

@ObjectType('PortalSettings', { description: 'Company-wide settings of user creation.' })
export class PortalSettingsView {
  @Field(() => Boolean, { description: 'Activating a contract creates (or extends) a user for its billing e-mail.' })
  automaticUserCreation!: boolean;

  @Field(() => UserTypeEnum, { description: 'The user type automatically created users get.' })
  automaticUserType!: string;

  @Field(() => Int, { description: 'Days a welcome (set-password) link stays valid.' })
  welcomeLinkValidityDays!: number;
}
