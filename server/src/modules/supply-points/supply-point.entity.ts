import { randomUUID } from 'node:crypto';
import { Collection, Entity, Filter, Index, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import type { Contract } from '../contracts/contract.entity.js';
import { CustomerAccount } from '../customers/customer-account.entity.js';
import { rowScopeFilter } from '../../core/permissions/row-scope.js';

@ObjectType({ description: 'A supply point, identified by its CUPS.' })
@Filter(rowScopeFilter((scope) => ({ id: { $in: scope.supplyPointIds } })))
@Entity({ tableName: 'supply_point' })
export class SupplyPoint {
  [OptionalProps]?: 'id' | 'isGenerator' | 'contracts';

  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();

  @Field(() => String, { description: 'Normalised CUPS: ES + 16 digits + 2 control letters (+ border point).' })
  @Property({ type: 'string', length: 22, unique: true }) cups!: string;
  @Field(() => String) @Property({ type: 'string' }) address!: string;
  @Field(() => String) @Property({ type: 'string' }) distributor!: string;

  @Field(() => String, { description: 'Access tariff: 2.0TD, 3.0TD, 6.1TD.' })
  @Property({ type: 'string', length: 10 }) accessTariff!: string;

  @Field(() => Boolean, { description: 'Exports energy (has generation settlements).' })
  @Property({ type: 'boolean' }) isGenerator: boolean = false;

  /** The holder account; the row scope of a viewer follows it. */
  @Index() @ManyToOne(() => CustomerAccount, { ref: true }) account!: Ref<CustomerAccount>;

  // By entity name: contracts import supply-points, not the reverse.
  @OneToMany<Contract, SupplyPoint>('Contract', (contract) => contract.supplyPoint, { orderBy: { startDate: 'desc', id: 'asc' } })
  contracts = new Collection<Contract>(this);
}
