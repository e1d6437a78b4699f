import { isPublic, type RuleTree } from '../core/permissions/rules.js';

export const healthRules: RuleTree = {
  Query: { ping: isPublic },
};
