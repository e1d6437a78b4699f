import { canSee, type RuleTree } from '../../core/permissions/rules.js';

const measurements = canSee('MEASUREMENTS');

export const measurementRules: RuleTree = {
  Query: { measurements },
  SupplyPoint: { measurements },
  MeasurementSeries: { '*': measurements },
  MeasurementPoint: { '*': measurements },
  PeriodTotal: { '*': measurements },
};
