import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { addCondition, addScope, conditions, type Conditions } from '../../core/db/lean-sql.js';
import { badInput } from '../../core/errors.js';
import { leanPaginate } from '../../core/graphql/lean-page.js';
import { Connection, PageArgs, selectedPageParts, type Page } from '../../core/graphql/pagination.js';
import { referenceResolver } from '../../core/graphql/relation-resolvers.js';
import { loadOptional } from '../../core/graphql/relations.js';
import { Contract } from '../contracts/contract.entity.js';
import { CustomerAccount } from '../customers/customer-account.entity.js';
import { Document } from '../documents/document.entity.js';
import { SupplyPoint } from '../supply-points/supply-point.entity.js';
import { cupsArgument } from '../supply-points/index.js';
import { Invoice, InvoiceStatus } from './invoice.entity.js';
import { loadSettings, paymentInstructionsFor, PaymentInstructionsView } from '../settings/index.js';
import { InvoiceFilter } from './invoice.inputs.js';

const InvoiceConnection = Connection(Invoice);

@Resolver(() => Invoice)
export class InvoiceResolver {
  @Query(() => InvoiceConnection, { description: 'Invoices the viewer may see, newest first.' })
  invoices(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => InvoiceFilter, { nullable: true }) filter: InvoiceFilter | null,
    @Ctx() { em, scope }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<Invoice>> {
    const where = addScope(invoiceWhere(filter), scope, { accountId: 't.account_id', supplyPointId: 't.supply_point_id' });
    return leanPaginate(em, Invoice, { from: 'invoice t', where }, { issueDate: 'desc', number: 'desc' }, page, selectedPageParts(info));
  }

  @Query(() => Invoice, { nullable: true, description: 'Null when no visible invoice has this number.' })
  invoice(@Arg('number', () => String) number: string, @Ctx() { em }: Context): Promise<Invoice | null> {
    return em.findOne(Invoice, { number: number.trim().toUpperCase() });
  }

  @FieldResolver(() => PaymentInstructionsView, {
    nullable: true,
    description: "How to pay it, from the retailer's settings: only for an OVERDUE invoice, null when none are set.",
  })
  async paymentInstructions(@Root() invoice: Invoice, @Ctx() { em }: Context): Promise<PaymentInstructionsView | null> {
    if (invoice.status !== InvoiceStatus.OVERDUE) return null;
    // A lookup by primary key: the request's identity map answers every invoice after the first.
    return paymentInstructionsFor(await loadSettings(em), invoice.number);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The invoice PDF.' })
  document(@Root() invoice: Invoice): Promise<Document | null> {
    return loadOptional(invoice.document);
  }
}

// What an invoice is of: its contract, account and supply point.
export const invoiceRelationResolvers = [
  referenceResolver(Invoice, 'contract', () => Contract),
  referenceResolver(Invoice, 'account', () => CustomerAccount),
  referenceResolver(Invoice, 'supplyPoint', () => SupplyPoint),
];

/** The filter as lean SQL on `invoice t`. */
function invoiceWhere(filter: InvoiceFilter | null): Conditions {
  const where = conditions();
  if (!filter) return where;
  if (filter.periodFrom && filter.periodTo && filter.periodTo < filter.periodFrom) {
    throw badInput('filter.periodTo', 'is before filter.periodFrom');
  }
  if (filter.cups) addCondition(where, 't.supply_point_id in (select id from supply_point where cups = ?)', cupsArgument('filter.cups', filter.cups));
  if (filter.status) addCondition(where, 't.status = ?', filter.status);
  // Periods that overlap [periodFrom, periodTo].
  if (filter.periodFrom) addCondition(where, 't.period_end >= ?', filter.periodFrom);
  if (filter.periodTo) addCondition(where, 't.period_start <= ?', filter.periodTo);
  return where;
}
