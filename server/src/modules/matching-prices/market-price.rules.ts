import { canSee, type RuleTree } from '../../core/permissions/rules.js';
import { wholeTypes } from '../../core/permissions/whole-types.js';

// Public market data, but a section of the portal only some user types have (PRODUCT.md matrix).
const matchingPrices = canSee('MATCHING_PRICES');

export const marketPriceRules: RuleTree = {
  Query: { marketPrices: matchingPrices },
  ...wholeTypes(matchingPrices, ['MarketPriceSeries', 'MarketPriceDay', 'MarketPricePoint']),
};
