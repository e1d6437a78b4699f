import { randomUUID } from 'node:crypto';
import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../core/graphql/scalars.js';

export enum FiscalIdKind {
  DNI = 'DNI',
  NIE = 'NIE',
  CIF = 'CIF',
  PASSPORT = 'PASSPORT',
}
registerEnumType(FiscalIdKind, { name: 'FiscalIdKind' });

@ObjectType({ description: 'A customer account (cuenta cliente): holder of contracts, identified by one fiscal ID.' })
@Entity({ tableName: 'customer_account' })
export class CustomerAccount {
  [OptionalProps]?: 'id' | 'createdAt' | 'phone';

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
}
