import { canSee, type RuleTree } from '../../core/permissions/rules.js';

const selfConsumption = canSee('SELF_CONSUMPTION');

export const selfConsumptionRules: RuleTree = {
  Query: { selfConsumption },
  SelfConsumptionSeries: { '*': selfConsumption },
  SelfConsumptionPoint: { '*': selfConsumption },
  SelfConsumptionTotal: { '*': selfConsumption },
};
