import { canSee, type RuleTree } from '../../core/permissions/rules.js';

const installation = canSee('INSTALLATION');

export const solarEstimateRules: RuleTree = {
  Query: { solarEstimate: installation },
  SolarEstimate: { '*': installation },
  SolarEstimateMonth: { '*': installation },
};
