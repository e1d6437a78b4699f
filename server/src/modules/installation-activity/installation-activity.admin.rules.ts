import { isAdmin, type RuleTree } from '../../core/permissions/rules.js';

export const installationActivityAdminRules: RuleTree = {
  Query: { adminInstallations: isAdmin },
  Installation: { customerActivity: isAdmin },
  InstallationConnection: { '*': isAdmin },
  InstallationActivity: { '*': isAdmin },
  CustomerAction: { '*': isAdmin },
};
