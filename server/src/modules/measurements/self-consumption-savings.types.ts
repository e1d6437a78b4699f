import { Field, ObjectType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../core/graphql/scalars.js';
import { CupsSeries } from '../../core/series/series.types.js';
import { describedEnum } from '../../core/graphql/graphql-enum.js';
import type { EnumValue } from '../../core/string-enum.js';

/** Why a savings figure of a month is null: the portal never invents a missing price. */
export const SavingsGap = describedEnum('SavingsGap', 'Why some savings figures of a month are null.', {
  NO_CONTRACT: 'No contract of the CUPS was in force in the month: no energy prices, so no avoided purchase and no cap.',
  NO_ENERGY_PRICES: 'The contract states no energy price for some tariff period: no avoided purchase and no cap.',
  NO_MARKET_PRICE: 'Surplus is valued at the hourly market price, and some hour with surplus has no imported price.',
  UNKNOWN_TARIFF: 'The access tariff has no known tariff periods.',
});
export type SavingsGap = EnumValue<typeof SavingsGap>;

export const CompensationSource = describedEnum('CompensationSource', 'Which price values the surplus under simplified compensation.', {
  CONTRACT: "The contract's compensation price (€/kWh).",
  MARKET: 'The hourly day-ahead market price (Spain) of each hour with surplus.',
});
export type CompensationSource = EnumValue<typeof CompensationSource>;

@ObjectType({ description: 'The inputs of one tariff period of a month, so a screen can explain the figures.' })
export class SavingsPeriod {
  @Field(() => String, { description: 'Tariff period (P1…P6).' }) period!: string;

  @Field(() => DecimalScalar, { nullable: true, description: "The contract's energy price of the period, €/kWh; null when it states none." })
  energyPrice!: string | null;

  @Field(() => DecimalScalar, { description: 'kWh self-consumed in the period (not bought), >= 0.' })
  selfConsumedKWh!: string;

  @Field(() => DecimalScalar, { description: 'kWh consumed from the grid in the period, >= 0.' }) importedKWh!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'selfConsumedKWh × energyPrice, € rounded to cents; null without a price.' })
  avoidedEuros!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'importedKWh × energyPrice, € rounded to cents: the energy term of the period; null without a price.' })
  energyTermEuros!: string | null;
}

@ObjectType({ description: 'Savings of a self-consumer in one local calendar month (the billing period, at most a month).' })
export class SavingsMonth {
  @Field(() => DateScalar, { description: 'First local day of the month.' }) month!: string;

  @Field(() => [SavingsPeriod], { description: 'Every tariff period of the access tariff, with the kWh and prices used.' })
  periods!: SavingsPeriod[];

  @Field(() => String, { nullable: true, description: 'Code of the contract whose energy (and compensation) prices were used; null when none was in force.' })
  contractCode!: string | null;

  @Field(() => DecimalScalar, { description: 'kWh exported (surplus) in the month, >= 0.' }) surplusKWh!: string;
  @Field(() => CompensationSource) compensationSource!: CompensationSource;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Compensation price, €/kWh: the contract's, or for MARKET the surplus-weighted average of the hourly prices (6 decimals, for explanation); null without surplus priced.",
  })
  compensationPrice!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Σ periods avoidedEuros: energy not bought, €.' })
  avoidedPurchaseEuros!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Surplus valued at the compensation price before the cap, € rounded to cents.' })
  compensationBeforeCapEuros!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The cap: the energy term of the month, Σ periods energyTermEuros (RD 244/2019, art. 14.3).' })
  compensationCapEuros!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'min(compensationBeforeCapEuros, compensationCapEuros), €.' })
  compensationEuros!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'avoidedPurchaseEuros + compensationEuros, €; null when either is.' })
  savingsEuros!: string | null;

  @Field(() => [SavingsGap], { description: 'Why figures are null; empty when every figure is there.' })
  missing!: SavingsGap[];
}

@ObjectType({ description: 'Savings of a self-consumer per month over a range of local days (granularity is always MONTH).' })
export class SelfConsumptionSavings extends CupsSeries {
  @Field(() => [SavingsMonth], { description: 'Months with stored intervals, in order.' }) months!: SavingsMonth[];
}
