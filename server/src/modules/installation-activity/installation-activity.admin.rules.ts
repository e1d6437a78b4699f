import { isAdmin, type RuleTree } from '../../core/permissions/rules.js';
import { wholeTypes } from '../../core/permissions/whole-types.js';

export const installationActivityAdminRules: RuleTree = {
  Query: { adminInstallations: isAdmin },
  Installation: { customerActivity: isAdmin },
  ...wholeTypes(isAdmin, ['InstallationConnection', 'InstallationActivity', 'CustomerAction']),
};
