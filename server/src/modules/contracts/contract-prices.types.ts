import { Field, InputType, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../core/graphql/scalars.js';

@ObjectType({ description: "A contract's energy price for one tariff period." })
export class ContractEnergyPrice {
  @Field(() => String, { description: 'Tariff period, P1 to P6.' }) period!: string;
  @Field(() => DecimalScalar, { description: '€/kWh, up to 6 decimals.' }) price!: string;
}

@InputType()
export class ContractEnergyPriceInput {
  @Field(() => String, { description: 'A tariff period of the contract’s access tariff (P1…P3 for 2.0TD, P1…P6 for 3.0TD and 6.1TD).' })
  period!: string;

  @Field(() => String, { description: '€/kWh with a decimal point, >= 0, at most 6 decimals and 5 €/kWh.' })
  price!: string;
}

@InputType({ description: 'The prices self-consumption savings are valued at; what is left out the contract does not state.' })
export class ContractPricesInput {
  @Field(() => [ContractEnergyPriceInput], { description: 'Energy price per tariff period; periods left out have none.' })
  energyPrices!: ContractEnergyPriceInput[];

  @Field(() => String, { nullable: true, description: 'Simplified-compensation price of surplus, €/kWh; null: the hourly market price.' })
  compensationPrice!: string | null;
}
