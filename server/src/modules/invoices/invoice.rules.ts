import { canSee, isAdmin, type RuleTree } from '../../core/permissions/rules.js';
import { wholeTypes } from '../../core/permissions/whole-types.js';

const invoices = canSee('INVOICES');

// Invoice.contract opens a Contract, whose own fields need CONTRACTS (every type with INVOICES has it).
export const invoiceRules: RuleTree = {
  Query: { invoices, invoice: invoices },
  Mutation: { issueInvoice: isAdmin },
  ...wholeTypes(invoices, ['Invoice', 'InvoiceLine', 'InvoiceConnection', 'PaymentInstructions']),
};
