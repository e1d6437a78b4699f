import { isAdmin, type RuleTree } from '../../core/permissions/rules.js';

export const installationOffersAdminRules: RuleTree = {
  Mutation: { withdrawOffer: isAdmin, scheduleInstallerVisit: isAdmin },
};
