import type { ModuleDescriptor } from '../../core/module.js';
import { MarketPrice } from './market-price.entity.js';
import { MarketPriceResolver } from './market-price.resolver.js';
import { marketPriceRules } from './market-price.rules.js';

export const matchingPricesModule: ModuleDescriptor = {
  name: 'matching-prices',
  entities: [MarketPrice],
  resolvers: [MarketPriceResolver],
  rules: [marketPriceRules],
};
