import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../../core/graphql/scalars.js';
import { InvoiceStatus } from './invoice.entity.js';

@InputType()
export class InvoiceFilter {
  @Field(() => String, { nullable: true, description: 'Only invoices of this CUPS.' }) cups?: string | null;
  @Field(() => InvoiceStatus, { nullable: true }) status?: InvoiceStatus | null;

  @Field(() => DateScalar, { nullable: true, description: 'Billing periods ending on or after this day.' })
  periodFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Billing periods starting on or before this day.' })
  periodTo?: string | null;
}
