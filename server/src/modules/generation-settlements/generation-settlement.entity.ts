import { randomUUID } from 'node:crypto';
import { Entity, Enum, Filter, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../core/graphql/scalars.js';
import { CustomerAccount } from '../customers/customer-account.entity.js';
import { Document } from '../documents/document.entity.js';
import { SupplyPoint } from '../supply-points/supply-point.entity.js';
import { rowScopeFilter } from '../../core/permissions/row-scope.js';
import { graphqlEnum } from '../../core/graphql/graphql-enum.js';
import type { EnumValue } from '../../core/string-enum.js';
import { EuroAmount } from '../../core/db/euro-amount.js';

export const SettlementStatus = graphqlEnum('SettlementStatus', ['PROVISIONAL', 'FINAL', 'PAID']);
export type SettlementStatus = EnumValue<typeof SettlementStatus>;

/** Liquidación de generación: what a generating CUPS earned in one month. */
@ObjectType()
@Filter(rowScopeFilter((scope) => ({ account: { $in: scope.accountIds }, supplyPoint: { $in: scope.supplyPointIds } })))
@Entity({ tableName: 'generation_settlement' })
@Unique({ properties: ['supplyPoint', 'month'] })
export class GenerationSettlement {
  [OptionalProps]?: 'id' | 'document';

  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne(() => SupplyPoint, { ref: true }) supplyPoint!: Ref<SupplyPoint>;
  @ManyToOne(() => CustomerAccount, { ref: true }) account!: Ref<CustomerAccount>;

  @Field(() => DateScalar, { description: 'First day of the settled month.' })
  @Property({ type: 'date' }) month!: string;
  @Field(() => DecimalScalar) @Property({ type: 'decimal', precision: 14, scale: 3 }) exportedKwh!: string;
  @EuroAmount('Euros.') marketRevenue!: string;
  @EuroAmount('Euros (tolls, generation tax, representation).') charges!: string;
  @EuroAmount('Euros: market revenue minus charges.') netAmount!: string;
  @Field(() => SettlementStatus) @Enum({ items: () => SettlementStatus }) status!: SettlementStatus;
  @ManyToOne(() => Document, { ref: true, nullable: true }) document: Ref<Document> | null = null;
}
