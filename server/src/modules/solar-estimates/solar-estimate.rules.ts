import { canSee, type RuleTree } from '../../core/permissions/rules.js';
import { wholeTypes } from '../../core/permissions/whole-types.js';

const installation = canSee('INSTALLATION');

export const solarEstimateRules: RuleTree = {
  Query: { solarEstimate: installation },
  ...wholeTypes(installation, ['SolarEstimate', 'SolarEstimateMonth']),
};
