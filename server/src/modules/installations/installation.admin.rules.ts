import { isAdmin, type RuleTree } from '../../core/permissions/rules.js';

// Staff's installation list and the internal fields of the detail (installation(id) itself
// follows installationRules: admins see every section and every row).
export const installationAdminRules: RuleTree = {
  Query: { adminInstallations: isAdmin },
  Installation: { accountName: isAdmin, flowId: isAdmin, substate: isAdmin, state: isAdmin, adminHistory: isAdmin },
  InstallationConnection: { '*': isAdmin },
  AdminInstallationEvent: { '*': isAdmin },
};
