import { Field, Float, InputType, Int } from 'type-graphql';
import { UserTypeEnum } from '../../core/graphql/access-enums.js';

@InputType({ description: 'Only the fields given change.' })
export class SettingsInput {
  @Field(() => Boolean, { nullable: true }) automaticUserCreation?: boolean | null;
  @Field(() => UserTypeEnum, { nullable: true }) automaticUserType?: string | null;
  @Field(() => Int, { nullable: true, description: '1 to 60.' }) welcomeLinkValidityDays?: number | null;

  @Field(() => Float, { nullable: true, description: 'Roof estimate: panel width in metres (positive).' })
  panelWidthM?: number | null;

  @Field(() => Float, { nullable: true, description: 'Roof estimate: panel height in metres (positive).' })
  panelHeightM?: number | null;

  @Field(() => Float, { nullable: true, description: 'Roof estimate: peak power of one panel in watts (positive).' })
  panelPowerW?: number | null;

  @Field(() => Float, { nullable: true, description: 'Roof estimate: share of the sloped surface panels can cover, 0.3 to 1.' })
  packingFactor?: number | null;

  @Field(() => String, { nullable: true, description: 'IBAN customers pay overdue invoices to (checked; empty clears it).' })
  paymentIban?: string | null;

  @Field(() => String, { nullable: true, description: 'Transfer reference, up to 140 characters; |invoice_number| becomes the number (empty clears it).' })
  paymentReference?: string | null;

  @Field(() => String, { nullable: true, description: 'An https:// page where customers pay online (empty clears it).' })
  paymentLink?: string | null;
}
