import type { ModuleDescriptor } from '../../core/module.js';
import { SupplyPoint } from './supply-point.entity.js';
import { SupplyPointResolver } from './supply-point.resolver.js';
import { supplyPointRules } from './supply-point.rules.js';

export const supplyPointsModule: ModuleDescriptor = {
  name: 'supply-points',
  entities: [SupplyPoint],
  resolvers: [SupplyPointResolver],
  rules: [supplyPointRules],
};
