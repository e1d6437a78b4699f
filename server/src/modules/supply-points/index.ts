import type { ModuleDescriptor } from '../../core/module.js';
import { SupplyPoint } from './supply-point.entity.js';
import { CustomerAccountSupplyPointsResolver, SupplyPointResolver } from './supply-point.resolver.js';
import { supplyPointRules } from './supply-point.rules.js';

export const supplyPointsModule: ModuleDescriptor = {
  name: 'supply-points',
  entities: [SupplyPoint],
  resolvers: [SupplyPointResolver, CustomerAccountSupplyPointsResolver],
  rules: [supplyPointRules],
};
