import { ACCESS_TARIFFS, energyPriceProblem, formatScaled, periodsOf, toScaled, type AccessTariff, type TariffPeriod } from '@portal/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { invalidInput, notFound } from '../../core/errors.js';
import { Contract } from './contract.entity.js';
import type { ContractPricesInput } from './contract-prices.types.js';

const PRICE_MESSAGES = {
  INVALID_PRICE: 'must be a non-negative €/kWh decimal with a point and at most 6 decimals',
  PRICE_TOO_HIGH: 'is over 5 €/kWh (a €/MWh figure?)',
} as const;

/**
 * Admin: sets the prices a contract states (energy per tariff period, surplus compensation), which
 * the self-consumption savings use. Each refusal names the field: `input.energyPrices.P2`,
 * `input.compensationPrice`. `em` must see all rows (an admin's ctx.em).
 */
export async function setContractPrices(em: EntityManager, id: string, input: ContractPricesInput): Promise<Contract> {
  const contract = await em.findOne(Contract, { id });
  if (!contract) throw notFound('id', 'No contract has this id.');
  const tariff = contract.accessTariff;
  if (!(ACCESS_TARIFFS as readonly string[]).includes(tariff)) {
    throw invalidInput('id', 'UNKNOWN_TARIFF', `the periods of access tariff ${tariff} are not known`);
  }
  const periods: readonly string[] = periodsOf(tariff as AccessTariff);
  const energyPrices: Partial<Record<TariffPeriod, string>> = {};
  for (const { period, price } of input.energyPrices) {
    const argument = `input.energyPrices.${period}`;
    if (!periods.includes(period)) throw invalidInput(argument, 'UNKNOWN_PERIOD', `${tariff} has periods ${periods.join(', ')}`);
    if (energyPrices[period as TariffPeriod] !== undefined) throw invalidInput(argument, 'DUPLICATE_PERIOD', `${period} is given twice`);
    const problem = energyPriceProblem(price);
    if (problem) throw invalidInput(argument, problem, `${price} ${PRICE_MESSAGES[problem]}`);
    energyPrices[period as TariffPeriod] = toMicroEuros(price);
  }
  // Left out (undefined) or null alike: the contract has no compensation price of its own (the market's applies).
  const compensation = input.compensationPrice ?? null;
  if (compensation !== null) {
    const problem = energyPriceProblem(compensation);
    if (problem) throw invalidInput('input.compensationPrice', problem, `${compensation} ${PRICE_MESSAGES[problem]}`);
  }
  contract.energyPrices = Object.keys(energyPrices).length > 0 ? energyPrices : null;
  contract.compensationPrice = compensation === null ? null : toMicroEuros(compensation);
  await em.flush();
  return contract;
}

/** Prices are kept to the µ€ as contracts quote them ('0.121' -> '0.121000'), as the column stores the compensation price. */
function toMicroEuros(price: string): string {
  return formatScaled(toScaled(price, 6), 6);
}
