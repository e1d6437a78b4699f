import { Field, Float, Int, ObjectType } from 'type-graphql';
import { UserTypeEnum } from '../../core/graphql/access-enums.js';

@ObjectType('PortalSettings', { description: 'Company-wide settings of user creation, the roof estimate and payment instructions.' })
export class PortalSettingsView {
  @Field(() => Boolean, { description: 'Activating a contract creates (or extends) a user for its billing e-mail.' })
  automaticUserCreation!: boolean;

  @Field(() => UserTypeEnum, { description: 'The user type automatically created users get.' })
  automaticUserType!: string;

  @Field(() => Int, { description: 'Days a welcome (set-password) link stays valid.' })
  welcomeLinkValidityDays!: number;

  @Field(() => Float, { description: 'Roof estimate: panel width in metres.' }) panelWidthM!: number;
  @Field(() => Float, { description: 'Roof estimate: panel height in metres.' }) panelHeightM!: number;
  @Field(() => Float, { description: 'Roof estimate: peak power of one panel in watts.' }) panelPowerW!: number;

  @Field(() => Float, { description: 'Roof estimate: share of the sloped surface panels can cover.' })
  packingFactor!: number;

  @Field(() => String, { nullable: true, description: 'IBAN customers pay overdue invoices to, without spaces.' })
  paymentIban!: string | null;

  @Field(() => String, { nullable: true, description: 'Transfer reference; |invoice_number| becomes the number.' })
  paymentReference!: string | null;

  @Field(() => String, { nullable: true, description: 'An https page where customers pay online.' })
  paymentLink!: string | null;
}

@ObjectType('PaymentInstructions', { description: "How to pay an overdue invoice, from the retailer's settings." })
export class PaymentInstructionsView {
  @Field(() => String, { nullable: true, description: 'IBAN to transfer to, without spaces.' }) iban!: string | null;

  @Field(() => String, { nullable: true, description: "The transfer's reference, with the invoice number filled in." })
  reference!: string | null;

  @Field(() => String, { nullable: true, description: 'An https page to pay online.' }) link!: string | null;
}
