import type { ModuleDescriptor } from '../../core/module.js';
import { Measurement } from './measurement.entity.js';
import { MeasurementResolver } from './measurement.resolver.js';
import { measurementRules } from './measurement.rules.js';
import { SelfConsumptionResolver } from './self-consumption.resolver.js';
import { selfConsumptionRules } from './self-consumption.rules.js';
import { SupplyPointMeasurementsResolver } from './supply-point-measurements.resolver.js';

export const measurementsModule: ModuleDescriptor = {
  name: 'measurements',
  entities: [Measurement],
  resolvers: [MeasurementResolver, SupplyPointMeasurementsResolver, SelfConsumptionResolver],
  rules: [measurementRules, selfConsumptionRules],
};

// What other modules use of this one: the solar estimate values its curve with the savings rules.
export { SelfConsumptionSavingsService } from './self-consumption-savings.service.js';
export { SavingsGap } from './self-consumption-savings.types.js';
