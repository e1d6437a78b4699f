import { randomUUID } from 'node:crypto';
import { Entity, Enum, Filter, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../core/graphql/scalars.js';
import { Contract } from '../contracts/contract.entity.js';
import { CustomerAccount } from '../customers/customer-account.entity.js';
import { Document } from '../documents/document.entity.js';
import { SupplyPoint } from '../supply-points/supply-point.entity.js';
import { rowScopeFilter } from '../../core/permissions/row-scope.js';
import { graphqlEnum } from '../../core/graphql/graphql-enum.js';
import type { EnumValue } from '../../core/string-enum.js';
import { EuroAmount } from '../../core/db/euro-amount.js';

export const InvoiceStatus = graphqlEnum('InvoiceStatus', ['ISSUED', 'PAID', 'OVERDUE', 'CANCELLED']);
export type InvoiceStatus = EnumValue<typeof InvoiceStatus>;

@ObjectType()
export class InvoiceLine {
  @Field(() => String) description!: string;
  @Field(() => DecimalScalar) quantity!: string;
  @Field(() => String, { description: 'kWh, kW·day, month, %…' }) unit!: string;
  @Field(() => DecimalScalar) unitPrice!: string;
  @Field(() => DecimalScalar, { description: 'Euros.' }) amount!: string;
}

@ObjectType()
@Filter(rowScopeFilter((scope) => ({ account: { $in: scope.accountIds }, supplyPoint: { $in: scope.supplyPointIds } })))
@Entity({ tableName: 'invoice' })
@Index({ properties: ['account', 'issueDate'] })
@Index({ properties: ['supplyPoint', 'issueDate'] })
export class Invoice {
  [OptionalProps]?: 'id' | 'document';

  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Field(() => String) @Property({ type: 'string', length: 40, unique: true }) number!: string;
  @Index() @ManyToOne(() => Contract, { ref: true }) contract!: Ref<Contract>;
  @ManyToOne(() => CustomerAccount, { ref: true }) account!: Ref<CustomerAccount>;
  @ManyToOne(() => SupplyPoint, { ref: true }) supplyPoint!: Ref<SupplyPoint>;
  @Field(() => DateScalar) @Property({ type: 'date' }) periodStart!: string;
  @Field(() => DateScalar) @Property({ type: 'date' }) periodEnd!: string;
  @Field(() => DateScalar) @Property({ type: 'date' }) issueDate!: string;
  @Field(() => DateScalar) @Property({ type: 'date' }) dueDate!: string;
  @Field(() => DecimalScalar) @Property({ type: 'decimal', precision: 14, scale: 3 }) energyKwh!: string;
  @EuroAmount('Euros before taxes.') taxBase!: string;
  @EuroAmount('Euros of taxes (electricity tax and VAT).') taxAmount!: string;
  @EuroAmount('Euros to pay.') totalAmount!: string;
  @Field(() => InvoiceStatus) @Enum({ items: () => InvoiceStatus }) status!: InvoiceStatus;
  @Field(() => [InvoiceLine]) @Property({ type: 'json' }) lines!: InvoiceLine[];

  /** The invoice PDF. */
  @ManyToOne(() => Document, { ref: true, nullable: true }) document: Ref<Document> | null = null;
}
