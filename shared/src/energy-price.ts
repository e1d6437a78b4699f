/**
 * The highest energy price a contract may state, €/kWh. Spanish retail energy terms are tenths of
 * a euro; a figure above this is a €/MWh price typed in the €/kWh field.
 */
export const MAX_ENERGY_PRICE = 5;

export type EnergyPriceProblem = 'INVALID_PRICE' | 'PRICE_TOO_HIGH';

/**
 * Why a contract price (energy per tariff period, or surplus compensation) in €/kWh cannot be
 * stored, or null: a non-negative decimal with a point and at most 6 decimals (numeric(10,6),
 * the µ€ contracts quote), up to MAX_ENERGY_PRICE.
 */
export function energyPriceProblem(price: string): EnergyPriceProblem | null {
  if (!/^\d{1,4}(\.\d{1,6})?$/.test(price)) return 'INVALID_PRICE';
  return Number(price) > MAX_ENERGY_PRICE ? 'PRICE_TOO_HIGH' : null;
}
