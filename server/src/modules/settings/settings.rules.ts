import { isAdmin, type RuleTree } from '../../core/permissions/rules.js';

export const settingsRules: RuleTree = {
  Query: { settings: isAdmin },
  Mutation: { updateSettings: isAdmin },
  PortalSettings: { '*': isAdmin },
};
