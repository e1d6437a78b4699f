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
