import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, Filter, OneToMany, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../core/graphql/scalars.js';
import { Contract } from '../contracts/contract.entity.js';
import { SupplyPoint } from '../supply-points/supply-point.entity.js';
import { rowScopeFilter } from '../../core/permissions/row-scope.js';

export enum FiscalIdKind {
  DNI = 'DNI',
  NIE = 'NIE',
  CIF = 'CIF',
  PASSPORT = 'PASSPORT',
}
registerEnumType(FiscalIdKind, { name: 'FiscalIdKind' });

@ObjectType({ description: 'A customer account (cuenta cliente): holder of contracts, identified by one fiscal ID.' })
@Filter(rowScopeFilter((scope) => ({ id: { $in: scope.accountIds } })))
@Entity({ tableName: 'customer_account' })
export class CustomerAccount {
  [OptionalProps]?: 'id' | 'createdAt' | 'phone' | 'supplyPoints' | 'contracts';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Normalised: upper case, no spaces or dashes.' })
  @Property({ type: 'string', length: 20, unique: true })
  fiscalId!: string;

  @Field(() => FiscalIdKind)
  @Enum({ items: () => FiscalIdKind })
  fiscalIdKind!: FiscalIdKind;

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  billingEmail!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  phone: string | null = null;

  @Field(() => String)
  @Property({ type: 'string' })
  address!: string;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @OneToMany(() => SupplyPoint, (supplyPoint) => supplyPoint.account, { orderBy: { cups: 'asc' } })
  supplyPoints = new Collection<SupplyPoint>(this);

  @OneToMany(() => Contract, (contract) => contract.account, { orderBy: { startDate: 'desc', id: 'asc' } })
  contracts = new Collection<Contract>(this);
}
