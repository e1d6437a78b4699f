import { canSee, type RuleTree } from '../../core/permissions/rules.js';
import { wholeTypes } from '../../core/permissions/whole-types.js';

const installation = canSee('INSTALLATION');

// Installation.offers and Installation.installerVisit fall under installationRules' Installation '*'.
export const installationOffersRules: RuleTree = {
  Mutation: { acceptOffer: installation, markVisitViewed: installation },
  ...wholeTypes(installation, ['Offer', 'InstallerVisit']),
};
