import type { ModuleDescriptor } from '../../core/module.js';
import { SupplyPoint } from './supply-point.entity.js';
import { SupplyPointResolver, supplyPointRelationResolvers } from './supply-point.resolver.js';
import { supplyPointRules } from './supply-point.rules.js';

export const supplyPointsModule: ModuleDescriptor = {
  name: 'supply-points',
  entities: [SupplyPoint],
  resolvers: [SupplyPointResolver, ...supplyPointRelationResolvers],
  rules: [supplyPointRules],
};

// What other modules use of this one.
export { seriesForCups, SupplyPointSeriesService } from './supply-point-by-cups.js';
export type { SupplyPointRef } from './supply-point-by-cups.js';
export { cupsArgument } from './supply-point.service.js';
