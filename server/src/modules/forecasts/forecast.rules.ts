import { canSee, type RuleTree } from '../../core/permissions/rules.js';

const forecast = canSee('FORECAST');
const deviations = canSee('DEVIATIONS');

export const forecastRules: RuleTree = {
  Query: { forecasts: forecast, deviations },
  ForecastSeries: { '*': forecast },
  ForecastPoint: { '*': forecast },
  DeviationSeries: { '*': deviations },
  DeviationSummary: { '*': deviations },
  DeviationPoint: { '*': deviations },
};
