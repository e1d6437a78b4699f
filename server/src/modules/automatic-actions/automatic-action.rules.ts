import { isAdmin, type RuleTree } from '../../core/permissions/rules.js';
import { wholeTypes } from '../../core/permissions/whole-types.js';

export const automaticActionRules: RuleTree = {
  Query: { automaticActions: isAdmin, automaticTriggers: isAdmin },
  Mutation: { createAutomaticAction: isAdmin, updateAutomaticAction: isAdmin, setAutomaticActionEnabled: isAdmin, deleteAutomaticAction: isAdmin },
  ...wholeTypes(isAdmin, ['AutomaticAction', 'AutomaticTriggerInfo']),
};
