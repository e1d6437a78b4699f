import { canSee, type RuleTree } from '../../core/permissions/rules.js';
import { wholeTypes } from '../../core/permissions/whole-types.js';

const forecast = canSee('FORECAST');
const deviations = canSee('DEVIATIONS');

export const forecastRules: RuleTree = {
  Query: { forecasts: forecast, deviations },
  ...wholeTypes(forecast, ['ForecastSeries', 'ForecastPoint']),
  ...wholeTypes(deviations, ['DeviationSeries', 'DeviationSummary', 'DeviationPoint']),
};
