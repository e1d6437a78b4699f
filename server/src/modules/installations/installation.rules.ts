import { canSee, isAdmin, type RuleTree } from '../../core/permissions/rules.js';
import { wholeTypes } from '../../core/permissions/whole-types.js';

const installation = canSee('INSTALLATION');

export const installationRules: RuleTree = {
  Query: { installations: installation, installation, flows: isAdmin },
  Mutation: { restartInstallation: installation, moveInstallation: isAdmin },
  ...wholeTypes(installation, ['Installation', 'InstallationProgress', 'InstallationEvent', 'PortalState', 'PortalStep', 'LocalizedText']),
  ...wholeTypes(isAdmin, ['Flow', 'FlowState', 'FlowSubstate']),
};
