import { canSee, isAdmin, type RuleTree } from '../../core/permissions/rules.js';

const installation = canSee('INSTALLATION');

export const installationRules: RuleTree = {
  Query: { installations: installation, installation },
  Mutation: { restartInstallation: installation, moveInstallation: isAdmin },
  Installation: { '*': installation },
  InstallationProgress: { '*': installation },
  InstallationEvent: { '*': installation },
  PortalState: { '*': installation },
  PortalStep: { '*': installation },
  LocalizedText: { '*': installation },
};
