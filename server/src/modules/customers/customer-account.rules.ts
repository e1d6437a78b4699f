import { canSee, isSignedIn, type RuleTree } from '../../core/permissions/rules.js';

// Every signed-in customer has accounts; the row scope decides which.
export const customerAccountRules: RuleTree = {
  Query: { customerAccounts: isSignedIn },
  CustomerAccount: { '*': isSignedIn, contracts: canSee('CONTRACTS') },
};
