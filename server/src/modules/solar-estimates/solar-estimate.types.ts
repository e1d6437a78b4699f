import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../core/graphql/scalars.js';
import { SavingsGap } from '../measurements/index.js';

@ObjectType({ description: 'One local month of a solar estimate. Consumption figures are null without a consumption curve.' })
export class SolarEstimateMonth {
  @Field(() => DateScalar, { description: 'First local day of the month.' }) month!: string;

  @Field(() => DecimalScalar, { description: 'kWh the drawn faces would produce (AC, after losses), >= 0.' })
  productionKWh!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'kWh consumed in the month (measured, gaps filled), >= 0.' })
  consumptionKWh!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'kWh produced and used at once, hour by hour, >= 0.' })
  selfConsumedKWh!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'kWh produced beyond the consumption of the hour (exported), >= 0.' })
  surplusKWh!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Avoided purchase + capped compensation of the month, €; null when a price is missing.' })
  savingsEuros!: string | null;
}

@ObjectType({
  description:
    "What the drawn roof would produce over the last 12 whole local months, hour by hour (shared/src/solar: Spencer sun position, the monthly irradiation of the building code's reference climates (CTE DB-HE), Erbs diffuse split, Liu-Jordan transposition, temperature, inverter and soiling losses), set against the customer's own hourly consumption of those hours and valued with the self-consumption savings rules.",
})
export class SolarEstimate {
  @Field(() => DateScalar, { description: 'First local day of the estimated year.' }) from!: string;
  @Field(() => DateScalar, { description: 'Last local day of the estimated year.' }) to!: string;
  @Field(() => Float, { description: 'Peak power of the drawn faces, kWp.' }) peakPowerKwp!: number;

  @Field(() => String, { description: 'The reference site (a provincial capital) nearest to the roof.' })
  irradiationSite!: string;

  @Field(() => String, { description: "That site's climate zone (CTE DB-HE, Annex B), whose reference climate gives the monthly irradiation." })
  irradiationZone!: string;

  @Field(() => DecimalScalar, { description: 'kWh produced in the year, >= 0.' }) productionKWh!: string;

  @Field(() => String, { nullable: true, description: 'The CUPS whose consumption is matched; null when no CUPS of the account has enough measurements.' })
  cups!: string | null;

  @Field(() => [String], {
    description:
      "The installation's account's CUPS the viewer sees, in order: a curve file of one of them (POST /uploads/imports/datadis) gives the estimate its consumption. Empty: the account has no supply point yet, so there is nothing to set the production against.",
  })
  accountCups!: string[];

  @Field(() => Int, { description: 'Hours of the year with a measured consumption.' }) measuredHours!: number;

  @Field(() => Int, {
    description: 'Hours without one, filled with the mean of the same local hour and kind of day (working or not) of the same month, else of the year.',
  })
  filledHours!: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'kWh consumed in the year, >= 0.' })
  consumptionKWh!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'kWh produced and used at once, >= 0.' })
  selfConsumedKWh!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'kWh still bought from the grid, >= 0.' })
  importedKWh!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'kWh exported (surplus), >= 0.' })
  surplusKWh!: string | null;

  @Field(() => Float, { nullable: true, description: 'Self-consumed / produced, %, one decimal.' })
  selfConsumptionPercent!: number | null;

  @Field(() => Float, { nullable: true, description: 'Self-consumed / consumed, %, one decimal.' })
  selfSufficiencyPercent!: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Self-consumed kWh at the contract's energy prices per tariff period, €." })
  avoidedPurchaseEuros!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Surplus under simplified compensation, capped per month at the energy term (RD 244/2019, art. 14.3), €.',
  })
  compensationEuros!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'avoidedPurchaseEuros + compensationEuros, €; null when a month lacks a price (see savingsMissing).' })
  savingsEuros!: string | null;

  @Field(() => [SavingsGap], { description: 'Why the savings are null; empty when every month is priced.' })
  savingsMissing!: SavingsGap[];

  @Field(() => [SolarEstimateMonth]) months!: SolarEstimateMonth[];
}
