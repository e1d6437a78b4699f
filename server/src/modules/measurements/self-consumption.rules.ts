import { canSee, type RuleTree } from '../../core/permissions/rules.js';

const selfConsumption = canSee('SELF_CONSUMPTION');

export const selfConsumptionRules: RuleTree = {
  Query: { selfConsumption, selfConsumptionSavings: selfConsumption },
  SelfConsumptionSeries: { '*': selfConsumption },
  SelfConsumptionPoint: { '*': selfConsumption },
  SelfConsumptionTotal: { '*': selfConsumption },
  SelfConsumptionSavings: { '*': selfConsumption },
  SavingsMonth: { '*': selfConsumption },
  SavingsPeriod: { '*': selfConsumption },
};
