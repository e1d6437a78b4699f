import type { ModuleDescriptor } from '../../core/module.js';
import { DeviationResolver } from './deviation.resolver.js';
import { Forecast } from './forecast.entity.js';
import { ForecastResolver } from './forecast.resolver.js';
import { forecastRules } from './forecast.rules.js';

export const forecastsModule: ModuleDescriptor = {
  name: 'forecasts',
  entities: [Forecast],
  resolvers: [ForecastResolver, DeviationResolver],
  rules: [forecastRules],
};
