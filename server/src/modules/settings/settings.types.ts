import { Field, Float, Int, ObjectType } from 'type-graphql';
import { UserTypeEnum } from '../../core/graphql/access-enums.js';

@ObjectType('PortalSettings', { description: 'Company-wide settings of user creation and of the roof estimate.' })
export class PortalSettingsView {
  @Field(() => Boolean, { description: 'Activating a contract creates (or extends) a user for its billing e-mail.' })
  automaticUserCreation!: boolean;

  @Field(() => UserTypeEnum, { description: 'The user type automatically created users get.' })
  automaticUserType!: string;

  @Field(() => Int, { description: 'Days a welcome (set-password) link stays valid.' })
  welcomeLinkValidityDays!: number;

  @Field(() => Float, { description: 'Roof estimate: panel width in metres.' })
  panelWidthM!: number;

  @Field(() => Float, { description: 'Roof estimate: panel height in metres.' })
  panelHeightM!: number;

  @Field(() => Float, { description: 'Roof estimate: peak power of one panel in watts.' })
  panelPowerW!: number;

  @Field(() => Float, { description: 'Roof estimate: share of the sloped surface panels can cover.' })
  packingFactor!: number;
}
