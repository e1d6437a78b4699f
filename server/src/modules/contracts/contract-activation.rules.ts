import { isAdmin, type RuleTree } from '../../core/permissions/rules.js';

export const contractActivationRules: RuleTree = {
  Mutation: { activateContract: isAdmin },
  ContractActivationResult: { '*': isAdmin },
};
