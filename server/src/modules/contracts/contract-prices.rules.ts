import { canSee, isAdmin, type RuleTree } from '../../core/permissions/rules.js';

export const contractPricesRules: RuleTree = {
  Mutation: { setContractPrices: isAdmin },
  // Like the contract's other fields: its customers see the prices they pay.
  ContractEnergyPrice: { '*': canSee('CONTRACTS') },
};
