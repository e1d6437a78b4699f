import { canSee, type RuleTree } from '../../core/permissions/rules.js';

const installation = canSee('INSTALLATION');

// Installation.offers and Installation.installerVisit fall under installationRules' Installation '*'.
export const installationOffersRules: RuleTree = {
  Mutation: { acceptOffer: installation, markVisitViewed: installation },
  Offer: { '*': installation },
  InstallerVisit: { '*': installation },
};
