import { isAdmin, type RuleTree } from '../../core/permissions/rules.js';

export const clientRegistrationRules: RuleTree = {
  Mutation: { registerSolarClient: isAdmin },
  SolarClientRegistration: { '*': isAdmin },
};
