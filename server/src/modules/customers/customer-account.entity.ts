import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, Filter, OneToMany, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../core/graphql/scalars.js';
import type { Contract } from '../contracts/contract.entity.js';
import type { SupplyPoint } from '../supply-points/supply-point.entity.js';
import { rowScopeFilter } from '../../core/permissions/row-scope.js';
import type { FiscalIdKind } from '@portal/shared';
import { FiscalIdKindEnum } from '../../core/graphql/shared-enums.js';

@ObjectType({ description: 'A customer account (cuenta cliente): holder of contracts, identified by one fiscal ID.' })
@Filter(rowScopeFilter((scope) => ({ id: { $in: scope.accountIds } })))
@Entity({ tableName: 'customer_account' })
export class CustomerAccount {
  [OptionalProps]?: 'id' | 'createdAt' | 'phone' | 'supplyPoints' | 'contracts' | 'fiscalId' | 'fiscalIdKind' | 'registeredUserId';

  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();

  @Field(() => String, {
    nullable: true,
    description: 'Normalised: upper case, no spaces or dashes. Null for a solar client registered without one.',
  })
  @Property({ type: 'string', length: 20, unique: true, nullable: true }) fiscalId: string | null = null;

  @Field(() => FiscalIdKindEnum, { nullable: true })
  @Enum({ items: () => FiscalIdKindEnum, nullable: true }) fiscalIdKind: FiscalIdKind | null = null;

  /**
   * The user an account without a fiscal ID was registered for (client registration): the
   * customer scope reaches it through them, as it reaches others through fiscal IDs.
   */
  @Property({ type: 'uuid', nullable: true }) registeredUserId: string | null = null;
  @Field(() => String) @Property({ type: 'string' }) name!: string;
  @Field(() => String) @Property({ type: 'string' }) billingEmail!: string;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', nullable: true }) phone: string | null = null;
  @Field(() => String) @Property({ type: 'string' }) address!: string;
  @Field(() => DateTimeScalar) @Property({ type: 'datetime' }) createdAt: Date = new Date();

  // Inverse sides by entity name: supply-points and contracts import customers, not the reverse.
  @OneToMany<SupplyPoint, CustomerAccount>('SupplyPoint', (supplyPoint) => supplyPoint.account, { orderBy: { cups: 'asc' } })
  supplyPoints = new Collection<SupplyPoint>(this);

  @OneToMany<Contract, CustomerAccount>('Contract', (contract) => contract.account, { orderBy: { startDate: 'desc', id: 'asc' } })
  contracts = new Collection<Contract>(this);
}
