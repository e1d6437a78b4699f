import { canSee, isAdmin, type RuleTree } from '../../core/permissions/rules.js';

const installation = canSee('INSTALLATION');

export const installationRules: RuleTree = {
  Query: { installations: installation, installation, flows: isAdmin },
  Mutation: { restartInstallation: installation, moveInstallation: isAdmin },
  Installation: { '*': installation },
  InstallationProgress: { '*': installation },
  InstallationEvent: { '*': installation },
  PortalState: { '*': installation },
  PortalStep: { '*': installation },
  LocalizedText: { '*': installation },
  Flow: { '*': isAdmin },
  FlowState: { '*': isAdmin },
  FlowSubstate: { '*': isAdmin },
};
