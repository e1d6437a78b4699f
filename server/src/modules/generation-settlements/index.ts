import type { ModuleDescriptor } from '../../core/module.js';
import { GenerationSettlement } from './generation-settlement.entity.js';
import { GenerationSettlementResolver, SettlementSupplyPointResolver } from './generation-settlement.resolver.js';
import { generationSettlementRules } from './generation-settlement.rules.js';

export const generationSettlementsModule: ModuleDescriptor = {
  name: 'generation-settlements',
  entities: [GenerationSettlement],
  resolvers: [GenerationSettlementResolver, SettlementSupplyPointResolver],
  rules: [generationSettlementRules],
};
