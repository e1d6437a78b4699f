import { canSee, type RuleTree } from '../../core/permissions/rules.js';
import { wholeTypes } from '../../core/permissions/whole-types.js';

const measurements = canSee('MEASUREMENTS');

export const measurementRules: RuleTree = {
  Query: { measurements },
  SupplyPoint: { measurements },
  ...wholeTypes(measurements, ['MeasurementSeries', 'MeasurementPoint', 'PeriodTotal']),
};
