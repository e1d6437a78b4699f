import { canSee, type RuleTree } from '../../core/permissions/rules.js';

const settlements = canSee('GENERATION_SETTLEMENTS');

export const generationSettlementRules: RuleTree = {
  Query: { generationSettlements: settlements },
  GenerationSettlement: { '*': settlements },
};
