import { canSee, type RuleTree } from '../../core/permissions/rules.js';
import { wholeTypes } from '../../core/permissions/whole-types.js';

const selfConsumption = canSee('SELF_CONSUMPTION');

export const selfConsumptionRules: RuleTree = {
  Query: { selfConsumption, selfConsumptionSavings: selfConsumption },
  ...wholeTypes(selfConsumption, [
    'SelfConsumptionSeries', 'SelfConsumptionPoint', 'SelfConsumptionTotal',
    'SelfConsumptionSavings', 'SavingsMonth', 'SavingsPeriod',
  ]),
};
