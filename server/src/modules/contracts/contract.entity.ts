import { randomUUID } from 'node:crypto';
import type { TariffPeriod } from '@portal/shared';
import { Entity, Enum, Filter, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../core/graphql/scalars.js';
import { CustomerAccount } from '../customers/customer-account.entity.js';
import { SupplyPoint } from '../supply-points/supply-point.entity.js';
import { rowScopeFilter } from '../../core/permissions/row-scope.js';
import { graphqlEnum } from '../../core/graphql/graphql-enum.js';
import type { EnumValue } from '../../core/string-enum.js';

export const ContractStatus = graphqlEnum(
  'ContractStatus',
  [
    'DRAFT',
    /** Never stored: an active contract before its start date (contract-status.ts). */
    'SCHEDULED',
    'ACTIVE', 'TERMINATED',
  ],
  'As read on the day: an ACTIVE contract is SCHEDULED before its start date and TERMINATED after its end date.',
);
export type ContractStatus = EnumValue<typeof ContractStatus>;

/** What the status column holds; SCHEDULED and an ended contract are derived when read. */
export type StoredContractStatus = Exclude<ContractStatus, typeof ContractStatus.SCHEDULED>;
const STORED_CONTRACT_STATUSES: StoredContractStatus[] = [ContractStatus.DRAFT, ContractStatus.ACTIVE, ContractStatus.TERMINATED];

/** Contracted power in kW per tariff period, as decimal strings: { P1: "4.600", P2: "4.600" }. */
export type ContractedPower = Partial<Record<string, string>>;

@ObjectType()
@Filter(rowScopeFilter((scope) => ({ account: { $in: scope.accountIds }, supplyPoint: { $in: scope.supplyPointIds } })))
@Entity({ tableName: 'contract' })
@Index({ properties: ['supplyPoint', 'startDate'] })
export class Contract {
  [OptionalProps]?: 'id' | 'energyPrices' | 'compensationPrice' | 'endDate' | 'activatedAt' | 'createdAt';

  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Field(() => String) @Property({ type: 'string', length: 40, unique: true }) code!: string;
  @Index() @ManyToOne(() => CustomerAccount, { ref: true }) account!: Ref<CustomerAccount>;
  @ManyToOne(() => SupplyPoint, { ref: true }) supplyPoint!: Ref<SupplyPoint>;
  @Field(() => String) @Property({ type: 'string', length: 10 }) accessTariff!: string;
  @Property({ type: 'json' }) contractedPowerKw!: ContractedPower;
  @Field(() => String) @Property({ type: 'string' }) productName!: string;

  /** Energy price per tariff period in €/kWh (decimal text); null where the contract states none. */
  @Property({ type: 'json', nullable: true }) energyPrices: Partial<Record<TariffPeriod, string>> | null = null;

  /** Simplified-compensation price of surplus in €/kWh; null: surplus is valued at the hourly market price. */
  @Property({ type: 'decimal', precision: 10, scale: 6, nullable: true }) compensationPrice: string | null = null;
  @Field(() => DateScalar) @Property({ type: 'date' }) startDate!: string;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true }) endDate: string | null = null;

  // The GraphQL field is derived from the dates (ContractResolver.status).
  @Enum({ items: STORED_CONTRACT_STATUSES }) status!: StoredContractStatus;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true }) activatedAt: Date | null = null;
  @Field(() => DateTimeScalar) @Property({ type: 'datetime' }) createdAt: Date = new Date();
}
