import { exactNumeric, sumDecimals, toScaled } from '@portal/shared';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { invalidInput, notFound } from '../../core/errors.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import { runAutomaticActions } from '../automatic-actions/index.js';
import { Contract, ContractStatus } from '../contracts/contract.entity.js';
import { CustomerAccount } from '../customers/customer-account.entity.js';
import { AutomaticTrigger } from '../notifications/index.js';
import { SupplyPoint } from '../supply-points/supply-point.entity.js';
import type { IssueInvoiceInput } from './invoice.admin.inputs.js';
import { Invoice, InvoiceStatus } from './invoice.entity.js';

export const NUMBER_MAX = 40;

/** `value` with at most `scale` decimals and, unless `signed`, not negative; else BAD_USER_INPUT naming it. */
function checkedAmount(argument: string, value: string, scale: number, signed = false): string {
  let scaled: bigint;
  try {
    scaled = toScaled(value, scale);
  } catch {
    throw invalidInput(argument, 'TOO_PRECISE', `use at most ${scale} decimals`);
  }
  if (!signed && scaled < 0n) throw invalidInput(argument, 'NEGATIVE', 'must not be negative');
  return value;
}

function checkedInput(input: IssueInvoiceInput): IssueInvoiceInput {
  const number = input.number.trim();
  if (number.length === 0 || [...number].length > NUMBER_MAX) throw invalidInput('input.number', 'LENGTH', `write 1 to ${NUMBER_MAX} characters`);
  if (input.periodEnd < input.periodStart) throw invalidInput('input.periodEnd', 'BEFORE_START', 'the period ends before it starts');
  if (input.dueDate < input.issueDate) throw invalidInput('input.dueDate', 'BEFORE_ISSUE', 'the invoice falls due before it is issued');
  checkedAmount('input.energyKwh', input.energyKwh, 3);
  // Credit notes (negative amounts) are invoices too.
  for (const field of ['taxBase', 'taxAmount', 'totalAmount'] as const) checkedAmount(`input.${field}`, input[field], 2, true);
  if (toScaled(sumDecimals([input.taxBase, input.taxAmount]), 2) !== toScaled(input.totalAmount, 2)) {
    throw invalidInput('input.totalAmount', 'TOTAL_MISMATCH', 'the total must be the tax base plus the tax');
  }
  return { ...input, number };
}

/** 1234.5 as the recipient reads euros: "1.234,50" (es), "1,234.50" (en). */
function euros(amount: string): { es: string; en: string } {
  const format = (locale: string) => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(exactNumeric(amount));
  return { es: format('es-ES'), en: format('en-GB') };
}

/** 2027-01-15 as "15/01/2027" (es) or "15 Jan 2027" (en). */
function calendarDate(date: string): { es: string; en: string } {
  const day = new Date(`${date}T12:00:00Z`);
  const format = (locale: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(day);
  return { es: format('es-ES', { day: '2-digit', month: '2-digit', year: 'numeric' }), en: format('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }) };
}

/**
 * Admin: issues an invoice on a contract (its account and CUPS), status ISSUED, and runs the
 * INVOICE_ISSUED automatic actions in the same transaction (the outbox e-mails commit with it).
 * `em` must see all rows (an admin's ctx.em).
 */
export async function issueInvoice(em: EntityManager, raw: IssueInvoiceInput, at: { now: Date; publicUrl: string }): Promise<Invoice> {
  const input = checkedInput(raw);
  const contract = await em.findOne(Contract, { id: idArgument('input.contractId', input.contractId) });
  if (!contract) throw notFound('input.contractId', 'No contract has this id.');
  if (contract.status === ContractStatus.DRAFT) throw invalidInput('input.contractId', 'NOT_ACTIVE', 'activate the contract before invoicing it');
  try {
    return await em.transactional(async (tx) => {
      if ((await tx.count(Invoice, { number: input.number })) > 0) throw duplicateNumber();
      const account = await tx.findOneOrFail(CustomerAccount, { id: contract.account.id });
      const supplyPoint = await tx.findOneOrFail(SupplyPoint, { id: contract.supplyPoint.id });
      const invoice = tx.create(Invoice, {
        number: input.number,
        contract: contract.id,
        account,
        supplyPoint,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        issueDate: input.issueDate,
        dueDate: input.dueDate,
        energyKwh: input.energyKwh,
        taxBase: input.taxBase,
        taxAmount: input.taxAmount,
        totalAmount: input.totalAmount,
        status: InvoiceStatus.ISSUED,
        lines: [],
      });
      await runAutomaticActions(tx, AutomaticTrigger.INVOICE_ISSUED, {
        account,
        now: at.now,
        publicUrl: at.publicUrl,
        variables: { invoice_number: input.number, invoice_total: euros(input.totalAmount), invoice_due_date: calendarDate(input.dueDate), cups: supplyPoint.cups },
      });
      return invoice;
    });
  } catch (error) {
    // Two admins issuing the same number at once: the unique index decides.
    if (error instanceof UniqueConstraintViolationException) throw duplicateNumber();
    throw error;
  }
}

function duplicateNumber() {
  return invalidInput('input.number', 'DUPLICATE', 'another invoice has this number');
}
