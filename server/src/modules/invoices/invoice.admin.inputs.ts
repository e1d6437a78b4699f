import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../core/graphql/scalars.js';

@InputType({ description: 'Admin: an invoice the retailer issues on a contract (its account and CUPS are the contract’s).' })
export class IssueInvoiceInput {
  @Field(() => ID, { description: 'An active or terminated contract.' }) contractId!: string;
  @Field(() => String, { description: 'The invoice number, 1 to 40 characters once trimmed; unique.' }) number!: string;
  @Field(() => DateScalar) periodStart!: string;
  @Field(() => DateScalar, { description: 'On or after periodStart.' }) periodEnd!: string;
  @Field(() => DateScalar) issueDate!: string;
  @Field(() => DateScalar, { description: 'On or after issueDate.' }) dueDate!: string;
  @Field(() => DecimalScalar, { description: 'kWh billed, at most 3 decimals, not negative.' }) energyKwh!: string;
  @Field(() => DecimalScalar, { description: 'Euros, at most 2 decimals.' }) taxBase!: string;
  @Field(() => DecimalScalar, { description: 'Euros, at most 2 decimals.' }) taxAmount!: string;
  @Field(() => DecimalScalar, { description: 'Euros, at most 2 decimals: taxBase + taxAmount.' }) totalAmount!: string;
}
