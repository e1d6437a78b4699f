import { isAdmin, type RuleTree } from '../../core/permissions/rules.js';

export const automaticActionRules: RuleTree = {
  Query: { automaticActions: isAdmin, automaticTriggers: isAdmin },
  Mutation: {
    createAutomaticAction: isAdmin,
    updateAutomaticAction: isAdmin,
    setAutomaticActionEnabled: isAdmin,
    deleteAutomaticAction: isAdmin,
  },
  AutomaticAction: { '*': isAdmin },
  AutomaticTriggerInfo: { '*': isAdmin },
};
