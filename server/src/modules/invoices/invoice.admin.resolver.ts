import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { IssueInvoiceInput } from './invoice.admin.inputs.js';
import { issueInvoice } from './invoice.admin.service.js';
import { Invoice } from './invoice.entity.js';

@Resolver(() => Invoice)
export class InvoiceAdminResolver {
  @Mutation(() => Invoice, {
    description: "Admin: issues an invoice (ISSUED) on a contract's account and CUPS; runs the INVOICE_ISSUED automatic actions. Errors: NOT_FOUND, BAD_USER_INPUT.",
  })
  issueInvoice(@Arg('input', () => IssueInvoiceInput) input: IssueInvoiceInput, @Ctx() { em, clock, config }: Context): Promise<Invoice> {
    return issueInvoice(em, input, { now: clock.now(), publicUrl: config.publicUrl });
  }
}
