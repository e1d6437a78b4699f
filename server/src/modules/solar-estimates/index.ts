import type { ModuleDescriptor } from '../../core/module.js';
import { SolarEstimateResolver } from './solar-estimate.resolver.js';
import { solarEstimateRules } from './solar-estimate.rules.js';

export const solarEstimatesModule: ModuleDescriptor = {
  name: 'solar-estimates',
  resolvers: [SolarEstimateResolver],
  rules: [solarEstimateRules],
};
